package org.jixiao.web.frameworks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frameworks (指标体系) and target tables (绩效目标表) kept as their text. Parsed frameworks are
 * cached by id and version, so a table scored on every keystroke does not re-read its framework.
 */
@Service
public class FrameworkCatalog {

    /** A stored framework; {@code ownerUnitId} null means shared by everyone. */
    public record StoredFramework(long id, String code, String title, int year, String kind, boolean shipped,
                                  Long ownerUnitId, String ownerName, int version, String sourceText, String updatedBy,
                                  java.time.OffsetDateTime updatedAt) {
    }

    private record Key(long id, int version) {
    }

    private final JdbcClient jdbc;
    private final Map<Key, Framework> parsed = new ConcurrentHashMap<>();

    FrameworkCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The frameworks a user may use: the shared ones and those owned by units in their scope. */
    public List<StoredFramework> visible(CurrentUser user) {
        return jdbc.sql(SELECT + " where f.owner_unit_id is null or o.path like :scope order by f.shipped desc, f.year desc, f.code")
                .param("scope", user.scope().likePattern())
                .query(FrameworkCatalog::row).list();
    }

    public Optional<StoredFramework> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " where f.id = :id and (f.owner_unit_id is null or o.path like :scope)")
                .param("id", id).param("scope", scope.likePattern())
                .query(FrameworkCatalog::row).optional();
    }

    public Optional<StoredFramework> findByCode(String code) {
        return jdbc.sql(SELECT + " where f.code = :code").param("code", code).query(FrameworkCatalog::row).optional();
    }

    /** The framework parsed; stored texts were checked when saved, so a failure here is a defect. */
    public Framework framework(StoredFramework stored) {
        return parsed.computeIfAbsent(new Key(stored.id(), stored.version()), k -> {
            FrameworkLoad load = FrameworkFormat.read(stored.code(), stored.sourceText());
            return load.framework().orElseThrow(() ->
                    new IllegalStateException("stored framework " + stored.code() + " does not parse: " + load.errors()));
        });
    }

    /** Stores a new framework text; it must parse without errors. */
    @Transactional
    public long create(String sourceText, boolean shipped, Long ownerUnitId, String username) {
        FrameworkLoad load = FrameworkFormat.read("new", sourceText);
        Framework f = load.framework().filter(x -> load.errors().isEmpty())
                .orElseThrow(() -> new FrameworkTextException(load.problems()));
        return jdbc.sql("""
                        insert into framework (code, title, year, kind, source_text, shipped, owner_unit_id, updated_by)
                        values (:code, :title, :year, :kind, :text, :shipped, :owner, :by) returning id""")
                .param("code", f.id()).param("title", f.title()).param("year", f.year())
                .param("kind", f.kind().name()).param("text", sourceText).param("shipped", shipped)
                .param("owner", ownerUnitId).param("by", username)
                .query(Long.class).single();
    }

    /**
     * Replaces a framework's text if nobody saved since {@code version} was read; shipped frameworks
     * are never changed. Header columns follow the text. One statement, so nothing is half-saved.
     *
     * @return false when the version is stale (or the framework is shipped or gone)
     */
    public boolean update(long id, int version, String sourceText, Framework parsed, String username) {
        return jdbc.sql("""
                        update framework set code = :code, title = :title, year = :year, kind = :kind, source_text = :text,
                               version = version + 1, updated_by = :by, updated_at = now()
                         where id = :id and version = :version and not shipped""")
                .param("code", parsed.id()).param("title", parsed.title()).param("year", parsed.year())
                .param("kind", parsed.kind().name()).param("text", sourceText).param("by", username)
                .param("id", id).param("version", version)
                .update() == 1;
    }

    /** Whether another framework already uses this code (codes are unique across all units). */
    /** How many tables (evaluations) are scored by this framework. */
    public long tablesUsing(long id) {
        return jdbc.sql("select count(*) from evaluation where framework_id = :id").param("id", id).query(Long.class).single();
    }

    public boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from framework where code = :code and id <> :id")
                .param("code", code).param("id", exceptId).query(Long.class).single() > 0;
    }

    private static final String SELECT = """
            select f.id, f.code, f.title, f.year, f.kind, f.shipped, f.owner_unit_id, o.name as owner_name,
                   f.version, f.source_text, f.updated_by, f.updated_at
              from framework f left join org_unit o on o.id = f.owner_unit_id""";

    private static StoredFramework row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        // read as an object: null for a shared framework (wasNull() would answer for the last column read)
        Long owner = rs.getObject("owner_unit_id", Long.class);
        return new StoredFramework(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getInt("year"),
                rs.getString("kind"), rs.getBoolean("shipped"), owner, rs.getString("owner_name"),
                rs.getInt("version"), rs.getString("source_text"), rs.getString("updated_by"),
                rs.getObject("updated_at", java.time.OffsetDateTime.class));
    }
}
