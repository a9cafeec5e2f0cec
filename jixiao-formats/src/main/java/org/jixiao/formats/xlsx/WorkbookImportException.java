package org.jixiao.formats.xlsx;

import java.util.List;
import java.util.Objects;

/**
 * A workbook that was read but cannot be imported: it carries every problem found (errors and the
 * warnings beside them), each with its sheet, cell and code, so a person can correct them all at once.
 * Nothing of the workbook is returned or kept. It is an {@link IllegalArgumentException}: the input,
 * not the program, is at fault.
 */
public final class WorkbookImportException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<ImportProblem> problems;

    public WorkbookImportException(String file, List<ImportProblem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String message(String file, List<ImportProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        long errors = problems.stream().filter(ImportProblem::isError).count();
        StringBuilder out = new StringBuilder("工作簿“" + file + "”有 " + errors + " 处错误，未导入：");
        int shown = 0;
        for (ImportProblem p : problems) {
            if (p.isError() && shown++ < 20) {
                out.append('\n').append(p);
            }
        }
        if (errors > 20) {
            out.append("\n……另有 ").append(errors - 20).append(" 处错误");
        }
        return out.toString();
    }

    public String file() {
        return file;
    }

    /** Every problem found, errors and warnings, in sheet order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }
}
