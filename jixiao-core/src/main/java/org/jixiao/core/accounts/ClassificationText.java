package org.jixiao.core.accounts;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How codes and names of a classification are written in published tables, reduced to the form
 * they are compared in. Codes: "2050299", "205 02 99", "205-02-99", "２０５０２９９" all become
 * "2050299". Names: full-width and half-width characters are the same (NFKC), spaces are dropped
 * (OCR and typesetting put them anywhere), 【】〔〕[] count as brackets, and a level suffix
 * "（类）"/"（款）"/"（项）" is not part of the name.
 */
public final class ClassificationText {

    /** Separators accepted between the digits of a code, after NFKC. */
    private static final Pattern CODE = Pattern.compile("[0-9]+(?:[\\s\\-‐‑–—_.·・/、]+[0-9]+)*");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.·・/、]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("\\((类|款|项)\\)$");
    private static final Pattern TRAILING = Pattern.compile("[。.,，、:;；]+$");
    private static final Pattern QUOTES = Pattern.compile("[\"“”'‘’]");

    private ClassificationText() {
    }

    /** NFKC, so that full-width digits, letters, brackets and spaces become their half-width forms. */
    static String nfkc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    }

    /**
     * The digits of a code written any way, or empty when the text is not a code (letters, or
     * nothing but separators).
     */
    public static Optional<String> code(String text) {
        String t = nfkc(text).strip();
        if (!CODE.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(CODE_SEPARATORS.matcher(t).replaceAll(""));
    }

    /** The form a name is compared in: "维修（护）费" and "维修(护) 费" both give "维修(护)费". */
    public static String nameKey(String text) {
        String t = withoutSpaces(text);
        t = TRAILING.matcher(t).replaceAll("");
        return LEVEL_SUFFIX.matcher(t).replaceAll("");
    }

    /** The level a name states by its suffix: "普通教育（款）" states 款. */
    public static Optional<Level> statedLevel(String text) {
        String t = TRAILING.matcher(withoutSpaces(text)).replaceAll("");
        var matcher = LEVEL_SUFFIX.matcher(t);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return switch (matcher.group(1)) {
            case "类" -> Optional.of(Level.CLASS);
            case "款" -> Optional.of(Level.SECTION);
            default -> Optional.of(Level.ITEM);
        };
    }

    /** NFKC, no spaces, no quotes, one kind of bracket. */
    static String withoutSpaces(String text) {
        String t = SPACES.matcher(nfkc(text)).replaceAll("");
        t = QUOTES.matcher(t).replaceAll("");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(switch (c) {
                case '【', '〔', '[', '〖' -> '(';
                case '】', '〕', ']', '〗' -> ')';
                default -> c;
            });
        }
        return out.toString();
    }
}
