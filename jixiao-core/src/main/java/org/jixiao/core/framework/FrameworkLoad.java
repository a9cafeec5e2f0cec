package org.jixiao.core.framework;

import java.util.List;
import java.util.Optional;

/** The result of reading a framework: the framework when it has no error, and every problem found. */
public record FrameworkLoad(Optional<Framework> framework, List<FrameworkProblem> problems) {

    public FrameworkLoad {
        problems = List.copyOf(problems);
        if (framework.isPresent() && problems.stream().anyMatch(FrameworkProblem::isError)) {
            throw new IllegalArgumentException("a framework with errors must not be returned");
        }
    }

    public boolean ok() {
        return framework.isPresent();
    }

    public List<FrameworkProblem> errors() {
        return problems.stream().filter(FrameworkProblem::isError).toList();
    }

    public List<FrameworkProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public Framework orThrow() {
        return framework.orElseThrow(() -> new FrameworkException(errors()));
    }
}
