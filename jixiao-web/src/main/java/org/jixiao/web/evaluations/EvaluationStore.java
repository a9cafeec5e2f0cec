package org.jixiao.web.evaluations;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Score;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables as stored. Every read takes the reader's {@link Scope}: a table outside it does not exist
 * for them. Every write takes the version the writer saw; a stale one changes nothing.
 */
@Repository
class EvaluationStore {

    /** The table's header row. */
    record Header(long id, long unitId, String unitName, String unitPath, long frameworkId, int year, String project,
                  Status status, boolean locked, int version, Instant updatedAt) {
    }

    /** One line of the supervisor's list (the read model written with every save). */
    record Summary(long id, long unitId, String unitName, int year, String project, String frameworkTitle, Status status,
                   boolean locked, BigDecimal total, String grade, boolean complete, int errorCount, int warningCount,
                   Instant updatedAt) {
    }

    /** A reviewer's comment; {@code author} is the user name, {@code authorName} how pages show it. */
    record Comment(long id, String indicatorCode, String author, String authorName, String body, Instant at) {
    }

    record Change(String username, java.time.LocalDateTime at, String field, String oldValue, String newValue) {
    }

    /** Filters of the supervisor's list; null or blank means any. query: part of the project name, literally. */
    record Filter(Integer year, Status status, Long unitId, Boolean withErrors, String sort, String query, String grade) {

        Filter {
            query = query == null || query.isBlank() ? null : query.strip();
            grade = grade == null || grade.isBlank() ? null : grade.strip();
        }

        Filter(Integer year, Status status, Long unitId, Boolean withErrors, String sort) {
            this(year, status, unitId, withErrors, sort, null, null);
        }
    }

    private static final String SUMMARY = """
            select e.id, e.unit_id, o.name, e.year, e.project, f.title, e.status, e.locked, e.total, e.grade,
                   e.complete, e.error_count, e.warning_count, e.updated_at
              from evaluation e join org_unit o on o.id = e.unit_id join framework f on f.id = e.framework_id""";

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Header> find(long id, Scope scope) {
        return jdbc.sql("""
                        select e.id, e.unit_id, o.name, o.path, e.framework_id, e.year, e.project, e.status, e.locked,
                               e.version, e.updated_at
                          from evaluation e join org_unit o on o.id = e.unit_id
                         where e.id = :id and o.path like :scope""")
                .param("id", id).param("scope", scope.likePattern())
                .query((rs, n) -> new Header(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getInt(6), rs.getString(7), Status.valueOf(rs.getString(8)), rs.getBoolean(9), rs.getInt(10),
                        rs.getTimestamp(11).toInstant()))
                .optional();
    }

    /** Every table that matches, in the filter's order (the overview and the create check need them all). */
    List<Summary> list(Scope scope, Filter filter) {
        ListQuery q = ListQuery.of(scope, filter);
        return q.bind(jdbc.sql(SUMMARY + q.where() + q.orderBy())).query(EvaluationStore::summary).list();
    }

    /** One page of the tables that match, and how many match in all (a page past the end is empty). */
    TablePage page(Scope scope, Filter filter, TablePage.Request request) {
        ListQuery q = ListQuery.of(scope, filter);
        long total = q.bind(jdbc.sql("select count(*) from evaluation e join org_unit o on o.id = e.unit_id" + q.where()))
                .query(Long.class).single();
        List<Summary> items = total <= request.offset() ? List.of() : q.bind(jdbc.sql(SUMMARY + q.where() + q.orderBy()
                + " limit :limit offset :offset")).param("limit", request.size()).param("offset", request.offset())
                .query(EvaluationStore::summary).list();
        return new TablePage(items, request.page(), request.size(), total);
    }

    /** The grades given in the scope, best first (a framework may name its own). */
    List<String> grades(Scope scope) {
        return jdbc.sql("""
                        select e.grade from evaluation e join org_unit o on o.id = e.unit_id
                         where o.path like :scope and e.grade is not null group by e.grade order by max(e.total) desc, e.grade""")
                .param("scope", scope.likePattern()).query(String.class).list();
    }

