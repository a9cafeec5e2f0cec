package org.jixiao.formats.published;

import java.util.regex.Pattern;

/**
 * Whether a line of prose reads as the title of the table below it: short, and not a sentence.
 * A line that only states the year ("2024年度") or the unit ("单位：万元") is a subtitle: the title
 * is looked for above it.
 */
final class Titles {

    /** Longer than this (in characters) and a line is a sentence, not a title. */
    static final int MAX_LENGTH = 60;

    /** How many subtitle lines may sit between a title and its table. */
    static final int MAX_SUBTITLES = 3;

    private static final Pattern YEAR_ONLY = Pattern.compile("[（(]?\\s*\\d{4}\\s*年度?\\s*[)）]?");
    private static final Pattern UNIT_ONLY = Pattern.compile("(金额)?单位\\s*[:：]\\s*\\S{1,8}");
    private static final String SENTENCE_ENDINGS = "。！？；;!?：:，,、";

    private Titles() {
    }

    static boolean isSubtitle(String text) {
        String s = Blanks.strip(text);
        return YEAR_ONLY.matcher(s).matches() || UNIT_ONLY.matcher(s).matches();
    }

    static boolean looksLikeTitle(String text) {
        String s = Blanks.strip(text);
        if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_LENGTH || s.indexOf('。') >= 0) {
            return false;
        }
        return SENTENCE_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0;
    }
}
