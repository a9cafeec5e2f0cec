package org.jixiao.web.accounts;

import java.util.List;
import java.util.Objects;
import org.jixiao.formats.accounts.TableImportProblem;
import org.springframework.http.HttpStatus;

/**
 * Why an upload, an edit or a download was refused: a stable code (shown to the user; the message key
 * {@code accounts.problem.<code>}), the reader's Chinese detail where it said more, and for a
 * workbook that could not be taken every problem the importer found (sheet, cell, code, message), for
 * a table edited in the browser every figure or code that could not be taken (row, column, code, message).
 * The codes of unreadable files are the reader's own ({@code UnreadableFileException.Code}).
 * Nothing is stored when one is thrown.
 */
final class AccountsProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NO_FILE = "NO_FILE";
    static final String EMPTY_FILE = "EMPTY_FILE";
    static final String BAD_EXTENSION = "BAD_EXTENSION";
    static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** The workbook was read, but cells of it cannot be taken: {@link #problems()} lists them. */
    static final String IMPORT_PROBLEMS = "IMPORT_PROBLEMS";
    static final String READ_ONLY = "READ_ONLY";
    /** Only the unit's filler or leader stores its disclosure. */
    static final String NOT_ALLOWED = "NOT_ALLOWED";
    /** A first upload for a year the unit already has: replace it from its page. */
    static final String ALREADY_EXISTS = "ALREADY_EXISTS";
    /** Another version was stored since the one the upload replaces. */
    static final String CONFLICT = "CONFLICT";
    /** A new version whose workbook states another year than the disclosure's. */
    static final String YEAR_MISMATCH = "YEAR_MISMATCH";
    static final String BAD_YEAR = "BAD_YEAR";
    static final String BAD_KIND = "BAD_KIND";
    /** Figures or codes typed in the browser that cannot be taken: {@link #editProblems()} lists them. */
    static final String EDIT_PROBLEMS = "EDIT_PROBLEMS";

    private final String code;
    private final String detail;
    private final transient List<TableImportProblem> problems;
    private final transient List<TableEditProblem> editProblems;
    /** The disclosure the refusal points at (ALREADY_EXISTS, CONFLICT), or 0. */
    private final long disclosureId;

    AccountsProblem(String code, String detail, List<TableImportProblem> problems, long disclosureId) {
        this(code, detail, problems, List.of(), disclosureId);
    }

    private AccountsProblem(String code, String detail, List<TableImportProblem> problems, List<TableEditProblem> editProblems,
                            long disclosureId) {
        super(code + (detail.isEmpty() ? "" : ": " + detail));
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
        this.problems = List.copyOf(problems);
        this.editProblems = List.copyOf(editProblems);
        this.disclosureId = disclosureId;
    }

    AccountsProblem(String code, String detail) {
        this(code, detail, List.of(), 0);
    }

    AccountsProblem(String code) {
        this(code, "");
    }

    static AccountsProblem imported(List<TableImportProblem> problems) {
        return new AccountsProblem(IMPORT_PROBLEMS, "", problems, 0);
    }

    static AccountsProblem edited(List<TableEditProblem> problems) {
        return new AccountsProblem(EDIT_PROBLEMS, "", List.of(), problems, 0);
    }

    String code() {
        return code;
    }

    /** The reader's or the store's own words (Chinese), or "". */
    String detail() {
        return detail;
    }

    List<TableImportProblem> problems() {
        return problems;
    }

    /** What the browser's form had that cannot be taken, each with its row and column. */
    List<TableEditProblem> editProblems() {
        return editProblems;
    }

    long disclosureId() {
        return disclosureId;
    }

    String messageKey() {
        return "accounts.problem." + code;
    }

    HttpStatus status() {
        return switch (code) {
            case READ_ONLY, NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case ALREADY_EXISTS, CONFLICT -> HttpStatus.CONFLICT;
            case FILE_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case IMPORT_PROBLEMS, EDIT_PROBLEMS, YEAR_MISMATCH -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.BAD_REQUEST;
        };
    }
}
