package org.jixiao.core.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Score;

/**
 * A self-evaluation as entered (绩效自评): the funds block, the actual value of each indicator,
 * judgements, deviation reasons (偏差原因分析及改进措施), rows that do not apply, and, when the
 * evaluation was read from a published table, the scores the table reported. Scoring it is
 * {@link Scorer#score}.
 */
public record Evaluation(
        String frameworkId,
        String unit,
        Optional<FundsBlock> funds,
        Map<String, Actual> actuals,
        Map<String, Judgement> judgements,
        Map<String, String> deviationReasons,
        Map<String, String> notApplicable,
        Map<String, Score> reportedScores) {

    public Evaluation {
        Objects.requireNonNull(frameworkId, "frameworkId");
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(funds, "funds");
        actuals = copy(actuals);
        judgements = copy(judgements);
        deviationReasons = copy(deviationReasons);
        notApplicable = copy(notApplicable);
        reportedScores = copy(reportedScores);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Actual actual(String code) {
        return actuals.getOrDefault(code, new Actual.Missing());
    }

    public static Builder of(Framework framework) {
        return new Builder(framework);
    }

    /** Builds an evaluation for a framework; every code is checked against it as it is entered. */
    public static final class Builder {
        private final Framework framework;
        private Map<String, Indicator> indicators;
        private String unit = "";
        private FundsBlock funds;
        private final Map<String, Actual> actuals = new LinkedHashMap<>();
        private final Map<String, Judgement> judgements = new LinkedHashMap<>();
        private final Map<String, String> reasons = new LinkedHashMap<>();
        private final Map<String, String> notApplicable = new LinkedHashMap<>();
        private final Map<String, Score> reported = new LinkedHashMap<>();

        private Builder(Framework framework) {
            this.framework = Objects.requireNonNull(framework, "framework");
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder funds(FundsBlock funds) {
            this.funds = funds;
            return this;
        }

        /** The 实际完成值 cell as written. */
        public Builder actual(String code, String cellText) {
            return actual(code, Actual.of(cellText));
        }

        public Builder actual(String code, Actual actual) {
            actuals.put(indicator(code).code(), Objects.requireNonNull(actual, "actual"));
            return this;
        }

        /** A person's decision; its score must lie within what the row can earn. */
        public Builder judge(String code, Judgement judgement) {
            Indicator indicator = indicator(code);
            Objects.requireNonNull(judgement, "judgement");
            Score low = Score.ZERO;
            Score high = indicator.weightOrZero();
            if (indicator.rule() instanceof org.jixiao.core.rule.BonusPenalty bonus) {
                low = bonus.penalty() ? Score.ZERO.minus(bonus.cap()) : Score.ZERO;
                high = bonus.penalty() ? Score.ZERO : bonus.cap();
            }
            if (judgement.score().isLessThan(low) || judgement.score().isGreaterThan(high)) {
                throw new IllegalArgumentException("指标" + code + "的认定得分" + judgement.score() + "超出范围[" + low + ", " + high + "]");
            }
            judgements.put(indicator.code(), judgement);
            return this;
        }

        public Builder judge(String code, String score, String justification) {
            return judge(code, Judgement.of(score, justification));
        }

        public Builder deviationReason(String code, String reason) {
            reasons.put(indicator(code).code(), reason == null ? "" : reason);
            return this;
        }

        public Builder notApplicable(String code, String reason) {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("指标" + code + "不适用时必须说明理由");
            }
            notApplicable.put(indicator(code).code(), reason);
            return this;
        }

        /** The score the published table shows for a row, kept beside the computed one. */
        public Builder reported(String code, String score) {
            reported.put(indicator(code).code(), Score.of(score));
            return this;
        }

        public Evaluation build() {
            return new Evaluation(framework.id(), unit, Optional.ofNullable(funds), actuals, judgements, reasons,
                    notApplicable, reported);
        }

        private Indicator indicator(String code) {
            if (indicators == null) {
                // indexed once: Framework.indicator walks the tree, which made a large table quadratic to build
                indicators = new java.util.HashMap<>();
                framework.indicators().forEach(i -> indicators.put(i.code(), i));
            }
            Indicator indicator = indicators.get(code);
            if (indicator == null) {
                throw new IllegalArgumentException("指标体系“" + framework.title() + "”中没有三级指标“" + code + "”");
            }
            return indicator;
        }
    }
}
