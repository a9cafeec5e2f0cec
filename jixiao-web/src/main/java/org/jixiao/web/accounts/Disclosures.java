package org.jixiao.web.accounts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.accounts.tables.DisclosureChecks;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.Finding;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units' disclosure tables (决算公开表) by year, every upload kept as a version with who and when. A
 * new upload names the version it replaces; a stale one changes nothing ({@link Stored.Conflict}).
 * Every read is limited to the caller's {@link Scope}.
 */
@Service
class Disclosures {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A disclosure as lists show it: its current version. */
    record Summary(long id, long unitId, String unitName, String path, int year, int version, String disclosedName,
                   UnitKind kind, String fileName, int errorCount, int warningCount, String uploadedBy,
                   LocalDateTime uploadedAt, String status) {
    }

    /** The check outcome the list shows as the status: errors, only warnings, or nothing found. */
    static String status(int errors, int warnings) {
        return errors > 0 ? "ERRORS" : warnings > 0 ? "WARNINGS" : "CLEAN";
    }

    /** How a version came: a workbook uploaded, one table edited in the browser, a new disclosure of empty tables. */
    enum Source {
        UPLOAD, EDIT, NEW
    }

    /** What a store keeps about where the tables came from: the workbook's name, or the table edited. */
    record Change(Source source, String fileName, StandardTable table) {
        static Change upload(String fileName) {
            return new Change(Source.UPLOAD, fileName, null);
        }

        static Change edit(StandardTable table) {
            return new Change(Source.EDIT, "", table);
        }

        static Change created() {
            return new Change(Source.NEW, "", null);
        }
    }

    /** One version of a disclosure: an upload (its file), an edit in the browser (its table), or the empty start. */
    record Version(int version, String disclosedName, UnitKind kind, String fileName, int errorCount, int warningCount,
                   String uploadedBy, LocalDateTime uploadedAt, Source source, StandardTable editedTable) {

        /** The message key saying how the version came (上传 / 在线编辑 / 在线新建). */
        public String sourceKey() {
            return "accounts.source." + source.name();
        }
    }

    /** A disclosure opened at one version: the list's row, that version and its tables. */
    record Opened(Summary summary, Version shown, DisclosureTables tables) {
        boolean current() {
            return shown.version() == summary.version();
        }
    }

    /** What a store did. */
    sealed interface Stored {
        record Done(long id, int version) implements Stored {
        }

        /** The unit already has the year's disclosure (a first upload found one). */
        record Exists(long id) implements Stored {
        }

        /** Somebody stored another version since the one the upload replaces. */
        record Conflict(Summary current) implements Stored {
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Disclosures(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Keeps the unit's first disclosure of the tables' year as version 1, unless it has one already. */
    Stored create(long unitId, DisclosureTables tables, String fileName, String username) {
        return create(unitId, tables, Change.upload(fileName), username);
    }

    /** As {@link #create(long, DisclosureTables, String, String)}, the tables uploaded, entered or empty. */
    @Transactional
    Stored create(long unitId, DisclosureTables tables, Change change, String username) {
        Optional<Long> id = jdbc.sql("""
                        insert into disclosure (unit_id, year, version) values (:unit, :year, 1)
                        on conflict (unit_id, year) do nothing returning id""")
                .param("unit", unitId).param("year", tables.year()).query(Long.class).optional();
        if (id.isEmpty()) {
            return new Stored.Exists(jdbc.sql("select id from disclosure where unit_id = :unit and year = :year")
                    .param("unit", unitId).param("year", tables.year()).query(Long.class).single());
        }
        insertVersion(id.get(), 1, tables, change, username);
        return new Stored.Done(id.get(), 1);
    }

    /** Keeps the tables as the next version if the disclosure is still at {@code seen}. */
    Stored replace(long id, int seen, DisclosureTables tables, String fileName, String username) {
        return replace(id, seen, tables, Change.upload(fileName), username);
    }

    /**
     * As {@link #replace(long, int, DisclosureTables, String, String)} for any change: uploads and edits in
     * the browser take the same path and the same lock, so neither can overwrite the other unseen.
     */
    @Transactional
    Stored replace(long id, int seen, DisclosureTables tables, Change change, String username) {
        Optional<Integer> next = jdbc.sql("update disclosure set version = version + 1 where id = :id and version = :seen returning version")
                .param("id", id).param("seen", seen).query(Integer.class).optional();
        if (next.isEmpty()) {
            return new Stored.Conflict(find(id, Scope.everything()).orElseThrow());
        }
        insertVersion(id, next.get(), tables, change, username);
        return new Stored.Done(id, next.get());
    }

    private void insertVersion(long disclosureId, int version, DisclosureTables tables, Change change, String username) {
        List<Finding> findings = DisclosureChecks.check(tables);
        long errors = findings.stream().filter(Finding::isError).count();
        long versionId = jdbc.sql("""
                        insert into disclosure_version (disclosure_id, version, unit_name, unit_kind, file_name,
                                                        error_count, warning_count, uploaded_by, source, edited_table)
                        values (:disclosure, :version, :name, :kind, :file, :errors, :warnings, :by, :source, :table)
                        returning id""")
                .param("disclosure", disclosureId).param("version", version).param("name", cut(tables.unit(), 300))
                .param("kind", tables.kind().name()).param("file", cut(change.fileName(), 300))
                .param("source", change.source().name())
                .param("table", change.table() == null ? null : change.table().name(), java.sql.Types.VARCHAR)
                .param("errors", (int) errors).param("warnings", (int) (findings.size() - errors)).param("by", username)
                .query(Long.class).single();
        List<Object[]> tableRows = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (DisclosureTable t : tables.tables()) {
            tableRows.add(new Object[] {versionId, t.table().name(), t.unit().name()});
            for (DisclosureRow r : t.rows()) {
                rows.add(new Object[] {versionId, t.table().name(), r.key(), r.name()});
                r.values().forEach((column, value) -> values.add(new Object[] {versionId, t.table().name(), r.key(), column, value}));
            }
        }
        batch.batchUpdate("insert into disclosure_table (version_id, standard_table, money_unit) values (?, ?, ?)", tableRows);
        batch.batchUpdate("insert into disclosure_row (version_id, standard_table, row_key, name) values (?, ?, ?, ?)", rows);
        batch.batchUpdate("insert into disclosure_value (version_id, standard_table, row_key, column_id, value) values (?, ?, ?, ?, ?)",
                values);
    }

    List<Summary> within(Scope scope) {
        return jdbc.sql(SELECT + " where o.path like :scope order by d.year desc, o.path, d.id")
                .param("scope", scope.likePattern()).query(Disclosures::summary).list();
    }

    Optional<Summary> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " where d.id = :id and o.path like :scope")
                .param("id", id).param("scope", scope.likePattern()).query(Disclosures::summary).optional();
    }

