package org.jixiao.web.organisation;

import java.util.List;
import java.util.Optional;
import org.jixiao.web.organisation.OrganisationLog.Action;
import org.jixiao.web.organisation.Units.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the unit tree: the tree in a scope with each unit's user count, adding a unit under a
 * parent, renaming. Every lookup is limited to the acting user's scope in the query; every change is
 * written to the organisation log in the same transaction.
 */
@Service
public class UnitAdmin {

    static final int MAX_NAME = 200;

    /** A unit as the tree page shows it. */
    public record Row(long id, Long parentId, Kind kind, String name, String path, long users) {
        public int depth() {
            return (int) path.chars().filter(c -> c == '/').count() - 2;
        }

        public String kindKey() {
            return "organisation.kind." + kind.name();
        }
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final OrganisationLog log;

    UnitAdmin(JdbcClient jdbc, Units units, OrganisationLog log) {
        this.jdbc = jdbc;
        this.units = units;
        this.log = log;
    }

    /** The units in the scope in tree order (a path sorts right after its parent's). */
    public List<Row> tree(Scope scope) {
        return jdbc.sql("""
                        select o.id, o.parent_id, o.kind, o.name, o.path,
                               (select count(*) from app_user u where u.unit_id = o.id) as users
                          from org_unit o where o.path like :scope order by o.path""")
                .param("scope", scope.likePattern())
                .query((rs, n) -> {
                    long parent = rs.getLong(2);
                    return new Row(rs.getLong(1), rs.wasNull() ? null : parent, Kind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getLong(6));
                }).list();
    }

    /** The kind a child of a unit of this kind must have; a unit (预算单位) has no children. */
    static Optional<Kind> childKind(Kind parent) {
        if (parent == null) {
            return Optional.of(Kind.FINANCE_BUREAU);
        }
        switch (parent) {
            case FINANCE_BUREAU:
                return Optional.of(Kind.DEPARTMENT);
            case DEPARTMENT:
                return Optional.of(Kind.UNIT);
            default:
                return Optional.empty();
        }
    }

    /**
     * Adds a unit. parentId blank: a new root (a finance bureau), only for a user who sees everything.
     * Form values come as typed; every problem is an {@link OrganisationProblem} and nothing is saved.
     */
    @Transactional
    public long add(CurrentUser by, String parentId, String kind, String name) {
        Kind newKind = kind(kind);
        Row parent = null;
        if (parentId == null || parentId.isBlank()) {
            if (!by.scope().equals(Scope.everything())) {
                throw new OrganisationProblem(OrganisationProblem.PARENT_NOT_FOUND);
            }
        } else {
            // locked so that two admins adding the same name under one parent cannot both pass the check
            parent = lockInScope(id(parentId, OrganisationProblem.PARENT_NOT_FOUND), by.scope())
                    .orElseThrow(() -> new OrganisationProblem(OrganisationProblem.PARENT_NOT_FOUND));
        }
        if (childKind(parent == null ? null : parent.kind()).filter(k -> k == newKind).isEmpty()) {
            throw new OrganisationProblem(OrganisationProblem.KIND_NOT_ALLOWED);
        }
        String clean = name(name);
        Long parentKey = parent == null ? null : parent.id();
        requireUniqueAmongSiblings(parentKey, clean, null);
        long id = units.create(parentKey, newKind, clean);
        log.record(by.getUsername(), Action.UNIT_CREATED, label(id, clean), null,
                newKind.name() + (parent == null ? "" : " < " + label(parent.id(), parent.name())));
        return id;
    }

    @Transactional
    public void rename(CurrentUser by, long id, String name) {
        Row unit = lockInScope(id, by.scope())
                .orElseThrow(() -> new OrganisationProblem(OrganisationProblem.UNIT_NOT_FOUND));
        String clean = name(name);
        if (clean.equals(unit.name())) {
            return;
        }
        if (unit.parentId() != null) {
            lockInScope(unit.parentId(), Scope.everything());
        }
        requireUniqueAmongSiblings(unit.parentId(), clean, unit.id());
        jdbc.sql("update org_unit set name = :name where id = :id").param("name", clean).param("id", id).update();
        log.record(by.getUsername(), Action.UNIT_RENAMED, label(id, clean), unit.name(), clean);
    }

    /** A unit in the scope, or empty (a unit outside it is treated as not existing). */
    public Optional<Row> inScope(long id, Scope scope) {
        return find(id, scope, false);
    }

    private Optional<Row> lockInScope(long id, Scope scope) {
        return find(id, scope, true);
    }

    private Optional<Row> find(long id, Scope scope, boolean lock) {
        return jdbc.sql("select id, parent_id, kind, name, path from org_unit where id = :id and path like :scope"
                        + (lock ? " for update" : ""))
                .param("id", id).param("scope", scope.likePattern())
                .query((rs, n) -> {
                    long parent = rs.getLong(2);
                    return new Row(rs.getLong(1), rs.wasNull() ? null : parent, Kind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), 0);
                }).optional();
    }

    private void requireUniqueAmongSiblings(Long parentId, String name, Long except) {
        long same = jdbc.sql("""
                        select count(*) from org_unit
                         where parent_id is not distinct from :parent and name = :name and id <> :except""")
                .param("parent", parentId, java.sql.Types.BIGINT).param("name", name)
                .param("except", except == null ? -1L : except)
                .query(Long.class).single();
        if (same > 0) {
            throw new OrganisationProblem(OrganisationProblem.DUPLICATE_UNIT_NAME);
        }
    }

    static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new OrganisationProblem(OrganisationProblem.NAME_REQUIRED);
        }
        if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
            throw new OrganisationProblem(OrganisationProblem.NAME_TOO_LONG);
        }
        return clean;
    }

    private static Kind kind(String kind) {
        try {
            return Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new OrganisationProblem(OrganisationProblem.BAD_KIND);
        }
    }

    static long id(String text, String problem) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new OrganisationProblem(problem);
        }
    }

    static String label(long id, String name) {
        return "#" + id + " " + name;
    }
}
