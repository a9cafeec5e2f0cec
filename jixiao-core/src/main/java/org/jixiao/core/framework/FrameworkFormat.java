package org.jixiao.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.framework.internal.FrameworkContent;
import org.jixiao.core.framework.internal.FrameworkParser;
import org.jixiao.core.framework.internal.FrameworkWriter;

/**
 * The framework text format (described in docs/frameworks.md): read, then validated, with every
 * problem reported with its line; and written back from a framework.
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

    /**
     * The framework as framework text that {@link #read} reads back to the same framework (the same
     * content; line numbers and the source name are those of the new text). Comments are not part
     * of a framework and are not written. The text is not validated: a framework with weights that
     * do not add up is written as it is, and {@link #read} then reports it.
     *
     * @throws IllegalArgumentException when the framework holds something the text cannot say (a
     *         name with "|" or a line break, a label with "/", a rule left unstated that is not the
     *         template default …); the message names where, in Chinese
     */
    public static String write(Framework framework) {
        String text = FrameworkWriter.write(framework);
        Optional<Framework> back = FrameworkParser.parse(framework.source(), text).framework();
        Optional<String> where = back.isEmpty() ? Optional.of("表头")
                : FrameworkContent.firstDifference(framework, back.get());
        if (where.isPresent()) {
            throw new IllegalArgumentException("指标体系无法如实写成文本：“" + where.get() + "”读回后与原来不同"
                    + "（名称或文字含“|”、换行或首尾空白，或规则的写法无法表达）");
        }
        return text;
    }

    /** Whether two frameworks say the same, wherever they were read from (line numbers and source name aside). */
    public static boolean sameContent(Framework a, Framework b) {
        return FrameworkContent.same(a, b);
    }
}
