package org.jixiao.web.reports;

import java.util.Objects;

/**
 * Why an upload was refused, as a stable code (shown to the user, and the message key
 * {@code reports.problem.<code>}) and, where the reader said more, its Chinese detail. The codes
 * of unreadable files are the reader's own ({@code UnreadableFileException.Code}).
 */
final class ReportProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NO_FILE = "NO_FILE";
    static final String EMPTY_FILE = "EMPTY_FILE";
    static final String BAD_EXTENSION = "BAD_EXTENSION";
    static final String NOT_UTF8 = "NOT_UTF8";
    static final String NOT_TEXT = "NOT_TEXT";
    static final String TEXT_TOO_LARGE = "TEXT_TOO_LARGE";
    static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    static final String BAD_YEAR = "BAD_YEAR";
    static final String READ_ONLY = "READ_ONLY";
    static final String STORE_NOT_ALLOWED = "STORE_NOT_ALLOWED";

    private final String code;
    private final String detail;

    ReportProblem(String code, String detail) {
        super(code + (detail.isEmpty() ? "" : ": " + detail));
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
    }

    ReportProblem(String code) {
        this(code, "");
    }

    String code() {
        return code;
    }

    /** The reader's own words (Chinese), or "". */
    String detail() {
        return detail;
    }

    String messageKey() {
        return "reports.problem." + code;
    }

    /** Refused for who the user is rather than for what they sent. */
    boolean forbidden() {
        return code.equals(READ_ONLY) || code.equals(STORE_NOT_ALLOWED);
    }
}
