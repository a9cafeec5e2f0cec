package org.jixiao.web.frameworks;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.core.framework.FrameworkProblem;

/** A framework text that does not parse; carries every problem with its line and code. */
public class FrameworkTextException extends RuntimeException {

    private final transient List<FrameworkProblem> problems;

    public FrameworkTextException(List<FrameworkProblem> problems) {
        super(problems.stream().map(FrameworkProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> problems() {
        return problems;
    }
}
