package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.DefaultRules;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
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
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.TableKind;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.RuleOutcome;
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
            Score fundsWeight = fundsTotal.flatMap(f -> number(f.cells().get(Column.WEIGHT))).map(Score::of).orElse(Score.of(10));
            Framework framework = framework(fundsWeight);
            Evaluation evaluation = evaluation(framework, fundsTotal);
            ScoreSheet sheet = Scorer.score(framework, evaluation);

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
                recomputed = recomputed.plus(row.ruleScore().or(() -> reported).orElse(Score.ZERO));
                weights = weights.plus(row.indicator().weightOrZero());
                indicator(row, published, sheet);
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
            Map<String, Map<String, List<Node>>> tree = new LinkedHashMap<>();
            int n = 0;
            for (ProjectTableReader.IndicatorRow row : parts.indicators()) {
                String code = "R" + (++n);
                rowsByCode.put(code, row);
                tree.computeIfAbsent(row.level1(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.level2(), k -> new ArrayList<>())
                        .add(indicator(code, row));
            }
            int g1 = 0;
            for (Map.Entry<String, Map<String, List<Node>>> level1 : tree.entrySet()) {
                List<Node> level2Nodes = new ArrayList<>();
                int g2 = 0;
                g1++;
                for (Map.Entry<String, List<Node>> level2 : level1.getValue().entrySet()) {
                    level2Nodes.add(new Group("G" + g1 + "." + (++g2), level2.getKey(), Optional.of(sum(level2.getValue())), 2,
                            level2.getValue(), Optional.empty(), 0));
                }
                nodes.add(new Group("G" + g1, level1.getKey(), Optional.of(sum(level2Nodes)), 1, level2Nodes, Optional.empty(), 0));
            }
            return new Framework("published-project", title, year, FrameworkKind.PROJECT_SELF_EVALUATION,
                    sum(nodes), RoundingPolicy.STANDARD, GradeScale.NATIONAL, nodes, List.of(), false, "");
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
            Optional<Score> weight = number(row.cell(Column.WEIGHT)).map(Score::of);
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

        private void indicator(RowScore row, ProjectTableReader.IndicatorRow published, ScoreSheet sheet) {
            String name = row.indicator().name();
            int line = published.line();
            Score weight = row.indicator().weightOrZero();
            Optional<Score> reported = row.reported();
            if (reported.isEmpty()) {
                findings.add(Finding.of(Check.SCORE_MISSING, title, name, line, "“" + name + "”没有得分", "", ""));
            } else if (reported.get().isGreaterThan(weight)) {
                findings.add(Finding.of(Check.SCORE_OVER_WEIGHT, title, name, line,
                        "得分" + reported.get() + "超过分值" + weight, weight.toString(), reported.get().toString()));
            }
            if (row.indicator().target() instanceof TargetValue.Dated dated && !dated.period().touchesYear(year)) {
                findings.add(Finding.of(Check.DATE_OUTSIDE_YEAR, title, name, line, "指标值“" + Cells.compact(dated.text())
                        + "”不在" + year + "年度内", String.valueOf(year), Cells.compact(dated.text())));
            }
            RuleOutcome outcome = row.outcome();
            if (outcome instanceof RuleOutcome.NeedsJudgement undecided) {
                undecided(row, undecided, reported, sheet, line);
            } else if (reported.isPresent()) {
                decided(row, reported.get(), published.cell(Column.SCORE), line);
            }
            if (reported.isPresent() && reported.get().isLessThan(weight) && row.deviationReason().isBlank()
                    && parts.indicatorHeader().has(Column.DEVIATION)) {
                findings.add(Finding.of(Check.DEVIATION_REASON_MISSING, title, name, line,
                        "扣" + weight.minus(reported.get()) + "分，但未填写偏差原因分析及改进措施", "", ""));
            }
        }

        private void decided(RowScore row, Score reported, String reportedCell, int line) {
            String name = row.indicator().name();
            Score weight = row.indicator().weightOrZero();
            Score exact = row.exact().orElseThrow();
            Score rule = row.ruleScore().orElseThrow();
            if (rule.equals(reported)) {
                return;
            }
            String because = ((RuleOutcome.Scored) row.outcome()).explanation();
            if (reported.equals(weight) && exact.isLessThan(weight)) {
                findings.add(Finding.of(Check.FULL_SCORE_TARGET_MISSED, title, name, line,
                        "未完成目标却得满分：" + because + "，应得" + rule + "分", rule.toString(), reported.toString()));
            } else if (reported.isLessThan(weight) && exact.equals(weight)) {
                findings.add(Finding.of(Check.PARTIAL_SCORE_TARGET_MET, title, name, line,
                        "已完成目标却未得满分：" + because, rule.toString(), reported.toString()));
            } else if (exact.points().setScale(Cells.decimalsOf(reportedCell), RoundingMode.HALF_UP).compareTo(reported.points()) == 0) {
                findings.add(Finding.of(Check.ROUNDING, title, name, line, "规则计算得" + exact.points().setScale(4, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + "分，保留两位小数为" + rule + "分，表中保留" + Cells.decimalsOf(reportedCell)
                        + "位小数为" + reported + "分，仅为舍入差异", rule.toString(), reported.toString()));
            } else {
                findings.add(Finding.of(Check.SCORE_RULE_MISMATCH, title, name, line,
                        "得分" + reported + "与评分规则计算结果" + rule + "不符：" + because, rule.toString(), reported.toString()));
            }
        }

        private void undecided(RowScore row, RuleOutcome.NeedsJudgement undecided, Optional<Score> reported, ScoreSheet sheet,
                               int line) {
            String name = row.indicator().name();
            switch (undecided.reason()) {
                case VALUE_MISSING, TARGET_MISSING -> findings.add(Finding.of(Check.VALUE_MISSING, title, name, line,
                        undecided.message(), "", ""));
                default -> {
                    Severity severity = Check.NEEDS_JUDGEMENT.severity();
                    String message = undecided.message();
                    Optional<Amount> executed = sheet.framework().indicator(FUNDS).isPresent()
                            ? fundsBlock().flatMap(f -> f.total().executed()) : Optional.empty();
                    if (row.indicator().rule() instanceof Reverse && undecided.reason() == RuleOutcome.Undecided.ZERO_ACTUAL
                            && executed.isPresent() && !executed.get().isZero() && reported.isPresent()
                            && reported.get().equals(row.indicator().weightOrZero())) {
                        // A cost of 0 while money was spent, scored full: worth a look, not just a note.
                        severity = Severity.WARNING;
                        message = "实际成本填为0，但项目全年执行数为" + executed.get().shown().toPlainString() + "万元，却得满分；" + message;
                    }
                    findings.add(new Finding(Check.NEEDS_JUDGEMENT, severity, title, name, "第" + line + "行",
                            message + (reported.isPresent() ? "（表中得分" + reported.get() + "）" : ""), "",
                            reported.map(Score::toString).orElse("")));
                }
            }
        }
    }

    private static Optional<BigDecimal> number(String cell) {
        return cell == null || Cells.isEmpty(cell) ? Optional.empty() : Cells.number(cell);
    }

    private static Optional<Amount> amount(String cell) {
        return number(cell).map(v -> new Amount(v, org.jixiao.core.number.MoneyUnit.WAN_YUAN));
    }

    private static Score sum(List<Node> nodes) {
        return nodes.stream().map(n -> n.weight().orElse(Score.ZERO)).reduce(Score.ZERO, Score::plus);
    }
}
