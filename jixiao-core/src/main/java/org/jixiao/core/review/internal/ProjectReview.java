package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.review.Stated;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.DefaultRules;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.TableKind;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.ScoringRule;

/**
 * Reviews a 项目支出绩效自评表: recovers the framework the table implies (the national template's
 * rules, the weights it states), scores it with the core and compares every stated figure.
 */
public final class ProjectReview {

    private static final String FUNDS = "FUNDS";

    private ProjectReview() {
    }

    public static Optional<ReviewedTable> review(PublishedTable table, int year) {
        return ProjectTableReader.read(table).map(parts -> new ProjectReview.Run(table, parts, year).review());
    }

    private static final class Run {
        private final PublishedTable table;
        private final ProjectTableReader.Parts parts;
        private final int year;
        private final String title;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, ProjectTableReader.IndicatorRow> rowsByCode = new LinkedHashMap<>();

        Run(PublishedTable table, ProjectTableReader.Parts parts, int year) {
            this.table = table;
            this.parts = parts;
            this.year = year;
            this.title = parts.projectName().isEmpty() ? table.title() : parts.projectName();
        }

        ReviewedTable review() {
            Optional<ProjectTableReader.FundsRow> fundsTotal = parts.funds().stream()
                    .filter(f -> ProjectTableReader.isTotalFunds(f.label())).findFirst();
            Score fundsWeight = fundsTotal.flatMap(f -> Cells.weight(f.cells().get(Column.WEIGHT))).orElse(Score.of(10));
            Framework framework = framework(fundsWeight);
            Evaluation evaluation = evaluation(framework, fundsTotal);
            ScoreSheet sheet = Scorer.score(framework, evaluation);
            RowChecks checks = new RowChecks(title, year, findings, parts.indicatorHeader().has(Column.DEVIATION),
                    fundsBlock().flatMap(f -> f.total().executed()));

            fundsTotal.ifPresent(f -> funds(f, fundsWeight));
            Score items = Score.ZERO;
            Score recomputed = Score.ZERO;
            Optional<Score> fundsReported = fundsTotal.flatMap(f -> number(f.cells().get(Column.SCORE))).map(Score::of);
            items = items.plus(fundsReported.orElse(Score.ZERO));
            recomputed = recomputed.plus(sheet.row(FUNDS).ruleScore().or(() -> fundsReported).orElse(Score.ZERO));
            Score weights = fundsWeight;
            for (RowScore row : sheet.rows()) {
                if (row.code().equals(FUNDS)) {
                    continue;
                }
                ProjectTableReader.IndicatorRow published = rowsByCode.get(row.code());
                Optional<Score> reported = row.reported();
                items = items.plus(reported.orElse(Score.ZERO));
                recomputed = recomputed.plus(RowChecks.recomputed(row, published.cell(Column.ACTUAL)).orElse(Score.ZERO));
                weights = weights.plus(row.indicator().weightOrZero());
                checks.row(row, published.line(), published.cell(Column.SCORE), published.cell(Column.ACTUAL));
            }
            Optional<Score> reportedTotal = parts.totalScore().flatMap(ProjectReview::number).map(Score::of);
            Optional<Score> totalWeight = parts.totalWeight().flatMap(ProjectReview::number).map(Score::of);
            if (reportedTotal.isPresent() && !reportedTotal.get().equals(items)) {
                findings.add(Finding.of(Check.TOTAL_MISMATCH, title, "总分", parts.totalLine(),
                        "总分" + reportedTotal.get() + "与各项得分之和" + items + "不符", items.toString(), reportedTotal.get().toString()));
            }
            Score fullMark = totalWeight.orElse(Score.of(100));
            if (!weights.equals(fullMark)) {
                findings.add(Finding.of(Check.WEIGHT_SUM, title, "总分", parts.totalLine(),
                        "各项分值之和为" + weights + "，与满分" + fullMark + "不符", fullMark.toString(), weights.toString()));
            }
            return new ReviewedTable(TableKind.PROJECT_SELF_EVALUATION, title, "第" + table.line() + "行", reportedTotal,
                    Optional.of(items), Optional.of(recomputed), Optional.empty(),
                    Optional.of(GradeScale.NATIONAL.gradeOf(recomputed).name()), findings);
        }

