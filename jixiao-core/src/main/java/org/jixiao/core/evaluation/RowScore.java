package org.jixiao.core.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome;

/**
 * One indicator's result. {@code exact} is the rule's score at full precision, {@code ruleScore}
 * that score rounded by the framework's policy, {@code score} what counts: the judgement where a
 * person decided, else the rule's. A table read from publication keeps its {@code reported} score.
 */
public record RowScore(
        Indicator indicator,
        RuleOutcome outcome,
        Decision decision,
        Optional<Score> ruleScore,
        Optional<Score> score,
        Optional<Judgement> judgement,
        Optional<Score> reported,
        String deviationReason) {

    /** How the counted score was reached. */
    public enum Decision {
        /** The rule decided. */
        RULE,
        /** A person decided (the rule could not, or was overridden). */
        JUDGEMENT,
        /** The indicator does not apply; it is dropped and the rest rescaled. */
        NOT_APPLICABLE,
        /** The rule cannot decide and nobody has yet. */
        PENDING
    }

    public RowScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(ruleScore, "ruleScore");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(reported, "reported");
        deviationReason = deviationReason == null ? "" : deviationReason;
    }

    public String code() {
        return indicator.code();
    }

    /** The rule's score before rounding, when the rule decided. */
    public Optional<Score> exact() {
        return outcome instanceof RuleOutcome.Scored scored ? Optional.of(scored.score()) : Optional.empty();
    }

    /** True when a judgement replaced a score the rule had decided. */
    public boolean isOverride() {
        return decision == Decision.JUDGEMENT && outcome instanceof RuleOutcome.Scored;
    }

    /** Points lost against the weight (zero for bonus rows and rows without a score). */
    public Score lostPoints() {
        if (score.isEmpty() || indicator.weight().isEmpty() || indicator.rule().isBonusOrPenalty()) {
            return Score.ZERO;
        }
        return indicator.weight().get().minus(score.get()).max(Score.ZERO);
    }

    /**
     * Points were lost and no 偏差原因分析及改进措施 was given. The funds row is left out: the
     * template has no reason column for it; its shortfall is explained in the report's text.
     */
    public boolean needsDeviationReason() {
        return !indicator.isFundsRow() && !lostPoints().isZero() && deviationReason.isBlank();
    }
}
