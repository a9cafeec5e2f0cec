package org.jixiao.core.accounts;

import java.util.List;
import java.util.stream.Collectors;

/** A classification that cannot be used, with every problem found (not just the first). */
public class ClassificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ClassificationProblem> problems;

    public ClassificationException(List<ClassificationProblem> problems) {
        super("科目分类有误：\n" + problems.stream().map(ClassificationProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ClassificationProblem> problems() {
        return problems;
    }
}
