package org.jixiao.web.evaluations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor's list as SQL over {@code evaluation e join org_unit o}: the scope and every filter
 * are bound parameters, the order is chosen from a fixed list; nothing from the request becomes SQL text.
 */
final class ListQuery {

    private final StringBuilder where = new StringBuilder(" where o.path like :scope");
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final String order;

    private ListQuery(Scope scope, EvaluationStore.Filter filter) {
        params.put("scope", scope.likePattern());
        if (filter.year() != null) {
            where.append(" and e.year = :year");
            params.put("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unitId() != null) {
            where.append(" and e.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (Boolean.TRUE.equals(filter.withErrors())) {
            where.append(" and e.error_count > 0");
        }
        if (filter.query() != null) {
            // strpos, not LIKE: % and _ in the text are plain characters, no escaping to get wrong
            where.append(" and strpos(lower(e.project), lower(:q)) > 0");
            params.put("q", filter.query());
        }
        if (filter.grade() != null) {
            where.append(" and e.grade = :grade");
            params.put("grade", filter.grade());
        }
        // e.id last: a stable order, so consecutive pages neither repeat nor skip a table
        order = " order by " + switch (Objects.requireNonNullElse(filter.sort(), "")) {
            case "total" -> "e.total desc nulls last, o.name, e.id";
            case "total-asc" -> "e.total asc nulls last, o.name, e.id";
            case "errors" -> "e.error_count desc, o.name, e.id";
            case "status" -> "e.status, o.name, e.id";
            case "updated" -> "e.updated_at desc, e.id desc";
            default -> "e.year desc, o.path, e.project, e.id";
        };
    }

    static ListQuery of(Scope scope, EvaluationStore.Filter filter) {
        return new ListQuery(scope, filter);
    }

    String where() {
        return where.toString();
    }

    String orderBy() {
        return order;
    }

    /** The statement with this query's parameters bound. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec;
    }
}
