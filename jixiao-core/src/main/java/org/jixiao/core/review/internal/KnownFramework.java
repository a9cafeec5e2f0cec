package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;

/**
 * A shipped framework that a scattered published table follows: its scored rows name, one each,
 * the framework's indicators (or the nested indicators a row sums), even through OCR damage
 * ("才务合规性" for 财务合规性). With it, each row's score is checked against its weight.
 */
final class KnownFramework {

    /** Rows matched must be at least 4 in 5 of the scored rows, or the framework is not the table's. */
    private static final int MINIMUM_FIFTHS = 4;
    /** The longest cell that can hold an indicator's name (with its weight fused in, "预算编制合理性 5 j"). */
    private static final int NAME_CELL = 30;

    private final Framework framework;
    private final List<Node> matched;

    private KnownFramework(Framework framework, List<Node> matched) {
        this.framework = framework;
        this.matched = matched;
    }

    /** The shipped department framework whose nodes the rows name, if one fits. */
    static Optional<KnownFramework> match(List<PublishedTable.Row> rows) {
        return match(rows, ShippedFrameworks.all());
    }

    /** The department framework among {@code candidates} whose nodes the rows name, if one fits. */
    static Optional<KnownFramework> match(List<PublishedTable.Row> rows, List<Framework> candidates) {
        KnownFramework best = null;
        for (Framework candidate : candidates) {
            if (candidate.kind() != FrameworkKind.DEPARTMENT_EVALUATION || rows.isEmpty()) {
                continue;
            }
            List<Node> nodes = scoredNodes(candidate.nodes(), new ArrayList<>());
            List<Node> matched = new ArrayList<>();
            Set<Node> used = new HashSet<>();
            int hits = 0;
            for (PublishedTable.Row row : rows) {
                Node node = bestNode(row, nodes, used);
                matched.add(node);
                if (node != null) {
                    used.add(node);
                    hits++;
                }
            }
            if (hits * 5 >= MINIMUM_FIFTHS * rows.size() && (best == null || hits > best.hits())) {
                best = new KnownFramework(candidate, matched);
            }
        }
        return Optional.ofNullable(best);
    }

    private int hits() {
        return (int) matched.stream().filter(n -> n != null).count();
    }

    Framework framework() {
        return framework;
    }

    /** The node each row names, in row order; null where a row names none. */
    List<Node> matched() {
        return java.util.Collections.unmodifiableList(matched);
    }

    /** A score above the weight of the indicator its row names. */
    void weights(String title, List<PublishedTable.Row> rows, List<BigDecimal> scores, List<Finding> findings) {
        for (int i = 0; i < rows.size(); i++) {
            Node node = matched.get(i);
            if (node == null || node.weight().isEmpty()) {
                continue;
            }
            Score score = Score.of(scores.get(i));
            Score weight = node.weight().get();
            if (score.isGreaterThan(weight)) {
                findings.add(Finding.of(Check.SCORE_OVER_WEIGHT, title, node.name(), rows.get(i).line(),
                        "得分" + score + "超过“" + node.name() + "”的分值" + weight + "（" + framework.title() + "）",
                        weight.toString(), score.toString()));
            }
        }
    }

    /** Indicators, and the groups at level 3 or below that a table scores as one row. */
    private static List<Node> scoredNodes(List<Node> nodes, List<Node> out) {
        for (Node node : nodes) {
            if (node instanceof Indicator) {
                out.add(node);
            } else if (node instanceof Group group) {
                if (group.level() >= 3) {
                    out.add(group);
                }
                scoredNodes(group.children(), out);
            }
        }
        return out;
    }

    /** The node whose name the row states best: whole, else by its longest run of at least 4 characters. */
    private static Node bestNode(PublishedTable.Row row, List<Node> nodes, Set<Node> used) {
        // Names sit in short cells; the long ones are 指标说明 and 评分标准, which mention other indicators.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.cells().size() - 1; i++) {
            String cell = Cells.compact(row.cell(i));
            if (cell.length() <= NAME_CELL) {
                text.append(cell).append('|');
            }
        }
        String t = text.toString();
        // How much of a name the row states, in thousandths: all of it, or its longest run (at least
        // 4 characters and 60 % of the name, so that "才务合规性" names 财务合规性).
        Node best = null;
        int bestShare = 0;
        for (Node node : nodes) {
            if (used.contains(node)) {
                continue;
            }
            String name = Cells.compact(node.name());
            int run = longestCommonRun(t, name);
            int share = t.contains(name) ? 1000 : run * 1000 / Math.max(1, name.length());
            if (run >= Math.min(4, name.length()) && share >= 600 && share > bestShare) {
                best = node;
                bestShare = share;
            }
        }
        return best;
    }

    private static int longestCommonRun(String a, String b) {
        int best = 0;
        int[] previous = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }
}
