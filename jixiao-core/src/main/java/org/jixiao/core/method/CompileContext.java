package org.jixiao.core.method;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;

/**
 * What the compiler may know about the indicator besides its 评分办法 text: the weight (分值),
 * the standard value (指标值 / 标准值) and the nature (定量 / 定性) with the direction. Texts lean on
 * them ("实际值/指标值×分值", the template footnote that gives one algorithm per nature); everything
 * is optional.
 *
 * <p>The nature is this package's own small enum rather than the framework's, so that the
 * framework can one day compile its {@code method:} lines without a dependency cycle.
 */
public record CompileContext(Optional<Score> weight, TargetValue target, Nature nature, Optional<Comparison> direction) {

    /** 指标性质 as far as the compiler needs it. */
    public enum Nature {
        /** Not stated: the target's form decides where the text needs it (a number: 定量; a word: 定性). */
        UNSTATED,
        /** 定量. */
        QUANTITATIVE,
        /** 定性. */
        QUALITATIVE
    }

    public CompileContext {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(direction, "direction");
        if (weight.isPresent() && weight.get().isNegative()) {
            throw new IllegalArgumentException("weight must not be negative");
        }
    }

    /** Nothing known but the text. */
    public static CompileContext none() {
        return new CompileContext(Optional.empty(), new TargetValue.None(""), Nature.UNSTATED, Optional.empty());
    }

    public static CompileContext of(Score weight) {
        return none().withWeight(weight);
    }

    /**
     * Weight and standard value as a table writes them ("2", "≥90%"); blank means unknown.
     *
     * @throws IllegalArgumentException when the weight is not a number
     */
    public static CompileContext of(String weight, String target) {
        CompileContext context = none();
        if (weight != null && !weight.isBlank()) {
            context = context.withWeight(Score.of(weight.trim()));
        }
        return context.withTarget(target == null ? "" : target);
    }

    public CompileContext withWeight(Score weight) {
        return new CompileContext(Optional.of(weight), target, nature, direction);
    }

    public CompileContext withTarget(String target) {
        return new CompileContext(weight, ValueText.target(target), nature, direction);
    }

    public CompileContext withNature(Nature nature) {
        return new CompileContext(weight, target, nature, direction);
    }

    public CompileContext withDirection(Comparison direction) {
        return new CompileContext(weight, target, nature, Optional.of(direction));
    }

    /** The direction stated, or the sign written before the target ("≤20万元"). */
    public Optional<Comparison> effectiveDirection() {
        if (direction.isPresent()) {
            return direction;
        }
        if (target instanceof TargetValue.Numeric n && n.comparisonWritten()) {
            return Optional.of(n.comparison());
        }
        return Optional.empty();
    }

    /** The nature stated, or the one the target's form implies. */
    public Nature effectiveNature() {
        if (nature != Nature.UNSTATED) {
            return nature;
        }
        if (target instanceof TargetValue.Numeric || target instanceof TargetValue.Dated) {
            return Nature.QUANTITATIVE;
        }
        if (target instanceof TargetValue.Label) {
            return Nature.QUALITATIVE;
        }
        return Nature.UNSTATED;
    }
}
