package org.jixiao.web.evaluations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The list's page links: each keeps the filters, the sort and the page size, so moving between
 * pages never loses what the supervisor chose.
 */
record ListLinks(String first, String previous, String next, String last, List<Link> numbered) {

    /** A numbered page link; {@code current} marks the page shown. */
    record Link(int page, String href, boolean current) {
    }

    /** Pages shown either side of the current one. */
    private static final int AROUND = 2;

    static ListLinks of(EvaluationStore.Filter filter, TablePage shown) {
        int pages = shown.pages();
        int current = Math.min(shown.page(), pages);
        List<Link> numbered = new ArrayList<>();
        for (int p = Math.max(1, current - AROUND); p <= Math.min(pages, current + AROUND); p++) {
            numbered.add(new Link(p, href(filter, shown.size(), p), p == shown.page()));
        }
        // a page past the end (an old link) still offers the way back
        return new ListLinks(shown.page() > 1 ? href(filter, shown.size(), 1) : null,
                shown.page() > 1 ? href(filter, shown.size(), Math.min(shown.page() - 1, pages)) : null,
                shown.page() < pages ? href(filter, shown.size(), shown.page() + 1) : null,
                shown.page() < pages ? href(filter, shown.size(), pages) : null,
                numbered);
    }

    /** The list with these filters at this page; values form-encoded, as the filter form itself sends them. */
    static String href(EvaluationStore.Filter filter, int size, int page) {
        StringJoiner query = new StringJoiner("&");
        add(query, "year", filter.year());
        add(query, "status", filter.status() == null ? null : filter.status().name());
        add(query, "unit", filter.unitId());
        add(query, "errors", Boolean.TRUE.equals(filter.withErrors()) ? "true" : null);
        add(query, "q", filter.query());
        add(query, "grade", filter.grade());
        add(query, "sort", filter.sort() == null || filter.sort().isEmpty() ? null : filter.sort());
        add(query, "size", size == TablePage.DEFAULT_SIZE ? null : size);
        add(query, "page", page == 1 ? null : page);
        return query.length() == 0 ? "/evaluations" : "/evaluations?" + query;
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
