package org.jixiao.core.framework;

import java.util.List;
import java.util.stream.Collectors;

/** A framework that cannot be used, with every problem found (not just the first). */
public class FrameworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FrameworkProblem> problems;

    public FrameworkException(List<FrameworkProblem> problems) {
        super("指标体系有误：\n" + problems.stream().map(FrameworkProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> problems() {
        return problems;
    }
}
