package org.jixiao.web.frameworks;

/** Header lines of a framework text ({@code key: value} before {@code indicators:}), replaced in place. */
final class HeaderLines {

    private HeaderLines() {
    }

    /**
     * The text with the first header line for {@code key} replaced by {@code key: value}; comments,
     * other lines and line endings stay as they were. Without such a line, one is put first.
     */
    static String replace(String text, String key, String value) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("indicators:") && !line.startsWith(" ")) {
                break;
            }
            if (line.startsWith(key + ":")) {
                lines[i] = key + ": " + value + (line.endsWith("\r") ? "\r" : "");
                return String.join("\n", lines);
            }
        }
        return key + ": " + value + "\n" + text;
    }
}
