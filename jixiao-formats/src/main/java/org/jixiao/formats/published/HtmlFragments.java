package org.jixiao.formats.published;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small HTML fragments that converters leave in published text ({@code <p>…</p>},
 * {@code <p style="text-align: center;">}, {@code <br>}, entities) turned into plain text.
 *
 * <p>Only known HTML tag names are treated as tags, so text such as {@code 利用率<60%的} or
 * {@code >90%} stays as written. Block tags ({@code p}, {@code div}, {@code br}, {@code li} …)
 * become paragraph breaks ({@code "\n"}); whitespace between paragraphs is dropped, whitespace
 * inside a paragraph is kept as written. Inline tags are removed. Entities are decoded; an unknown
 * or invalid entity is kept as written. A tag whose closing {@code >} is missing is kept as text and
 * reported as malformed.
 */
final class HtmlFragments {

    /** The text of a fragment, and whether part of it could not be read as HTML. */
    record Text(String text, String problem) {
        boolean malformed() {
            return problem != null;
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "tfoot",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer",
            "hr", "pre", "dl", "dt", "dd", "center");

    private static final Set<String> INLINE_TAGS = Set.of(
            "span", "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "font", "sup", "sub", "a",
            "small", "big", "mark", "code", "label", "o:p", "col", "colgroup", "caption", "nobr", "wbr");

    private static final Map<String, Integer> ENTITIES = Map.ofEntries(
            Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
            Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0x00A0),
            Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003), Map.entry("thinsp", 0x2009),
            Map.entry("middot", 0x00B7), Map.entry("hellip", 0x2026), Map.entry("mdash", 0x2014),
            Map.entry("ndash", 0x2013), Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D),
            Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("times", 0x00D7),
            Map.entry("divide", 0x00F7), Map.entry("le", 0x2264), Map.entry("ge", 0x2265),
            Map.entry("ne", 0x2260), Map.entry("plusmn", 0x00B1), Map.entry("yen", 0x00A5),
            Map.entry("deg", 0x00B0), Map.entry("permil", 0x2030), Map.entry("bull", 0x2022),
            Map.entry("sup2", 0x00B2), Map.entry("sup3", 0x00B3), Map.entry("copy", 0x00A9),
            Map.entry("reg", 0x00AE), Map.entry("sect", 0x00A7), Map.entry("laquo", 0x00AB),
            Map.entry("raquo", 0x00BB), Map.entry("minus", 0x2212), Map.entry("rarr", 0x2192),
            Map.entry("larr", 0x2190), Map.entry("radic", 0x221A), Map.entry("sum", 0x2211),
            Map.entry("asymp", 0x2248), Map.entry("infin", 0x221E), Map.entry("frac12", 0x00BD),
            Map.entry("frac14", 0x00BC), Map.entry("frac34", 0x00BE));

    private static final char BREAK = '\n';

    private HtmlFragments() {
    }

    /** The plain text of {@code raw}, trimmed; never throws. */
    static Text toText(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
            return new Text(Blanks.strip(raw), null);
        }
        StringBuilder out = new StringBuilder(raw.length());
        String problem = null;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '<') {
                if (raw.startsWith("<!--", i)) {
                    int end = raw.indexOf("-->", i + 4);
                    if (end < 0) {
                        problem = "HTML 注释没有结束（缺少“-->”）";
                        out.append(raw, i, n);
                        break;
                    }
                    i = end + 3;
                    continue;
                }
                Tag tag = tagAt(raw, i);
                if (tag == null) {
                    out.append(c);
                    i++;
                } else if (tag.end < 0) {
                    problem = "HTML 标签没有结束（缺少“>”）：" + abbreviate(raw.substring(i));
                    out.append(raw, i, n);
                    break;
                } else {
                    if (tag.block) {
                        out.append(BREAK);
                    }
                    i = tag.end;
                }
            } else if (c == '&') {
                int consumed = appendEntity(raw, i, out);
                i += consumed;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Text(paragraphs(out), problem);
    }

    /** Paragraphs separated by breaks: each trimmed, empty ones dropped, joined by "\n". */
    private static String paragraphs(CharSequence text) {
        StringBuilder joined = new StringBuilder(text.length());
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == BREAK) {
                String part = Blanks.strip(text.subSequence(start, i).toString());
                if (!part.isEmpty()) {
                    if (joined.length() > 0) {
                        joined.append(BREAK);
                    }
                    joined.append(part);
                }
                start = i + 1;
            }
        }
        return joined.toString();
    }

    private record Tag(boolean block, int end) {
    }

    /** The known tag starting at {@code at} (a '<'), or null when what follows is not a known tag. */
    private static Tag tagAt(String s, int at) {
        int i = at + 1;
        int n = s.length();
        if (i < n && s.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < n && (isAsciiLetterOrDigit(s.charAt(i)) || (s.charAt(i) == ':' && i > nameStart))) {
            i++;
        }
        if (i == nameStart || !isAsciiLetter(s.charAt(nameStart))) {
            return null;
        }
        String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        boolean block = BLOCK_TAGS.contains(name);
        if (!block && !INLINE_TAGS.contains(name)) {
            return null;
        }
        if (i < n) {
            char next = s.charAt(i);
            if (next != '>' && next != '/' && !Character.isWhitespace(next)) {
                return null;
            }
        }
        char quote = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return new Tag(block, i + 1);
            } else if (c == '<') {
                break;
            }
        }
        return new Tag(block, -1);
    }

    /** Appends the entity at {@code at} (an '&') decoded, or the '&' itself; returns the characters consumed. */
    private static int appendEntity(String s, int at, StringBuilder out) {
        int semi = -1;
        int limit = Math.min(s.length(), at + 12);
        for (int i = at + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ';') {
                semi = i;
                break;
            }
            if (!isAsciiLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        if (semi < 0 || semi == at + 1) {
            out.append('&');
            return 1;
        }
        String body = s.substring(at + 1, semi);
        int codePoint = -1;
        if (body.startsWith("#x") || body.startsWith("#X")) {
            codePoint = parse(body.substring(2), 16);
        } else if (body.startsWith("#")) {
            codePoint = parse(body.substring(1), 10);
        } else {
            Integer named = ENTITIES.get(body);
            codePoint = named == null ? -1 : named;
        }
        if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            out.append('&');
            return 1;
        }
        out.appendCodePoint(codePoint);
        return semi - at + 1;
    }

    private static int parse(String digits, int radix) {
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            value = value * radix + d;
        }
        return value;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
