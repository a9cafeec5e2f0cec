package org.jixiao.core.method.internal;

import java.util.Arrays;
import org.jixiao.core.method.Span;

/**
 * 评分办法 text as the compiler reads it, with the way back to the text as given.
 *
 * <p>People type rules in full-width and half-width, OCR puts spaces inside words ("较规 范") and
 * numbers ("0. 5"), and numbered sub-clauses ("1." "(2)" "②") run into the numbers after them
 * ("2. 5%≤比率"). One linear pass therefore: folds full-width forms and quote styles, drops all white
 * space, and replaces each sub-clause number by {@link #ENUM} — deciding what is a sub-clause number
 * <em>before</em> the spaces go, because "2. 5%" and "0. 5" differ only by what precedes them.
 * Every character of the result remembers the range of the original it came from.
 */
public final class Source {

    /** Stands for one sub-clause number ("1." "(2)" "③"); control characters never survive normalisation. */
    public static final char ENUM = '\u0001';

    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    private Source(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /** The original text behind normalised positions [start, end). */
    public String originalText(int start, int end) {
        if (start >= end) {
            return "";
        }
        return original.substring(from[start], to[end - 1]).strip();
    }

    public Span span(String part, int start, int end) {
        if (start >= end) {
            int at = start < from.length ? from[start] : original.length();
            return new Span(part, at, at, "");
        }
        int s = from[start];
        int e = to[end - 1];
        return new Span(part, s, e, original.substring(s, e));
    }

    /** The original index just after normalised position i - 1 (0 at the start). */
    public int originalEnd(int i) {
        return i <= 0 ? 0 : to[i - 1];
    }

    /** The original index where normalised position i starts (the text's length at the end). */
    public int originalStart(int i) {
        return i < from.length ? from[i] : original.length();
    }

    public static Source of(String original) {
        int n = original.length();
        char[] folded = new char[n];
        for (int i = 0; i < n; i++) {
            folded[i] = fold(original.charAt(i));
        }
        blankDecorations(folded);
        StringBuilder text = new StringBuilder(n);
        int[] from = new int[n + 1];
        int[] to = new int[n + 1];
        char lastKept = 0;
        boolean newlineSince = true;
        int i = 0;
        while (i < n) {
            char c = folded[i];
            if (c == ' ' || c == '\n') {
                if (c == '\n') {
                    newlineSince = true;
                }
                i++;
                continue;
            }
            int enumEnd = enumerator(folded, i, lastKept, newlineSince);
            if (enumEnd > i) {
                from[text.length()] = i;
                to[text.length()] = enumEnd;
                text.append(ENUM);
                lastKept = ENUM;
                newlineSince = false;
                i = enumEnd;
                continue;
            }
            from[text.length()] = i;
            to[text.length()] = i + 1;
            text.append(c);
            lastKept = c;
            newlineSince = false;
            i++;
        }
        int len = text.length();
        return new Source(original, text.toString(), Arrays.copyOf(from, len), Arrays.copyOf(to, len));
    }

    /** Full-width to ASCII, one quote character, one dash; white space to ' ' and line breaks to '\n'. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\n' -> '\n';
            case '\r', '\t', '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF' -> ' ';
            case '≧' -> '≥';
            case '≦' -> '≤';
            case '﹪' -> '%';
            case '−', '–', '—', '―' -> '-';
            case '〜', '∼' -> '~';
            case '“', '”', '„', '‟', '「', '」', '『', '』', '〝', '〞', '‘', '’', '\'' -> '"';
            case '【', '〔', '［' -> '(';
            case '】', '〕', '］' -> ')';
            case '·', '•', '∙', '●' -> '•';
            case '＊', '✕', '╳' -> '×';
            case '∑' -> 'Σ';
            default -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ENUM ? ' ' : c;
        };
    }

    /** Runs of two or more dashes or underscores are table rules, not text. */
    private static void blankDecorations(char[] folded) {
        int i = 0;
        while (i < folded.length) {
            if (folded[i] == '-' || folded[i] == '_') {
                int j = i;
                while (j < folded.length && (folded[j] == '-' || folded[j] == '_')) {
                    j++;
                }
                if (j - i >= 2) {
                    Arrays.fill(folded, i, j, ' ');
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * If a sub-clause number starts at i, the index after it; else i. "(2)", "②" and "(二)" are
     * always sub-clause numbers; "2." "2、" "二、" only where a clause can start (the text's start,
     * after ; 。 : ) 分, a line break or another sub-clause number) and not followed directly by a
     * digit ("3.75%" is a number, "2. 5%" is clause 2 about 5 %).
     */
    private static int enumerator(char[] f, int i, char lastKept, boolean newlineSince) {
        char c = f[i];
        if ((c >= '\u2460' && c <= '\u2473') || (c >= '\u2474' && c <= '\u2487') || (c >= '\u2776' && c <= '\u277F')) {
            return i + 1;
        }
        if (c == '(') {
            int j = i + 1;
            int k = j;
            while (k < f.length && k - j < 2 && (isDigit(f[k]) || isChineseNumeral(f[k]))) {
                k++;
            }
            if (k > j && k < f.length && f[k] == ')') {
                return k + 1;
            }
            return i;
        }
        boolean clauseStart = newlineSince || lastKept == 0 || lastKept == ';' || lastKept == '。' || lastKept == ':'
                || lastKept == ')' || lastKept == '分' || lastKept == ENUM || lastKept == '!' || lastKept == '?';
        if (!clauseStart) {
            return i;
        }
        if (isDigit(c)) {
            int k = i;
            while (k < f.length && k - i < 2 && isDigit(f[k])) {
                k++;
            }
            if (k < f.length && isDigit(f[k])) {
                return i;
            }
            if (k < f.length && (f[k] == '.' || f[k] == '、' || f[k] == ')')) {
                int next = k + 1;
                if (next >= f.length || !isDigit(f[next])) {
                    return next;
                }
            }
            return i;
        }
        if (isChineseNumeral(c) && i + 1 < f.length && f[i + 1] == '、') {
            return i + 2;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
