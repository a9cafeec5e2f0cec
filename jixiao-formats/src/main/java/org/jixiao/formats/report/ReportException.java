package org.jixiao.formats.report;

import java.util.Objects;

/**
 * A report that cannot be written as asked: no Chinese font to embed, a font that cannot be
 * embedded, or text with a character the font cannot draw. The message is Chinese, says what to do
 * and ends with the stable {@link Code} in brackets ("…［CJK_FONT_MISSING］"). Nothing is written
 * to the output when it is thrown before rendering starts (every check is made first).
 */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. The names are stable: they appear in messages and may be matched on. */
    public enum Code {
        /** No usable Chinese font on this machine (none of the known paths, no {@code JIXIAO_CJK_FONT}). */
        CJK_FONT_MISSING,
        /** A font file that was named or found cannot serve: missing, unreadable, CFF outlines, no Chinese glyphs, embedding forbidden. */
        CJK_FONT_UNUSABLE,
        /** The report's text has characters the font has no glyph for; they would print as boxes. */
        GLYPH_MISSING
    }

    private final Code code;

    public ReportException(Code code, String message) {
        this(code, message, null);
    }

    public ReportException(Code code, String message, Throwable cause) {
        super(message + "［" + code.name() + "］", cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public Code code() {
        return code;
    }
}
