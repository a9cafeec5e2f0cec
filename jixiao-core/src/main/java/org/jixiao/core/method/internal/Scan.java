package org.jixiao.core.method.internal;

import java.math.BigDecimal;

/** Small, linear look-ups over normalised text. No regular expressions: every step moves forward. */
final class Scan {

    private Scan() {
    }

    /** A number read at a position, and where it ends. */
    record Number(BigDecimal value, int start, int end, boolean chinese) {
    }

    static boolean at(String t, int i, String word) {
        return i >= 0 && t.startsWith(word, i);
    }

    /** The first of the words found at i, or null. Order the words longest first. */
    static String atAny(String t, int i, String... words) {
        for (String w : words) {
            if (t.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A decimal written in digits at i ("0.5", "12", "3.3"), or null. At most 24 digits are read. */
    static Number digits(String t, int i, int limit) {
        int k = i;
        while (k < limit && k - i < 24 && isDigit(t.charAt(k))) {
            k++;
        }
        if (k == i) {
            return null;
        }
        int end = k;
        if (k + 1 < limit && t.charAt(k) == '.' && isDigit(t.charAt(k + 1))) {
            k++;
            while (k < limit && k - end < 24 && isDigit(t.charAt(k))) {
                k++;
            }
            end = k;
        }
        return new Number(new BigDecimal(t.substring(i, end)), i, end, false);
    }

    private static final String NUMERALS = "零一二两三四五六七八九";

    /** A small number in Chinese at i ("一", "两", "十", "十二", "二十"), up to 99, or null. */
    static Number chinese(String t, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        int k = i;
        int value = 0;
        if (NUMERALS.indexOf(t.charAt(k)) >= 0) {
            value = numeral(t.charAt(k));
            k++;
            if (k < limit && t.charAt(k) == '十') {
                value *= 10;
                k++;
                if (k < limit && numeral(t.charAt(k)) > 0) {
                    value += numeral(t.charAt(k));
                    k++;
                }
            }
        } else if (t.charAt(k) == '十') {
            value = 10;
            k++;
            if (k < limit && numeral(t.charAt(k)) > 0) {
                value += numeral(t.charAt(k));
                k++;
            }
        } else {
            return null;
        }
        return new Number(BigDecimal.valueOf(value), i, k, true);
    }

    private static int numeral(char c) {
        return switch (c) {
            case '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** Digits, or a Chinese numeral when allowed. */
    static Number number(String t, int i, int limit, boolean allowChinese) {
        Number n = digits(t, i, limit);
        if (n == null && allowChinese) {
            n = chinese(t, i, limit);
        }
        return n;
    }

    /**
     * "分" meaning points at i: not 分钟 (minutes), 分值 (the weight), 分之 (a fraction), 分档/分为/分别
     * (dividing), 分项/分类/分配/分析.
     */
    static boolean pointsAt(String t, int i, int limit) {
        if (i >= limit || t.charAt(i) != '分') {
            return false;
        }
        if (i + 1 < limit) {
            char next = t.charAt(i + 1);
            if (next == '为') {
                // 分为三档 divides; 以5分为限 / 扣至0分为止 are points.
                return i + 2 < limit && "限止上".indexOf(t.charAt(i + 2)) >= 0;
            }
            return "钟值之档别项类配析解期批数".indexOf(next) < 0;
        }
        return true;
    }

    /** Text that starts like a sub-clause number ("2.", "(3)", "④"), which cannot be written after one. */
    static boolean numbered(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c == Source.ENUM || (c >= '\u2460' && c <= '\u2487') || (c >= '\u2776' && c <= '\u277F')) {
            return true;
        }
        int i = 0;
        while (i < text.length() && i < 2 && isDigit(text.charAt(i))) {
            i++;
        }
        if (i > 0 && i < text.length() && ".、)".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return c == '(' && text.length() > 2 && (isDigit(text.charAt(1)) || "一二三四五六七八九十".indexOf(text.charAt(1)) >= 0);
    }

    /** Trims separators and joining words from both ends of [start, end); returns {start, end}. */
    static int[] trim(String t, int start, int end) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            char c = t.charAt(s);
            if (c == ',' || c == ':' || c == '、' || c == Source.ENUM || c == '.' || c == ';' || c == '。') {
                s++;
                changed = true;
                continue;
            }
            String w = atAny(t, s, "并且", "而且", "并", "且", "则", "其中");
            if (w != null && s + w.length() < e && !(w.equals("其中"))) {
                s += w.length();
                changed = true;
            }
        }
        changed = true;
        while (changed && e > s) {
            changed = false;
            char c = t.charAt(e - 1);
            boolean otherwise = c == '则' && e - 2 >= s && t.charAt(e - 2) == '否';
            if (c == ',' || c == ':' || c == '、' || c == '的' || c == '者' || (c == '则' && !otherwise)
                    || c == '.' || c == ';' || c == '。') {
                e--;
                changed = true;
            }
        }
        return new int[] {s, e};
    }
}
