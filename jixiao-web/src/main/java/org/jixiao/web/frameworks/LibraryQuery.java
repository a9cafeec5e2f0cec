package org.jixiao.web.frameworks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Nature;

/**
 * What the indicator library is asked: text in the name or 评分办法, the framework kind, a category
 * path (一级, or 一级 › 二级) and the nature, a page at a time. Parameters are kept as typed so the form
 * and the page links show them again; a value that cannot be read is reported by its stable code.
 *
 * @param text     the query as typed, stripped
 * @param category the category as chosen: group names from level 1, joined by {@link #SEPARATOR}
 * @param problem  why the query cannot be answered ({@code indicators.problem.CODE}), or null
 */
public record LibraryQuery(String text, String kind, String category, String nature, int page, String problem) {

    public static final String SEPARATOR = " › ";
    static final int MAX_TEXT = 200;
    static final int MAX_CATEGORY = 500;

    static LibraryQuery of(String q, String kind, String category, String nature, String page) {
        String text = strip(q);
        String k = strip(kind);
        String c = strip(category);
        String n = strip(nature);
        String problem = null;
        if (text.length() > MAX_TEXT) {
            problem = "QUERY_TOO_LONG";
        } else if (c.length() > MAX_CATEGORY) {
            problem = "CATEGORY_INVALID";
        } else if (!k.isEmpty() && Arrays.stream(FrameworkKind.values()).noneMatch(v -> v.name().equals(k))) {
            problem = "KIND_INVALID";
        } else if (!n.isEmpty() && Arrays.stream(Nature.values()).noneMatch(v -> v.name().equals(n))) {
            problem = "NATURE_INVALID";
        }
        int number = 1;
        String p = strip(page);
        if (!p.isEmpty()) {
            try {
                number = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1 && problem == null) {
                problem = "PAGE_INVALID";
            }
        }
        return new LibraryQuery(text, k, c, n, Math.max(1, number), problem);
    }

    /** The query in lower case for a case-insensitive "contains". */
    String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    List<String> categoryPath() {
        return category.isEmpty() ? List.of() : List.of(category.split(SEPARATOR, -1));
    }

    FrameworkKind frameworkKind() {
        return kind.isEmpty() ? null : FrameworkKind.valueOf(kind);
    }

    Nature indicatorNature() {
        return nature.isEmpty() ? null : Nature.valueOf(nature);
    }

    /** The library at another page with the same filters and the same picking target, form-encoded as the form sends them. */
    String href(int toPage, LibraryPick pick) {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", text);
        add(query, "kind", kind);
        add(query, "cat", category);
        add(query, "nature", nature);
        if (pick != null) {
            add(query, "pick", String.valueOf(pick.target().id()));
            add(query, "group", pick.group());
            add(query, "v", String.valueOf(pick.version()));
        }
        add(query, "page", toPage == 1 ? "" : String.valueOf(toPage));
        return query.length() == 0 ? "/indicators" : "/indicators?" + query;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
