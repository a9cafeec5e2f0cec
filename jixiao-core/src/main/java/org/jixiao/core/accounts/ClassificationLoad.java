package org.jixiao.core.accounts;

import java.util.List;
import java.util.Optional;

/** The result of reading a classification: the classification when there is no problem, and every problem found. */
public record ClassificationLoad(Optional<Classification> classification, List<ClassificationProblem> problems) {

    public ClassificationLoad {
        problems = List.copyOf(problems);
        if (classification.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a classification with problems must not be returned");
        }
    }

    public boolean ok() {
        return classification.isPresent();
    }

    public Classification orThrow() {
        return classification.orElseThrow(() -> new ClassificationException(problems));
    }
}
