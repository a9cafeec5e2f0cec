package org.jixiao.web.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unit hierarchy (财政局 › 主管部门 › 预算单位). */
@Repository
public class Units {

    public enum Kind { FINANCE_BUREAU, DEPARTMENT, UNIT }

    /** A unit as lists show it. */
    public record Unit(long id, Long parentId, Kind kind, String name, String path) {
        public int depth() {
            return (int) path.chars().filter(c -> c == '/').count() - 2;
        }
    }

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long create(Long parentId, Kind kind, String name) {
        long id = jdbc.sql("insert into org_unit (parent_id, kind, name) values (:parent, :kind, :name) returning id")
                .param("parent", parentId).param("kind", kind.name()).param("name", name)
                .query(Long.class).single();
        String parentPath = parentId == null ? "/" : find(parentId).orElseThrow().path();
        jdbc.sql("update org_unit set path = :path where id = :id")
                .param("path", parentPath + id + "/").param("id", id).update();
        return id;
    }

    public Optional<Unit> find(long id) {
        return jdbc.sql("select id, parent_id, kind, name, path from org_unit where id = :id")
                .param("id", id).query(Units::row).optional();
    }

    /** Every unit the scope covers, in tree order. */
    public List<Unit> within(Scope scope) {
        return jdbc.sql("select id, parent_id, kind, name, path from org_unit where path like :scope order by path")
                .param("scope", scope.likePattern()).query(Units::row).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    private static Unit row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long parent = rs.getLong("parent_id");
        return new Unit(rs.getLong("id"), rs.wasNull() ? null : parent, Kind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("path"));
    }
}
