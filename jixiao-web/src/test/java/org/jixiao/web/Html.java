package org.jixiao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what tests need from rendered pages (HTML5, so not XML: no XPath). */
public final class Html {

    private Html() {
    }

    /** The text directly inside the element with this id, up to its first child tag; null if absent. */
    public static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).strip() : null;
    }

    /** The value attribute of the input with this name; null if absent. */
    public static String inputValue(String html, String name) {
        Matcher tag = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            return null;
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return value.find() ? value.group(1) : "";
    }

    /** The inner HTML of the first element with this id, to its matching close tag (no nesting of the same tag). */
    public static String section(String html, String id) {
        Matcher open = Pattern.compile("<([a-z0-9]+)[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!open.find()) {
            return null;
        }
        int end = html.indexOf("</" + open.group(1) + ">", open.end());
        return html.substring(open.end(), end < 0 ? html.length() : end);
    }

    /** Every match of the first group of {@code regex}. */
    public static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
