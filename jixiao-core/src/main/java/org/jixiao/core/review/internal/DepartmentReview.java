package org.jixiao.core.review.internal;

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
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.CompiledRule;
import org.jixiao.core.method.RuleCompiler;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.TableKind;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.ScoringRule;

/**
 * Reviews a department evaluation score table (部门整体支出绩效评价指标得分表) laid out in columns:
 * 一级/二级/三级指标, 标准值, 完成值, 权值, 得分, 评分办法. Rules come from the table's own 评分办法
 * text through the rule compiler; a text it cannot compile leaves the row to a person.
 */
public final class DepartmentReview {

    private DepartmentReview() {
    }

    public static Optional<ReviewedTable> review(PublishedTable table, int year) {
        return DepartmentTableReader.read(table).map(parts -> new Run(table, parts, year).review());
    }

    private static final class Run {
        private final PublishedTable table;
        private final DepartmentTableReader.Parts parts;
        private final Header header;
        private final PublishedTable.Row total;
        private final int year;
        private final String title;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, Map<Column, String>> cellsByCode = new LinkedHashMap<>();
        private final Map<String, Integer> lineByCode = new LinkedHashMap<>();
        /** Subtotals a table states on a category row (一级/二级 filled, 三级 blank, a score): group name → cell, line. */
        private final List<StatedSubtotal> statedSubtotals = new ArrayList<>();
        /** Which categories each indicator belongs to, by code. */
        private final Map<String, List<String>> groupsByCode = new LinkedHashMap<>();

        private record StatedSubtotal(String group, String cell, int line) {
        }

        Run(PublishedTable table, DepartmentTableReader.Parts parts, int year) {
            this.table = table;
            this.parts = parts;
            this.header = parts.header();
            this.total = parts.total();
            this.year = year;
            this.title = table.title();
        }

        ReviewedTable review() {
            Framework framework = framework();
            Evaluation.Builder b = Evaluation.of(framework);
            cellsByCode.forEach((code, cells) -> {
                b.actual(code, Actual.of(cells.getOrDefault(Column.ACTUAL, "")));
                Cells.number(cells.getOrDefault(Column.SCORE, "")).ifPresent(s -> b.reported(code, s.toPlainString()));
            });
            ScoreSheet sheet = Scorer.score(framework, b.build());
            RowChecks checks = new RowChecks(title, year, findings, header.has(Column.DEVIATION), Optional.empty());
            Score items = Score.ZERO;
            Score recomputed = Score.ZERO;
            Score weights = Score.ZERO;
            for (RowScore row : sheet.rows()) {
                Map<Column, String> cells = cellsByCode.get(row.code());
                String actual = cells.getOrDefault(Column.ACTUAL, "");
                items = items.plus(row.reported().orElse(Score.ZERO));
                recomputed = recomputed.plus(RowChecks.recomputed(row, actual).orElse(Score.ZERO));
                weights = weights.plus(row.indicator().weightOrZero());
                checks.row(row, lineByCode.get(row.code()), cells.getOrDefault(Column.SCORE, ""), actual);
            }
            subtotals(sheet);
            Optional<Score> reportedTotal = Optional.empty();
            if (total != null) {
                Map<Column, String> cells = header.read(total);
                reportedTotal = Cells.number(cells.getOrDefault(Column.SCORE, "")).map(Score::of);
                Optional<Score> totalWeight = Cells.number(cells.getOrDefault(Column.WEIGHT, "")).map(Score::of);
                if (reportedTotal.isPresent() && !reportedTotal.get().equals(items)) {
                    findings.add(Finding.of(Check.TOTAL_MISMATCH, title, "合计", total.line(),
                            "合计得分" + reportedTotal.get() + "与各项得分之和" + items + "不符"
                                    + (findings.stream().anyMatch(f -> f.check() == Check.SCORE_MISSING) ? "（部分指标未填写得分）" : ""),
                            items.toString(), reportedTotal.get().toString()));
                }
                if (totalWeight.isPresent() && !totalWeight.get().equals(weights)) {
                    findings.add(Finding.of(Check.WEIGHT_SUM, title, "合计", total.line(),
                            "各项权值之和为" + weights + "，与合计" + totalWeight.get() + "不符", totalWeight.get().toString(), weights.toString()));
                }
            }
            return new ReviewedTable(TableKind.DEPARTMENT_EVALUATION, title, "第" + table.line() + "行", reportedTotal,
                    Optional.of(items), Optional.of(recomputed), Optional.empty(),
                    Optional.of(GradeScale.NATIONAL.gradeOf(recomputed).name()), findings);
        }

