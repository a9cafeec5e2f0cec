package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.measure.ValueText;

/**
 * Finds the framework whose indicators a published table's rows name, and which indicator each row
 * is. Names are compared once OCR spaces, full-width forms, quotes and punctuation are gone
 * ("减小名 教师和 基础教 师的教 学水平 差距", "（市、区两级）" against "(市、区两级)"). A name that occurs
 * more than once in a framework (Baotou's 教师培训专项 names each course under 数量, 质量 and 成本)
 * is told apart by its 二级指标, else taken in table order.
 */
public final class IndicatorMatch {

    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}]");

    private IndicatorMatch() {
    }

    /** A table row to place: its line, its 二级指标 as carried down, and its 三级指标 name. */
    public record Wanted(int line, String level2, String name) {
    }

    /** The framework chosen and, per wanted row (same order), its indicator or null. */
    public record Result(Framework framework, List<Indicator> indicators) {
        public int hits() {
            return (int) indicators.stream().filter(i -> i != null).count();
        }
    }

    /**
     * The candidate of this kind whose indicators the rows name best, if at least two thirds of the
     * rows name one of its indicators: a table that merely shares a few names is not that framework.
     * Ties go to the framework left with fewer indicators nobody named, then to the earlier candidate.
     */
    public static Optional<Result> best(List<Wanted> rows, List<Framework> candidates, FrameworkKind kind) {
        Result best = null;
        int bestSpare = Integer.MAX_VALUE;
        for (Framework candidate : candidates) {
            if (candidate.kind() != kind || candidate.template() || rows.isEmpty()) {
                continue;
            }
            Result result = place(rows, candidate);
            int hits = result.hits();
            int spare = scored(candidate).size() - hits;
            if (hits * 3 < rows.size() * 2) {
                continue;
            }
            if (best == null || hits > best.hits() || (hits == best.hits() && spare < bestSpare)) {
                best = result;
                bestSpare = spare;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The comparable form of a name: compacted, quotes and every punctuation mark or symbol removed. */
    public static String key(String name) {
        return NOISE.matcher(ValueText.label(name)).replaceAll("");
    }

    private static Result place(List<Wanted> rows, Framework framework) {
        // Indicators by name key, in framework order, and each one's 二级指标 key: computed once, so a
        // table of n rows against a framework of m indicators costs n + m, not n × m.
        Map<String, List<Indicator>> byKey = new HashMap<>();
        for (Indicator indicator : scored(framework)) {
            byKey.computeIfAbsent(key(indicator.name()), k -> new ArrayList<>()).add(indicator);
        }
        Map<String, String> parents = new HashMap<>();
        parents(framework.nodes(), "", parents);
        Map<String, String> parentKeys = new HashMap<>();
        Set<Indicator> used = new HashSet<>();
        List<Indicator> placed = new ArrayList<>();
        for (Wanted row : rows) {
            String name = key(row.name());
            String level2 = key(row.level2());
            Indicator choice = null;
            for (Indicator indicator : name.isEmpty() ? List.<Indicator>of() : byKey.getOrDefault(name, List.of())) {
                if (used.contains(indicator)) {
                    continue;
                }
                if (choice == null) {
                    choice = indicator;
                }
                if (!row.level2().isEmpty() && parentKeys.computeIfAbsent(indicator.code(),
                        code -> key(parents.getOrDefault(code, ""))).equals(level2)) {
                    choice = indicator;
                    break;
                }
            }
            if (choice != null) {
                used.add(choice);
            }
            placed.add(choice);
        }
        return new Result(framework, placed);
    }

    /** The indicators a table row can name: all but the funds row, which the funds block feeds. */
    private static List<Indicator> scored(Framework framework) {
        return framework.indicators().stream().filter(i -> !i.isFundsRow()).toList();
    }

    /** Each indicator's nearest enclosing group name at level 2 (its 二级指标). */
    private static void parents(List<Node> nodes, String level2, Map<String, String> out) {
        for (Node node : nodes) {
            if (node instanceof Group group) {
                parents(group.children(), group.level() == 2 ? group.name() : level2, out);
            } else {
                out.put(node.code(), level2);
            }
        }
    }
}
