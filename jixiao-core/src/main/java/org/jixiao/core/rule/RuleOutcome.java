package org.jixiao.core.rule;

import java.util.Objects;
import org.jixiao.core.number.Score;

/** What a rule says about one row: a score, or that a person must decide, and why. */
public sealed interface RuleOutcome {

    /** The rule decided. The score is exact; the framework's rounding policy is applied later. */
    record Scored(Score score, String explanation) implements RuleOutcome {
        public Scored {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** The rule cannot decide without a guess; a person records the decision and its justification. */
    record NeedsJudgement(Undecided reason, String message) implements RuleOutcome {
        public NeedsJudgement {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Stable codes for why a rule could not decide (the message says it in Chinese). */
    enum Undecided {
        /** No actual value was entered. */
        VALUE_MISSING,
        /** The actual is text where the rule needs a number, a date or a known label. */
        NOT_A_VALUE,
        /** The rule needs a numeric or dated target and the indicator has none. */
        TARGET_MISSING,
        /** A target of zero: a ratio against it means nothing. */
        TARGET_ZERO,
        /** Target and actual are in units that cannot be compared. */
        UNITS_DIFFER,
        /** A reverse (cost) indicator whose actual is zero: nothing spent, or nothing reported. */
        ZERO_ACTUAL,
        /** A label the rule does not list. */
        UNKNOWN_LABEL,
        /** A number outside every band of the rule. */
        OUT_OF_BANDS,
        /** A qualitative indicator whose result is described in words: a grade must be chosen. */
        QUALITATIVE,
        /** The formula could not be evaluated with the inputs given. */
        FORMULA_ERROR,
        /** The rule is an expert judgement by its nature. */
        EXPERT
    }

    static RuleOutcome scored(Score score, String explanation) {
        return new Scored(score, explanation);
    }

    static RuleOutcome undecided(Undecided reason, String message) {
        return new NeedsJudgement(reason, message);
    }
}
