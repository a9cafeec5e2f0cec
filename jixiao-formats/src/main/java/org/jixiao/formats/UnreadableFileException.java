package org.jixiao.formats;

import java.util.Objects;

/**
 * A file refused before or while it was read: too large, not what its extension says, encrypted,
 * corrupt, a zip bomb, an XML external entity. The message is Chinese, names the file and ends with
 * the stable {@link Code} in brackets ("…［ENCRYPTED］"), so scripts and people can both act on it.
 * Nothing of a refused file is kept.
 *
 * <p>It is an {@link IllegalArgumentException}: the input, not the program, is at fault (the command
 * line turns it into exit status 2).
 */
public final class UnreadableFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused. The names are stable: they appear in messages and may be matched on. */
    public enum Code {
        /** The file does not exist or is not a regular file. */
        NOT_FOUND,
        /** Larger than {@link ReadLimits#maxFileBytes()}. */
        FILE_TOO_LARGE,
        /** Not a Word (.docx) document, whatever its extension says: text, a plain ZIP archive, a picture … */
        NOT_DOCX,
        /** Not an Excel workbook (.xlsx), whatever its extension says (the disclosure tables importer). */
        NOT_XLSX,
        /** An Office file of a kind not read yet: a workbook (.xlsx, .xls), a presentation, a Word 97–2003 .doc. */
        UNSUPPORTED,
        /** Protected by a password to open (an encrypted OLE2 container). */
        ENCRYPTED,
        /** A damaged archive or document: truncated, bad ZIP structure, XML that does not parse. */
        CORRUPT,
        /** Inflates beyond {@link ReadLimits#maxUncompressedBytes()} or {@link ReadLimits#maxCompressionRatio()}, or has too many entries. */
        ZIP_BOMB,
        /** An XML part declares a DOCTYPE (which OOXML never does): a possible XML external entity attack. */
        XXE,
        /** More paragraphs and table rows than {@link ReadLimits#maxLines()}. */
        TOO_MANY_LINES,
        /** More table cells than {@link ReadLimits#maxCells()}. */
        TOO_MANY_CELLS,
        /** A workbook sheet with more rows than {@link ReadLimits#maxRows()}. */
        TOO_MANY_ROWS
    }

    private final Code code;
    private final String file;
    private final String reason;

    /**
     * @param file   the file as the user named it
     * @param reason what is wrong and what to do, in Chinese, without the file name
     */
    public UnreadableFileException(Code code, String file, String reason) {
        this(code, file, reason, null);
    }

    public UnreadableFileException(Code code, String file, String reason, Throwable cause) {
        super("文件“" + file + "”" + reason + "［" + code.name() + "］", cause);
        this.code = Objects.requireNonNull(code, "code");
        this.file = file;
        this.reason = reason;
    }

    public Code code() {
        return code;
    }

    public String file() {
        return file;
    }

    /** The Chinese reason alone, without the file name and code. */
    public String reason() {
        return reason;
    }
}
