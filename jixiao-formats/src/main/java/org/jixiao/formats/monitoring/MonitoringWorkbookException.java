package org.jixiao.formats.monitoring;

import java.util.List;

/**
 * A monitoring workbook that opened but whose cells do not all read: every bad cell, in sheet and
 * row order, so the unit can correct them all at once. Nothing of such a workbook may be kept.
 * (A file that does not open at all is an {@link org.jixiao.formats.UnreadableFileException}.)
 */
public final class MonitoringWorkbookException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Problems listed in the message at most; {@link #problems()} has them all. */
    private static final int IN_MESSAGE = 20;

    private final transient List<CellProblem> problems;

    public MonitoringWorkbookException(String file, List<CellProblem> problems) {
        super(message(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }

    private static String message(String file, List<CellProblem> problems) {
        StringBuilder b = new StringBuilder("文件“").append(file).append("”有").append(problems.size())
                .append("处错误，未导入任何数据：");
        problems.stream().limit(IN_MESSAGE).forEach(p -> b.append("\n").append(p.message()).append("［")
                .append(p.code()).append("］"));
        if (problems.size() > IN_MESSAGE) {
            b.append("\n……另有").append(problems.size() - IN_MESSAGE).append("处");
        }
        return b.toString();
    }
}