    private static Summary summary(ResultSet rs, int n) throws java.sql.SQLException {
        return new Summary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                Status.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getBigDecimal(9), rs.getString(10),
                rs.getBoolean(11), rs.getInt(12), rs.getInt(13), rs.getTimestamp(14).toInstant());
    }

    /** A new draft with empty funds lines of these names (none when the framework has no funds row). */
    long create(long unitId, long frameworkId, int year, String project, List<String> fundsLines, String username) {
        long id = jdbc.sql("""
                        insert into evaluation (unit_id, framework_id, year, project)
                        values (:unit, :framework, :year, :project) returning id""")
                .param("unit", unitId).param("framework", frameworkId).param("year", year).param("project", project)
                .query(Long.class).single();
        for (int n = 0; n < fundsLines.size(); n++) {
            jdbc.sql("insert into evaluation_funds (evaluation_id, line_no, name) values (:id, :n, :name)")
                    .param("id", id).param("n", n).param("name", fundsLines.get(n)).update();
        }
        log(id, username, "新建", null, project);
        return id;
    }

    Entries entries(long id) {
        Map<String, Entries.Entry> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select indicator_code, actual_text, judgement_score, judgement_reason, deviation_reason,
                               not_applicable_reason
                          from evaluation_entry where evaluation_id = :id order by indicator_code""")
                .param("id", id)
                .query((ResultSet rs) -> {
                    BigDecimal js = rs.getBigDecimal(3);
                    rows.put(rs.getString(1), new Entries.Entry(rs.getString(2), js == null ? "" : js.stripTrailingZeros().toPlainString(),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                });
        List<Entries.Funds> funds = jdbc.sql("""
                        select name, initial_budget, adjusted_budget, executed from evaluation_funds
                         where evaluation_id = :id order by line_no""")
                .param("id", id)
                .query((rs, n) -> new Entries.Funds(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return new Entries(rows, funds);
    }

    Map<String, Score> reported(long id) {
        Map<String, Score> reported = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, reported_score from evaluation_entry where evaluation_id = :id and reported_score is not null")
                .param("id", id)
                .query((ResultSet rs) -> {
                    reported.put(rs.getString(1), Score.of(rs.getBigDecimal(2)));
                });
        return reported;
    }

    /**
     * Saves the entries if the table is still at {@code version}; records each changed field.
     * @return false when someone else saved first (nothing was written)
     */
    boolean save(Header table, int version, Entries before, Entries after, LiveScore score, String username) {
        int updated = jdbc.sql("""
                        update evaluation set version = version + 1, updated_at = now(), total = :total, grade = :grade,
                               complete = :complete, error_count = :errors, warning_count = :warnings
                         where id = :id and version = :version""")
                .param("total", score.sheet().total().points())
                .param("grade", score.sheet().grade().map(g -> g.name()).orElse(null))
                .param("complete", score.sheet().isComplete())
                .param("errors", (int) score.errorCount())
                .param("warnings", (int) score.warningCount())
                .param("id", table.id()).param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        for (Map.Entry<String, Entries.Entry> e : after.rows().entrySet()) {
            Entries.Entry old = before.row(e.getKey());
            Entries.Entry now = e.getValue();
            if (old.equals(now)) {
                continue;
            }
            String c = e.getKey();
            logIfChanged(table.id(), username, c + " 实际完成值", old.actual(), now.actual());
            logIfChanged(table.id(), username, c + " 认定得分", old.judgementScore(), now.judgementScore());
            logIfChanged(table.id(), username, c + " 认定理由", old.judgementReason(), now.judgementReason());
            logIfChanged(table.id(), username, c + " 偏差原因", old.deviationReason(), now.deviationReason());
            logIfChanged(table.id(), username, c + " 不适用理由", old.notApplicable(), now.notApplicable());
            jdbc.sql("""
                            insert into evaluation_entry (evaluation_id, indicator_code, actual_text, judgement_score,
                                   judgement_reason, deviation_reason, not_applicable_reason)
                            values (:id, :code, :actual, :js, :jr, :dr, :na)
                            on conflict (evaluation_id, indicator_code) do update set actual_text = excluded.actual_text,
                                   judgement_score = excluded.judgement_score, judgement_reason = excluded.judgement_reason,
                                   deviation_reason = excluded.deviation_reason,
                                   not_applicable_reason = excluded.not_applicable_reason""")
                    .param("id", table.id()).param("code", c).param("actual", now.actual())
                    .param("js", Optional.ofNullable(score.evaluation().judgements().get(c))
                            .map(j -> j.score().points()).orElse(null))
                    .param("jr", now.judgementReason()).param("dr", now.deviationReason()).param("na", now.notApplicable())
                    .update();
        }
        for (int n = 0; n < after.funds().size(); n++) {
            Entries.Funds old = n < before.funds().size() ? before.funds().get(n) : new Entries.Funds("", "", "", "");
            Entries.Funds now = after.funds().get(n);
            if (old.equals(now)) {
                continue;
            }
            String label = "资金 " + now.name();
            logIfChanged(table.id(), username, label + " 年初预算数", old.initial(), now.initial());
            logIfChanged(table.id(), username, label + " 全年预算数", old.adjusted(), now.adjusted());
            logIfChanged(table.id(), username, label + " 全年执行数", old.executed(), now.executed());
            jdbc.sql("""
                            insert into evaluation_funds (evaluation_id, line_no, name, initial_budget, adjusted_budget, executed)
                            values (:id, :n, :name, :i, :a, :e)
                            on conflict (evaluation_id, line_no) do update set name = excluded.name,
                                   initial_budget = excluded.initial_budget, adjusted_budget = excluded.adjusted_budget,
                                   executed = excluded.executed""")
                    .param("id", table.id()).param("n", n).param("name", now.name()).param("i", now.initial())
                    .param("a", now.adjusted()).param("e", now.executed())
                    .update();
        }
        return true;
    }

    /** Stores the scores a published table stated, beside what is entered (demo data, imports). */
    void setReported(long id, Map<String, Score> reported) {
        for (Map.Entry<String, Score> r : reported.entrySet()) {
            jdbc.sql("""
                            insert into evaluation_entry (evaluation_id, indicator_code, reported_score) values (:id, :code, :score)
                            on conflict (evaluation_id, indicator_code) do update set reported_score = excluded.reported_score""")
                    .param("id", id).param("code", r.getKey()).param("score", r.getValue().points()).update();
        }
    }

    /** Moves the table to {@code to} if it is still at {@code version} and in {@code from}. */
    boolean transition(Header table, int version, Status to, boolean locked, String username, String note) {
        int updated = jdbc.sql("""
                        update evaluation set status = :to, locked = :locked, version = version + 1, updated_at = now()
                         where id = :id and version = :version and status = :from""")
                .param("to", to.name()).param("locked", locked).param("id", table.id()).param("version", version)
                .param("from", table.status().name())
                .update();
        if (updated == 1) {
            log(table.id(), username, "状态", table.status().name(), to.name());
            if (note != null && !note.isBlank()) {
                log(table.id(), username, "说明", null, note);
            }
        }
        return updated == 1;
    }

    boolean unlock(Header table, int version, String username, String reason) {
        int updated = jdbc.sql("update evaluation set locked = false, version = version + 1, updated_at = now() where id = :id and version = :version and locked")
                .param("id", table.id()).param("version", version).update();
        if (updated == 1) {
            log(table.id(), username, "解锁", "已锁定", "已解锁：" + reason);
        }
        return updated == 1;
    }

    void comment(long id, String indicatorCode, String author, String body) {
        jdbc.sql("insert into review_comment (evaluation_id, indicator_code, author, body) values (:id, :code, :author, :body)")
                .param("id", id).param("code", indicatorCode).param("author", author).param("body", body).update();
    }

    List<Comment> comments(long id) {
        // shown with the author's display name (the user name stays in the row, and in the history)
        return jdbc.sql("""
                        select c.id, c.indicator_code, c.author, coalesce(u.display_name, c.author), c.body, c.created_at
                          from review_comment c left join app_user u on u.username = c.author
                         where c.evaluation_id = :id order by c.id""")
                .param("id", id)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    List<Change> history(long id) {
        return jdbc.sql("select username, changed_at, field, old_value, new_value from change_log where evaluation_id = :id order by id desc")
                .param("id", id)
                .query((rs, n) -> new Change(rs.getString(1), beijing(rs.getTimestamp(2).toInstant()), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private void logIfChanged(long id, String username, String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            log(id, username, field, old, now);
        }
    }

    void log(long id, String username, String field, String old, String now) {
        jdbc.sql("insert into change_log (evaluation_id, username, field, old_value, new_value) values (:id, :u, :f, :o, :n)")
                .param("id", id).param("u", username).param("f", field).param("o", old).param("n", now).update();
    }

    /** Times are shown as the users read them: Beijing time. */
    static java.time.LocalDateTime beijing(Instant at) {
        return at.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime();
    }
}