    /** Every version, newest first, of a disclosure the scope covers. */
    List<Version> history(long id, Scope scope) {
        if (find(id, scope).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select v.version, v.unit_name, v.unit_kind, v.file_name, v.error_count, v.warning_count,
                               v.uploaded_by, v.uploaded_at, v.source, v.edited_table
                          from disclosure_version v where v.disclosure_id = :id order by v.version desc""")
                .param("id", id).query((rs, n) -> versionAt(rs, 1)).list();
    }

    /** The disclosure at {@code version} (empty: the current one), with its tables; empty outside the scope. */
    Optional<Opened> open(long id, Scope scope, Optional<Integer> version) {
        Optional<Summary> summary = find(id, scope);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        int wanted = version.orElse(summary.get().version());
        Optional<VersionRow> row = jdbc.sql("""
                        select v.id, v.version, v.unit_name, v.unit_kind, v.file_name, v.error_count, v.warning_count,
                               v.uploaded_by, v.uploaded_at, v.source, v.edited_table
                          from disclosure_version v where v.disclosure_id = :id and v.version = :version""")
                .param("id", id).param("version", wanted)
                .query((rs, n) -> new VersionRow(rs.getLong(1), versionAt(rs, 2))).optional();
        return row.map(v -> new Opened(summary.get(), v.version(), tables(v.id(), summary.get().year(), v.version())));
    }

    private record VersionRow(long id, Version version) {
    }

    /** The tables of a stored version, rebuilt as the core's records (they order the rows themselves). */
    private DisclosureTables tables(long versionId, int year, Version v) {
        Map<StandardTable, MoneyUnit> units = new LinkedHashMap<>();
        jdbc.sql("select standard_table, money_unit from disclosure_table where version_id = :v")
                .param("v", versionId)
                .query((rs, n) -> Map.entry(StandardTable.valueOf(rs.getString(1)), MoneyUnit.valueOf(rs.getString(2))))
                .list().forEach(e -> units.put(e.getKey(), e.getValue()));
        Map<String, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
        jdbc.sql("select standard_table, row_key, column_id, value from disclosure_value where version_id = :v")
                .param("v", versionId)
                .query(rs -> {
                    cells.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        Map<StandardTable, List<DisclosureRow>> rows = new LinkedHashMap<>();
        jdbc.sql("select standard_table, row_key, name from disclosure_row where version_id = :v")
                .param("v", versionId)
                .query(rs -> {
                    String table = rs.getString(1);
                    String key = rs.getString(2);
                    rows.computeIfAbsent(StandardTable.valueOf(table), k -> new ArrayList<>())
                            .add(new DisclosureRow(key, rs.getString(3), cells.getOrDefault(table + "|" + key, Map.of()), ""));
                });
        List<DisclosureTable> tables = new ArrayList<>();
        units.forEach((table, unit) -> tables.add(new DisclosureTable(table, unit, rows.getOrDefault(table, List.of()))));
        return new DisclosureTables(v.disclosedName(), year, v.kind(), tables);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static final String SELECT = """
            select d.id, d.unit_id, o.name, o.path, d.year, d.version, v.unit_name, v.unit_kind, v.file_name,
                   v.error_count, v.warning_count, v.uploaded_by, v.uploaded_at
              from disclosure d
              join org_unit o on o.id = d.unit_id
              join disclosure_version v on v.disclosure_id = d.id and v.version = d.version""";

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), UnitKind.valueOf(rs.getString(8)), rs.getString(9), rs.getInt(10), rs.getInt(11),
                rs.getString(12), time(rs, 13), status(rs.getInt(10), rs.getInt(11)));
    }

    /** A version's columns from {@code i} on, in the order the queries above select them. */
    private static Version versionAt(ResultSet rs, int i) throws SQLException {
        return new Version(rs.getInt(i), rs.getString(i + 1), UnitKind.valueOf(rs.getString(i + 2)), rs.getString(i + 3),
                rs.getInt(i + 4), rs.getInt(i + 5), rs.getString(i + 6), time(rs, i + 7), Source.valueOf(rs.getString(i + 8)),
                rs.getString(i + 9) == null ? null : StandardTable.valueOf(rs.getString(i + 9)));
    }

    private static LocalDateTime time(ResultSet rs, int i) throws SQLException {
        return rs.getTimestamp(i).toInstant().atZone(ZONE).toLocalDateTime();
    }
}