        private Framework framework(Score fundsWeight) {
            List<Node> nodes = new ArrayList<>();
            nodes.add(new Indicator(FUNDS, "预算执行率", Optional.of(fundsWeight), 1, Nature.QUANTITATIVE, Direction.AT_LEAST,
                    new TargetValue.None(""), new TargetValue.None(""), "", new ExecutionRate(), false, "", "", 0));
            Categories categories = new Categories();
            int n = 0;
            for (ProjectTableReader.IndicatorRow row : parts.indicators()) {
                String code = "R" + (++n);
                rowsByCode.put(code, row);
                categories.add(row.level1(), row.level2(), indicator(code, row));
            }
            nodes.addAll(categories.groups());
            return new Framework("published-project", title, year, FrameworkKind.PROJECT_SELF_EVALUATION,
                    Categories.weight(nodes), RoundingPolicy.STANDARD, GradeScale.NATIONAL, nodes, List.of(), false, "");
        }

        private Indicator indicator(String code, ProjectTableReader.IndicatorRow row) {
            String natureCell = Cells.compact(row.cell(Column.NATURE));
            String directionCell = Cells.compact(row.cell(Column.DIRECTION));
            TargetValue target = ValueText.target(row.cell(Column.TARGET));
            Nature nature = natureCell.equals("定性") ? Nature.QUALITATIVE
                    : natureCell.isEmpty() && !(target instanceof TargetValue.Numeric) ? Nature.QUALITATIVE : Nature.QUANTITATIVE;
            Direction direction = direction(directionCell.isEmpty() ? natureCell : directionCell, target);
            if (target instanceof TargetValue.Numeric numeric) {
                target = numeric.withDefaultComparison(direction.comparison().orElse(Comparison.AT_LEAST));
            }
            Optional<Score> weight = Cells.weight(row.cell(Column.WEIGHT));
            ScoringRule rule = DefaultRules.forIndicator(nature, direction, target, Qualitative.NATIONAL);
            return new Indicator(code, row.name(), weight, 3, nature, direction, target, new TargetValue.None(""),
                    Cells.compact(row.cell(Column.UNIT)), rule, false, "", "", row.line());
        }

        private static Direction direction(String text, TargetValue target) {
            switch (text) {
                case "正向", "大于等于", "大于", "≥", ">=", ">" -> {
                    return Direction.AT_LEAST;
                }
                case "反向", "小于等于", "小于", "≤", "<=", "<" -> {
                    return Direction.AT_MOST;
                }
                case "等于", "=" -> {
                    return Direction.EQUAL;
                }
                default -> {
                    if (target instanceof TargetValue.Numeric numeric && numeric.comparisonWritten()) {
                        return Direction.of(numeric.comparison());
                    }
                    return Direction.AT_LEAST;
                }
            }
        }

        private Evaluation evaluation(Framework framework, Optional<ProjectTableReader.FundsRow> fundsTotal) {
            Evaluation.Builder b = Evaluation.of(framework);
            fundsBlock().ifPresent(b::funds);
            fundsTotal.flatMap(f -> number(f.cells().get(Column.SCORE))).ifPresent(s -> b.reported(FUNDS, s.toPlainString()));
            rowsByCode.forEach((code, row) -> {
                b.actual(code, Actual.of(row.cell(Column.ACTUAL)));
                number(row.cell(Column.SCORE)).ifPresent(s -> b.reported(code, s.toPlainString()));
                b.deviationReason(code, Cells.compact(row.cell(Column.DEVIATION)));
            });
            return b.build();
        }

        private Optional<FundsBlock> fundsBlock() {
            return ProjectReview.fundsBlock(parts);
        }

