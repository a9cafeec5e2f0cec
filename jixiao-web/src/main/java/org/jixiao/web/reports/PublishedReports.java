package org.jixiao.web.reports;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.published.PublishedText;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports (公开报告) kept with their unit and reviewed when read: the review is fast
 * (hundreds of reports a second), so findings always follow the current reviewer. Text reports are
 * kept as text; a .docx is kept as its bytes (reviewed from them, as its lines are the Word reader's)
 * beside the text shown with it. Every query is limited to the caller's {@link Scope}.
 */
@Service
public class PublishedReports {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A stored report as lists show it. */
    public record Report(long id, long unitId, String unitName, int year, String title, String fileName,
                         int errorCount, int warningCount, String uploadedBy, LocalDateTime uploadedAt) {
    }

    /** A report opened for reading: its row, its text with the reviewer's line numbers, its review. */
    public record Opened(Report report, String content, Review review) {
    }

    /** How a list is ordered; anything else is the default (year, then unit). */
    public enum Sort {
        DEFAULT("r.year desc, o.path, r.id"),
        ERRORS("r.error_count desc, r.warning_count desc, r.year desc, o.path, r.id"),
        UPLOADED("r.uploaded_at desc, r.id desc");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        public static Sort of(String name) {
            for (Sort s : values()) {
                if (s.name().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            return DEFAULT;
        }
    }

    private final JdbcClient jdbc;

    PublishedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and reviews the text, and keeps it with the unit (the demo data's way in). */
    @Transactional
    public long store(long unitId, int year, String fileName, String text, String username) {
        return store(unitId, year, new ReportFile.Read(fileName, ReportFile.Format.TEXT, text, null,
                PublishedText.read(fileName, text)), username);
    }

    /** Keeps a report already read (and so already checked) with the unit. */
    @Transactional
    long store(long unitId, int year, ReportFile.Read read, String username) {
        Review review = Reviewer.review(read.document(), year);
        long errors = review.allFindings().stream().filter(f -> f.isError()).count();
        long warnings = review.allFindings().size() - errors;
        String title = read.document().paragraphs().stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty())
                .findFirst().orElse(read.fileName());
        return jdbc.sql("""
                        insert into published_report (unit_id, year, title, file_name, content, format, source,
                                                      error_count, warning_count, uploaded_by)
                        values (:unit, :year, :title, :file, :content, :format, :source, :errors, :warnings, :by)
                        returning id""")
                .param("unit", unitId).param("year", year).param("title", truncate(title, 120))
                .param("file", truncate(read.fileName(), 300)).param("content", read.content())
                .param("format", read.format().name()).param("source", read.source(), Types.BINARY)
                .param("errors", (int) errors).param("warnings", (int) warnings).param("by", username)
                .query(Long.class).single();
    }

    public List<Report> within(Scope scope) {
        return within(scope, Sort.DEFAULT);
    }

    public List<Report> within(Scope scope, Sort sort) {
        // sort.orderBy is one of the enum's constants, never user text
        return jdbc.sql(SELECT + " where o.path like :scope order by " + sort.orderBy)
                .param("scope", scope.likePattern()).query(PublishedReports::row).list();
    }

    /** One page of a list, and how many reports the scope holds in all. */
    public record Page(List<Report> items, long total) {
    }

    /** The reports in the scope, {@code limit} of them from {@code offset} on, in the sort's order. */
    public Page page(Scope scope, Sort sort, long offset, int limit) {
        List<Report> items = jdbc.sql(SELECT + " where o.path like :scope order by " + sort.orderBy + " limit :limit offset :offset")
                .param("scope", scope.likePattern()).param("limit", limit).param("offset", offset)
                .query(PublishedReports::row).list();
        long total = jdbc.sql("select count(*) from published_report r join org_unit o on o.id = r.unit_id where o.path like :scope")
                .param("scope", scope.likePattern()).query(Long.class).single();
        return new Page(items, total);
    }

    public Optional<Report> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " where r.id = :id and o.path like :scope")
                .param("id", id).param("scope", scope.likePattern()).query(PublishedReports::row).optional();
    }

    /** The report, its text and its review, for a report the scope covers. */
    public Optional<Opened> open(long id, Scope scope) {
        return find(id, scope).map(r -> {
            Stored stored = jdbc.sql("select format, content, source from published_report where id = :id")
                    .param("id", id)
                    .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3))).single();
            PublishedDocument document = ReportFile.Format.DOCX.name().equals(stored.format())
                    ? DocxReader.read(r.fileName(), stored.source(), ReadLimits.DEFAULTS)
                    : PublishedText.read(r.fileName(), stored.content());
            return new Opened(r, stored.content(), Reviewer.review(document, r.year()));
        });
    }

    /** The review alone, for a report the scope covers. */
    public Optional<Review> review(long id, Scope scope) {
        return open(id, scope).map(Opened::review);
    }

    private record Stored(String format, String content, byte[] source) {
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
                rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getTimestamp(10).toInstant().atZone(ZONE).toLocalDateTime());
    }
}
