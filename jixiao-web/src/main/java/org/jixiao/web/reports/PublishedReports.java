package org.jixiao.web.reports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.published.PublishedText;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports (公开报告) kept with their unit, as text, and reviewed when read: the review is
 * fast (hundreds of reports a second), so findings always follow the current reviewer.
 */
@Service
public class PublishedReports {

    /** A stored report as lists show it. */
    public record Report(long id, long unitId, String unitName, int year, String title, String fileName,
                         int errorCount, int warningCount, String uploadedBy, LocalDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;

    PublishedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and reviews the text, and keeps it with the unit. */
    @Transactional
    public long store(long unitId, int year, String fileName, String text, String username) {
        PublishedDocument document = PublishedText.read(fileName, text);
        Review review = Reviewer.review(document, year);
        long errors = review.allFindings().stream().filter(f -> f.isError()).count();
        long warnings = review.allFindings().size() - errors;
        String title = document.paragraphs().stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty())
                .findFirst().orElse(fileName);
        return jdbc.sql("""
                        insert into published_report (unit_id, year, title, file_name, content, error_count, warning_count, uploaded_by)
                        values (:unit, :year, :title, :file, :content, :errors, :warnings, :by) returning id""")
                .param("unit", unitId).param("year", year).param("title", truncate(title, 120))
                .param("file", truncate(fileName, 300)).param("content", text)
                .param("errors", (int) errors).param("warnings", (int) warnings).param("by", username)
                .query(Long.class).single();
    }

    public List<Report> within(Scope scope) {
        return jdbc.sql(SELECT + " where o.path like :scope order by r.year desc, o.path, r.id")
                .param("scope", scope.likePattern()).query(PublishedReports::row).list();
    }

    public Optional<Report> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " where r.id = :id and o.path like :scope")
                .param("id", id).param("scope", scope.likePattern()).query(PublishedReports::row).optional();
    }

    /** The report's text and its review, for a report the scope covers. */
    public Optional<Review> review(long id, Scope scope) {
        return find(id, scope).map(r -> {
            String text = jdbc.sql("select content from published_report where id = :id").param("id", id)
                    .query(String.class).single();
            return Reviewer.review(PublishedText.read(r.fileName(), text), r.year());
        });
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static final String SELECT = """
            select r.id, r.unit_id, o.name, r.year, r.title, r.file_name, r.error_count, r.warning_count,
                   r.uploaded_by, r.uploaded_at
              from published_report r join org_unit o on o.id = r.unit_id""";

    private static Report row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getInt(8), rs.getString(9),
                rs.getTimestamp(10).toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime());
    }
}
