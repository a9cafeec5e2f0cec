package org.jixiao.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.framework.internal.FrameworkParser;

/**
 * The framework text format (described in docs/frameworks.md): read, then validated, with every
 * problem reported with its line.
 */
public final class FrameworkFormat {

    private FrameworkFormat() {
    }

    /**
     * @param source a name for messages (a file or resource name)
     * @param text   the framework text
     */
    public static FrameworkLoad read(String source, String text) {
        FrameworkParser.Result parsed = FrameworkParser.parse(source, text);
        List<FrameworkProblem> problems = new ArrayList<>(parsed.problems());
        if (parsed.framework().isEmpty()) {
            return new FrameworkLoad(Optional.empty(), problems);
        }
        // Validated even when reading found errors, so that every problem is reported at once; the
        // parser already reports duplicate codes, which the validator would report again.
        for (FrameworkProblem problem : FrameworkValidator.validate(parsed.framework().get())) {
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        boolean errors = problems.stream().anyMatch(FrameworkProblem::isError);
        return new FrameworkLoad(errors ? Optional.empty() : parsed.framework(), problems);
    }
}
