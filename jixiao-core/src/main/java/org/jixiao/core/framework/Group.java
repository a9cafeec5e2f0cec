package org.jixiao.core.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Score;

/**
 * A node whose score is the sum of its children: a 一级 or 二级 indicator, or a 三级 indicator that a
 * table splits into parts. A bonus group (加减分项) is added on top of the full mark, its net capped
 * at {@code bonusCap}.
 */
public record Group(String code, String name, Optional<Score> weight, int level, List<Node> children,
                    Optional<Score> bonusCap, int line) implements Node {

    public Group {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(bonusCap, "bonusCap");
        children = List.copyOf(children);
    }

    public boolean isBonus() {
        return bonusCap.isPresent();
    }

    /** The sum of the children's weights, when every child states one. */
    public Optional<Score> childWeights() {
        Score sum = Score.ZERO;
        for (Node child : children) {
            if (child.weight().isEmpty()) {
                return Optional.empty();
            }
            sum = sum.plus(child.weight().get());
        }
        return Optional.of(sum);
    }
}