        private Framework framework() {
            Categories categories = new Categories();
            int n = 0;
            for (DepartmentTableReader.Row row : DepartmentTableReader.rows(parts)) {
                if (row.isCategory()) {
                    subtotalRow(row.cells(), row.line());
                    continue;
                }
                String code = row.code().isEmpty() ? "R" + (++n) : row.code();
                if (cellsByCode.containsKey(code)) {
                    code = code + "#" + row.line();
                }
                cellsByCode.put(code, row.cells());
                lineByCode.put(code, row.line());
                groupsByCode.put(code, List.of(row.level1(), row.level2()));
                categories.add(row.level1(), row.level2(), indicator(code, row.name(), row.cells(), row.line()));
            }
            List<Node> nodes = categories.groups();
            return new Framework("published-department", title, year, FrameworkKind.DEPARTMENT_EVALUATION, Categories.weight(nodes),
                    RoundingPolicy.STANDARD, GradeScale.NATIONAL, nodes, List.of(), false, "");
        }

        /** A category row with a score of its own ("A部门决策 | | | … | 15"): a subtotal to check. */
        private void subtotalRow(Map<Column, String> cells, int line) {
            String level1 = Cells.compact(cells.getOrDefault(Column.LEVEL1, ""));
            String level2 = Cells.compact(cells.getOrDefault(Column.LEVEL2, ""));
            String score = cells.getOrDefault(Column.SCORE, "");
            String group = !level2.isEmpty() && !Cells.isEmpty(level2) ? level2 : level1;
            if (!Cells.isEmpty(group) && Column.of(group).isEmpty() && Cells.number(score).isPresent()) {
                statedSubtotals.add(new StatedSubtotal(group, score, line));
            }
        }

        /** Every stated subtotal against the stated scores of the indicators under it. */
        private void subtotals(ScoreSheet sheet) {
            for (StatedSubtotal stated : statedSubtotals) {
                Score sum = Score.ZERO;
                boolean any = false;
                for (RowScore row : sheet.rows()) {
                    if (groupsByCode.getOrDefault(row.code(), List.of()).contains(stated.group())) {
                        sum = sum.plus(row.reported().orElse(Score.ZERO));
                        any = true;
                    }
                }
                Score subtotal = Score.of(Cells.number(stated.cell()).orElseThrow());
                if (any && !sum.equals(subtotal)) {
                    findings.add(Finding.of(Check.SUBTOTAL_MISMATCH, title, stated.group(), stated.line(),
                            "“" + stated.group() + "”小计" + subtotal + "与其下各项得分之和" + sum + "不符", sum.toString(), subtotal.toString()));
                }
            }
        }

        private Indicator indicator(String code, String name, Map<Column, String> cells, int line) {
            String weightCell = cells.getOrDefault(Column.WEIGHT, "");
            Optional<Score> weight = Cells.weight(weightCell);
            TargetValue target = ValueText.target(cells.getOrDefault(Column.TARGET, ""));
            Nature nature = target instanceof TargetValue.Numeric ? Nature.QUANTITATIVE : Nature.QUALITATIVE;
            Direction direction = target instanceof TargetValue.Numeric numeric && numeric.comparisonWritten()
                    ? Direction.of(numeric.comparison()) : Direction.AT_LEAST;
            if (target instanceof TargetValue.Numeric numeric) {
                target = numeric.withDefaultComparison(direction.comparison().orElse(Comparison.AT_LEAST));
            }
            String method = cells.getOrDefault(Column.METHOD, "");
            ScoringRule rule;
            if (Cells.isEmpty(method)) {
                rule = new Manual("评分办法未填写");
            } else {
                CompiledRule compiled = RuleCompiler.compile(method, new CompileContext(weight, target,
                        nature == Nature.QUANTITATIVE ? CompileContext.Nature.QUANTITATIVE : CompileContext.Nature.QUALITATIVE,
                        direction.comparison()));
                rule = compiled.rule();
            }
            return new Indicator(code, name, weight, 3, nature, direction, target, new TargetValue.None(""),
                    "", rule, true, method, Cells.compact(cells.getOrDefault(Column.NOTES, "")), line);
        }
    }


}
