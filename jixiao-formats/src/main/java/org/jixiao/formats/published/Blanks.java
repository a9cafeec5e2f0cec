package org.jixiao.formats.published;

/**
 * What counts as white space around a cell or a line: Java white space, every Unicode space
 * separator (no-break space, the ideographic space U+3000 …) and the byte-order mark.
 */
final class Blanks {

    private Blanks() {
    }

    static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without white space at either end; what is inside is left as written. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s} without white space at its start. */
    static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && isBlankChar(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }
}
