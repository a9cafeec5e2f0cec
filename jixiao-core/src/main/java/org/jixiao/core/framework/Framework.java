package org.jixiao.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;

/**
 * An indicator framework (指标体系) for a year: the tree of indicators with their weights, targets
 * and rules, the full mark, how it rounds and grades, and, for a target table, its funds.
 * Frameworks are versioned data: {@code id} names the family, {@code year} the version. A
 * {@code template} (the national project template) fixes the categories and their weights and is
 * filled with a project's own indicators; it is not scored itself.
 */
public record Framework(
        String id,
        String title,
        int year,
        FrameworkKind kind,
        Score fullMark,
        RoundingPolicy rounding,
        GradeScale grades,
        List<Node> nodes,
        List<AmountTable> amounts,
        boolean template,
        String source) {

    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fullMark, "fullMark");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(grades, "grades");
        nodes = List.copyOf(nodes);
        amounts = List.copyOf(amounts);
        source = source == null ? "" : source;
    }

    /** Every scored indicator, in table order (groups left out). */
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        collect(nodes, out);
        return out;
    }

    private static void collect(List<Node> level, List<Indicator> out) {
        for (Node node : level) {
            if (node instanceof Indicator indicator) {
                out.add(indicator);
            } else if (node instanceof Group group) {
                collect(group.children(), out);
            }
        }
    }

    public Optional<Node> node(String code) {
        return find(nodes, code);
    }

    public Optional<Indicator> indicator(String code) {
        return node(code).filter(Indicator.class::isInstance).map(Indicator.class::cast);
    }

    private static Optional<Node> find(List<Node> level, String code) {
        for (Node node : level) {
            if (node.code().equals(code)) {
                return Optional.of(node);
            }
            if (node instanceof Group group) {
                Optional<Node> inside = find(group.children(), code);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /** The sum of all top-level weights, bonus groups included (Nanjing: 105). */
    public Score declaredWeights() {
        return nodes.stream().map(n -> n.weight().orElse(Score.ZERO)).reduce(Score.ZERO, Score::plus);
    }

    public Optional<AmountTable> amountTable(String name) {
        return amounts.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
