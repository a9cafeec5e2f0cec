package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grid form as a browser has it: every input of the page by name, as the page wrote it. */
final class TableForm {

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern ROW = Pattern.compile("<tr id=\"grow-(\\d+)\"[^>]*? data-code=\"([^\"]*)\"");
    private static final Pattern AMOUNT_LINE = Pattern.compile("<tr id=\"aline-(\\d+)-(\\d+)\"[^>]*>\\s*<td[^>]*>([^<]*)</td>");
    private static final Pattern TABLE = Pattern.compile("<section id=\"amounts-(\\d+)\"[^>]*>\\s*<h4><span>[^<]*</span> <span>([^<]*)</span>");

    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, Integer> rows = new LinkedHashMap<>();
    final String html;

    private TableForm(String html) {
        this.html = html;
    }

    static TableForm of(String html) {
        TableForm grid = new TableForm(html);
        int start = html.indexOf("<form method=\"post\" action=\"/frameworks/");
        String form = html.substring(start, html.indexOf("</form>", start));
        Matcher m = INPUT.matcher(form);
        while (m.find()) {
            String name = attribute(m.group(1), "name");
            if (name != null) {
                String value = attribute(m.group(1), "value");
                grid.fields.put(name, value == null ? "" : value);
            }
        }
        Matcher r = ROW.matcher(form);
        while (r.find()) {
            grid.rows.put(r.group(2), Integer.parseInt(r.group(1)));
        }
        return grid;
    }

    List<String> codes() {
        return new ArrayList<>(rows.keySet());
    }

    String value(String field, String code) {
        return fields.get(field + rows.get(code));
    }

    TableForm set(String field, String code, String value) {
        String name = field + rows.get(code);
        assertThat(fields).containsKey(name);
        fields.put(name, value);
        return this;
    }

    TableForm setAmount(String table, String label, int column, String value) {
        int t = -1;
        Matcher tm = TABLE.matcher(html);
        while (tm.find()) {
            if (tm.group(2).equals(table)) {
                t = Integer.parseInt(tm.group(1));
            }
        }
        Matcher lm = AMOUNT_LINE.matcher(html);
        while (lm.find()) {
            if (Integer.parseInt(lm.group(1)) == t && lm.group(3).equals(label)) {
                String name = "a" + t + "." + lm.group(2) + "." + column;
                assertThat(fields).containsKey(name);
                fields.put(name, value);
                return this;
            }
        }
        throw new AssertionError("no amount row " + table + " / " + label);
    }

    /** The fields as name, value pairs, with the button pressed (none for the live check). */
    String[] post(String action) {
        List<String> out = new ArrayList<>();
        // as a browser builds a form's data set: line breaks in values become CRLF
        fields.forEach((k, v) -> {
            out.add(k);
            out.add(v.replaceAll("\r?\n", "\r\n"));
        });
        if (action != null) {
            out.add("action");
            out.add(action);
        }
        return out.toArray(String[]::new);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        if (!m.find()) {
            return null;
        }
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
