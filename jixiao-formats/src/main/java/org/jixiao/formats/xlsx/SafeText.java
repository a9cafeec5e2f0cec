package org.jixiao.formats.xlsx;

import java.util.regex.Pattern;

/**
 * Text made safe for a spreadsheet cell: characters XML 1.0 forbids are removed, the text is cut
 * to Excel's 32,767-character limit, and text that a spreadsheet could take for a formula is
 * defused (CSV/Excel injection, OWASP "CSV Injection").
 *
 * <p>Why a visible apostrophe and not only "it is written as a string": a cell written with a string
 * type is never evaluated when the .xlsx is opened, but it becomes a formula again when the user
 * saves the sheet as CSV and opens that, or edits the cell (F2, Enter). The .xlsx way to keep such a
 * cell text is the style's {@code quotePrefix}, which fastexcel cannot write. So, as OWASP advises,
 * such text is prefixed with a single quote {@code '}: it shows, it survives every conversion, and
 * a spreadsheet never starts a formula with it. What counts as such text: a first character (after
 * any leading spaces) of {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠}, a tab or a
 * carriage return. A plain signed number ("-5", "+3.5", "-2%") is left alone: read back as a
 * number it is harmless, and a table of figures should not be littered with apostrophes.
 */
public final class SafeText {

    /** Excel refuses a file with a longer cell text. */
    public static final int MAX_CELL_CHARS = 32_767;

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+\\-－＋]?\\d+(?:[.,]\\d+)*[%％]?");

    private SafeText() {
    }

    /** The text as it may be written into a cell; null becomes "". */
    public static String cell(String text) {
        String clean = xmlLegal(text);
        if (startsLikeAFormula(clean)) {
            clean = "'" + clean;
        }
        return clean.length() <= MAX_CELL_CHARS ? clean : cutAt(clean, MAX_CELL_CHARS);
    }

    /** True when a spreadsheet could read the text as a formula (or a DDE call). */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        String trimmed = stripSpaces(text);
        if (trimmed.isEmpty()) {
            return false;
        }
        char c = trimmed.charAt(0);
        if (c == '=' || c == '＝' || c == '@' || c == '＠') {
            return true;
        }
        if (c == '+' || c == '-' || c == '＋' || c == '－') {
            return !SIGNED_NUMBER.matcher(trimmed).matches();
        }
        return false;
    }

    /** The text without the characters XML 1.0 does not allow (controls other than tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
    public static String xmlLegal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (legal && out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static String stripSpaces(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\u00A0'
                || text.charAt(i) == '\n')) {
            i++;
        }
        return text.substring(i);
    }

    /** At most {@code max} chars, never splitting a surrogate pair. */
    private static String cutAt(String text, int max) {
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
