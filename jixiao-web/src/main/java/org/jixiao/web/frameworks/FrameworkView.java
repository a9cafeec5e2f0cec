package org.jixiao.web.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.number.Score;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;

/**
 * A framework as the show page prints it: the tree flattened into rows in table order, each
 * indicator with its 评分办法 compiled, and the problems the validator still reports (warnings).
 */
public record FrameworkView(StoredFramework stored, Framework framework, List<Row> rows, List<FrameworkProblem> problems,
                            Weights weights) {

    /** One row of the tree table; {@code rule} is null for a group. */
    public record Row(String code, String name, int level, boolean group, String weight, String target, String halfYear,
                      String unit, String bonusCap, RuleView rule) {
    }

    /**
     * The level-1 weights against the full mark; bonus groups are on top of it.
     *
     * @param total null when a level-1 node states no weight, so no total can be given
     */
    public record Weights(Score total, Score fullMark, Score bonus) {
        public boolean matches() {
            return total != null && total.equals(fullMark);
        }
    }

    public static FrameworkView of(StoredFramework stored, Framework framework, List<FrameworkProblem> problems) {
        return new FrameworkView(stored, framework, rows(framework), problems, weights(framework));
    }

    static List<Row> rows(Framework framework) {
        List<Row> rows = new ArrayList<>();
        flatten(framework.nodes(), rows);
        return rows;
    }

    /** The same sum as the validator's WEIGHT_SUM check, so the page and the check never disagree. */
    static Weights weights(Framework framework) {
        Score total = Score.ZERO;
        Score bonus = Score.ZERO;
        boolean complete = true;
        for (Node node : framework.nodes()) {
            Score weight = node.weight().or(() -> node instanceof Group g ? g.childWeights() : Optional.empty())
                    .orElse(null);
            if (node instanceof Group g && g.isBonus()) {
                bonus = bonus.plus(weight == null ? g.bonusCap().get() : weight);
            } else if (weight == null) {
                complete = false;
            } else {
                total = total.plus(weight);
            }
        }
        return new Weights(complete ? total : null, framework.fullMark(), bonus);
    }

    private static void flatten(List<Node> nodes, List<Row> rows) {
        for (Node node : nodes) {
            String weight = node.weight().map(Score::toString).orElse("");
            if (node instanceof Group g) {
                rows.add(new Row(g.code(), g.name(), g.level(), true, weight, "", "", "",
                        g.bonusCap().map(Score::toString).orElse(""), null));
                flatten(g.children(), rows);
            } else {
                Indicator i = (Indicator) node;
                rows.add(new Row(i.code(), i.name(), i.level(), false, weight, i.target().text(), i.halfYearTarget().text(),
                        i.unitOfMeasure(), "", RuleView.of(i)));
            }
        }
    }
}
