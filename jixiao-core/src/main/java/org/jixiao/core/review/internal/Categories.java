package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.number.Score;

/**
 * The 一级/二级 categories a published table implies, filled with its indicators in table order; each
 * category weighs what its indicators weigh (a table states only the rows' 分值).
 */
final class Categories {

    private final Map<String, Map<String, List<Node>>> tree = new LinkedHashMap<>();

    void add(String level1, String level2, Indicator indicator) {
        tree.computeIfAbsent(level1, k -> new LinkedHashMap<>()).computeIfAbsent(level2, k -> new ArrayList<>()).add(indicator);
    }

    /** The level-1 groups ("G1", "G2" …) with their level-2 groups ("G1.1" …). */
    List<Node> groups() {
        List<Node> nodes = new ArrayList<>();
        int g1 = 0;
        for (Map.Entry<String, Map<String, List<Node>>> level1 : tree.entrySet()) {
            List<Node> children = new ArrayList<>();
            int g2 = 0;
            g1++;
            for (Map.Entry<String, List<Node>> level2 : level1.getValue().entrySet()) {
                children.add(new Group("G" + g1 + "." + (++g2), level2.getKey(), Optional.of(weight(level2.getValue())), 2,
                        level2.getValue(), Optional.empty(), 0));
            }
            nodes.add(new Group("G" + g1, level1.getKey(), Optional.of(weight(children)), 1, children, Optional.empty(), 0));
        }
        return nodes;
    }

    static Score weight(List<Node> nodes) {
        return nodes.stream().map(n -> n.weight().orElse(Score.ZERO)).reduce(Score.ZERO, Score::plus);
    }
}
