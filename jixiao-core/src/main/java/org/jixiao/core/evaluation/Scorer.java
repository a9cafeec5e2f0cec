package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.RowScore.Decision;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;

/**
 * Scores an evaluation against its framework: every row by its rule at full precision, rounded by
 * the framework's policy, judgements where a person decided; groups subtotalled without counting a
 * nested indicator twice; rows that do not apply dropped and the rest rescaled to the full mark;
 * the bonus group added on top within its cap; the total graded. A pure function.
 */
public final class Scorer {

    private Scorer() {
    }

    public static ScoreSheet score(Framework framework, Evaluation evaluation) {
        if (!framework.kind().isScored()) {
            throw new IllegalArgumentException("绩效目标表不计分：" + framework.title());
        }
        if (framework.template()) {
            throw new IllegalArgumentException("模板不直接计分，请先填入项目的三级指标：" + framework.title());
        }
        if (!framework.id().equals(evaluation.frameworkId())) {
            throw new IllegalArgumentException("自评表属于指标体系“" + evaluation.frameworkId() + "”，不是“" + framework.id() + "”");
        }
        RoundingPolicy rounding = framework.rounding();
        Map<String, RowScore> rows = new HashMap<>();
        List<RowScore> ordered = new ArrayList<>();
        for (Indicator indicator : framework.indicators()) {
            RowScore row = row(indicator, evaluation, rounding);
            rows.put(indicator.code(), row);
            ordered.add(row);
        }
        Map<String, Score> subtotals = new HashMap<>();
        Score base = Score.ZERO;
        Score bonus = Score.ZERO;
        Score notApplicableWeight = Score.ZERO;
        for (Node node : framework.nodes()) {
            Score value = subtotal(node, rows, subtotals, rounding);
            if (node instanceof Group group && group.isBonus()) {
                bonus = bonus.plus(value);
            } else {
                base = base.plus(value);
                notApplicableWeight = notApplicableWeight.plus(notApplicableWeight(node, rows));
            }
        }
        BigDecimal rescale = BigDecimal.ONE;
        Score applicable = framework.fullMark().minus(notApplicableWeight);
        Score rescaled = base;
        if (!notApplicableWeight.isZero() && applicable.isGreaterThan(Score.ZERO)) {
            rescale = Decimals.divide(framework.fullMark().points(), applicable.points());
            // base × full mark ÷ applicable in one division: base × the rounded factor leaves 99.999…9
            // for full marks (100 ÷ 97 × 97), which a truncating policy (mode=DOWN) shows as 99.99.
            rescaled = Score.of(Decimals.divide(base.points().multiply(framework.fullMark().points()), applicable.points()));
        }
        Score total = rounding.total(rescaled.plus(bonus)).max(Score.ZERO);
        boolean complete = ordered.stream().noneMatch(r -> r.decision() == Decision.PENDING);
        Optional<Grade> grade = complete ? Optional.of(framework.grades().gradeOf(total)) : Optional.empty();
        return new ScoreSheet(framework, ordered, subtotals, total, grade, Decimals.canonical(rescale));
    }

    private static RowScore row(Indicator indicator, Evaluation evaluation, RoundingPolicy rounding) {
        Actual actual = evaluation.actual(indicator.code());
        if (indicator.isFundsRow() && actual instanceof Actual.Missing && evaluation.funds().isPresent()) {
            actual = executed(evaluation.funds().get()).orElse(actual);
        }
        RuleOutcome outcome = indicator.rule().apply(new RuleInput(indicator.weightOrZero(), indicator.target(), actual));
        Optional<Score> ruleScore = Optional.empty();
        if (outcome instanceof RuleOutcome.Scored scored) {
            ruleScore = Optional.of(indicator.isFundsRow() ? rounding.fundsRow(scored.score()) : rounding.indicatorRow(scored.score()));
        }
        Optional<Judgement> judgement = Optional.ofNullable(evaluation.judgements().get(indicator.code()));
        Optional<Score> reported = Optional.ofNullable(evaluation.reportedScores().get(indicator.code()));
        String reason = evaluation.deviationReasons().getOrDefault(indicator.code(), "");
        Decision decision;
        Optional<Score> score;
        if (evaluation.notApplicable().containsKey(indicator.code())) {
            decision = Decision.NOT_APPLICABLE;
            score = Optional.empty();
        } else if (judgement.isPresent()) {
            decision = Decision.JUDGEMENT;
            score = Optional.of(judgement.get().score());
        } else if (ruleScore.isPresent()) {
            decision = Decision.RULE;
            score = ruleScore;
        } else {
            decision = Decision.PENDING;
            score = Optional.empty();
        }
        return new RowScore(indicator, outcome, decision, ruleScore, score, judgement, reported, reason);
    }

    private static Optional<Actual> executed(FundsBlock funds) {
        if (funds.total().adjustedBudget().isEmpty() || funds.total().executed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Actual.Executed(funds.total().adjustedBudget().get(), funds.total().executed().get()));
    }

    private static Score subtotal(Node node, Map<String, RowScore> rows, Map<String, Score> subtotals, RoundingPolicy rounding) {
        if (node instanceof Indicator indicator) {
            return rows.get(indicator.code()).score().orElse(Score.ZERO);
        }
        Group group = (Group) node;
        Score sum = Score.ZERO;
        for (Node child : group.children()) {
            sum = sum.plus(subtotal(child, rows, subtotals, rounding));
        }
        if (group.isBonus()) {
            Score cap = group.bonusCap().get();
            sum = sum.within(Score.ZERO.minus(cap), cap);
        }
        Score rounded = rounding.total(sum);
        subtotals.put(group.code(), rounded);
        return rounding.roundRows() ? rounded : sum;
    }

    private static Score notApplicableWeight(Node node, Map<String, RowScore> rows) {
        if (node instanceof Indicator indicator) {
            return rows.get(indicator.code()).decision() == Decision.NOT_APPLICABLE ? indicator.weightOrZero() : Score.ZERO;
        }
        Score sum = Score.ZERO;
        for (Node child : ((Group) node).children()) {
            sum = sum.plus(notApplicableWeight(child, rows));
        }
        return sum;
    }
}