        private void funds(ProjectTableReader.FundsRow total, Score weight) {
            fundsBlock().ifPresent(block -> block.mismatches().forEach(m -> findings.add(Finding.of(Check.AMOUNT_SUM_MISMATCH,
                    title, total.label(), total.line(), "年度资金总额的" + m.column() + "为" + m.stated().shown().toPlainString()
                            + "万元，各资金来源合计为" + m.sumOfSources().shown().toPlainString() + "万元",
                    m.sumOfSources().shown().toPlainString(), m.stated().shown().toPlainString()))));
            for (ProjectTableReader.FundsRow row : parts.funds()) {
                Optional<Amount> budget = amount(row.cells().get(Column.ADJUSTED_BUDGET));
                Optional<Amount> executed = amount(row.cells().get(Column.EXECUTED));
                String statedRate = row.cells().getOrDefault(Column.EXECUTION_RATE, "");
                if (budget.isEmpty() || executed.isEmpty() || budget.get().isZero() || number(statedRate).isEmpty()) {
                    continue;
                }
                Percentage rate = executed.get().percentOf(budget.get());
                BigDecimal stated = number(statedRate).get();
                int decimals = Cells.decimalsOf(statedRate);
                BigDecimal expected = rate.percent().setScale(decimals, RoundingMode.HALF_UP);
                boolean rateRight = stated.compareTo(expected) == 0;
                if (!rateRight) {
                    findings.add(Finding.of(Check.EXECUTION_RATE_MISMATCH, title, row.label(), row.line(),
                            "执行率应为 " + executed.get().shown() + " ÷ " + budget.get().shown() + " = " + expected.toPlainString()
                                    + "%，表中为" + stated.toPlainString() + "%", expected.toPlainString(), stated.toPlainString()));
                }
                if (row == total) {
                    number(row.cells().get(Column.SCORE)).ifPresent(score -> {
                        int scoreDecimals = Cells.decimalsOf(row.cells().get(Column.SCORE));
                        BigDecimal byRate = weight.times(rate.fraction().min(BigDecimal.ONE)).points().setScale(scoreDecimals, RoundingMode.HALF_UP);
                        BigDecimal byStatedRate = weight.times(stated.divide(BigDecimal.valueOf(100)).min(BigDecimal.ONE)).points()
                                .setScale(scoreDecimals, RoundingMode.HALF_UP);
                        // A score from the rate as published (rounded) is right only if that rate is.
                        if (score.compareTo(byRate) != 0 && !(rateRight && score.compareTo(byStatedRate) == 0)) {
                            findings.add(Finding.of(Check.EXECUTION_SCORE_MISMATCH, title, row.label(), row.line(),
                                    "预算执行率得分应为 " + weight + " × " + rate + " = " + byRate.toPlainString() + "，表中为"
                                            + score.toPlainString(), byRate.toPlainString(), score.toPlainString()));
                        }
                    });
                }
            }
        }

    }

    /** The funds block as the table states it: 年度资金总额 and its sources, in 万元; empty without a total row. */
    static Optional<FundsBlock> fundsBlock(ProjectTableReader.Parts parts) {
        FundsLine total = null;
        List<FundsLine> sources = new ArrayList<>();
        for (ProjectTableReader.FundsRow row : parts.funds()) {
            FundsLine line = new FundsLine(row.label(), amount(row.cells().get(Column.INITIAL_BUDGET)),
                    amount(row.cells().get(Column.ADJUSTED_BUDGET)), amount(row.cells().get(Column.EXECUTED)));
            if (ProjectTableReader.isTotalFunds(row.label()) && total == null) {
                total = line;
            } else {
                sources.add(line);
            }
        }
        return total == null ? Optional.empty() : Optional.of(new FundsBlock(total, sources));
    }

    private static Optional<BigDecimal> number(String cell) {
        return cell == null || Cells.isEmpty(cell) ? Optional.empty() : Cells.number(cell);
    }

    private static Optional<Amount> amount(String cell) {
        return number(cell).map(v -> new Amount(v, org.jixiao.core.number.MoneyUnit.WAN_YUAN));
    }

}
