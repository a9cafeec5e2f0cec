package org.jixiao.formats.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.YesNo;
import org.jixiao.formats.xlsx.FormLayout.Col;
import org.jixiao.formats.xlsx.XlsxWriter.Look;

/**
 * Writes one form sheet in the {@link FormLayout}: blank for a person to fill in (a template), or
 * filled with an evaluation and its scores (an export). Every group has its own row with its weight
 * and its subtotal as a formula over its children's 得分 cells (rounded as the framework rounds,
 * bonus groups capped), so a person who changes a score sees the sums follow; the 总分 is the sum of
 * the top-level rows. Where a formula cannot say what the scorer does (a rounding mode Excel has no
 * function for, rows that do not apply and rescale the total) an export writes the scorer's number
 * and a template leaves the cell empty.
 *
 * <p>Rows are laid out in a first pass, so each group's formula can name its children before they
 * are written, and the rows are then written in order and flushed as they go.
 */
final class FormWriter {

    private static final int FLUSH_EVERY = 1_000;
    /** SUM takes at most 255 arguments; longer lists are summed in parts. */
    private static final int SUM_ARGUMENTS = 200;

    private final Framework framework;
    private final FormLayout layout;
    private final XlsxWriter out;
    /** Null for a template. */
    private final Evaluation evaluation;
    /** Null for a template and for a target table (not scored). */
    private final ScoreSheet scores;
    private final Map<String, RowScore> rowScores = new HashMap<>();
    private final RoundingPolicy rounding;
    private final boolean fundsBlock;
    private final Optional<Indicator> fundsRow;
    private final Map<String, Integer> rows = new HashMap<>();
    private final String roundFunction;
    private int row;
    private int fundsTotalRow = -1;
    private int headerRow;
    private int firstBodyRow;
    private int lastBodyRow;
    private int written;

    private FormWriter(Framework framework, XlsxWriter out, Evaluation evaluation, ScoreSheet scores) {
        this.framework = framework;
        this.layout = FormLayout.of(framework.kind());
        this.out = out;
        this.evaluation = evaluation;
        this.scores = scores;
        if (scores != null) {
            for (RowScore r : scores.rows()) {
                rowScores.put(r.code(), r);
            }
        }
        this.rounding = framework.rounding();
        this.fundsBlock = FormLayout.hasFundsBlock(framework);
        this.fundsRow = framework.indicators().stream().filter(Indicator::isFundsRow).findFirst();
        this.roundFunction = roundFunction(rounding.mode());
    }

    /** A blank form for {@code framework}. Returns the row of the indicator table's header. */
    static int template(Framework framework, ScoreSheetXlsx.Title title, XlsxWriter out) {
        return new FormWriter(framework, out, null, null).write(title);
    }

    /** A filled form; {@code scores} is null for a target table. Returns the row of the indicator table's header. */
    static int filled(Framework framework, ScoreSheetXlsx.Title title, Evaluation evaluation, ScoreSheet scores, XlsxWriter out) {
        return new FormWriter(framework, out, evaluation, scores).write(title);
    }

    private boolean isTemplate() {
        return evaluation == null;
    }

    private boolean scored() {
        return framework.kind().isScored();
    }

    private int write(ScoreSheetXlsx.Title title) {
        for (int c = 0; c < layout.columns.size(); c++) {
            out.width(c, layout.columns.get(c).width);
        }
        // the rows above the indicator table: title, year, what is evaluated, the funds block
        int infoRows = framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION ? 3 : 2;
        int fundsRows = fundsBlock ? fundsLines().size() + 2 : 0;
        headerRow = FormLayout.FIRST_INFO_ROW + infoRows + 1 + fundsRows;
        out.freezeRows(headerRow + 1);
        out.printA4Landscape(headerRow, headerRow);

        header(title);
        if (fundsBlock) {
            funds();
        }
        row = headerRow;
        for (Col c : layout.columns) {
            out.text(row, layout.col(c), layout.heading(c), Look.HEADER);
        }
        row++;
        firstBodyRow = row;
        plan(framework.nodes());
        lastBodyRow = row - 1;
        row = firstBodyRow;
        for (Node node : framework.nodes()) {
            node(node, new ArrayList<>());
        }
        if (scored()) {
            total();
        }
        return headerRow;
    }

    // ------------------------------------------------------------------ above the table

    private void header(ScoreSheetXlsx.Title title) {
        int last = layout.last();
        out.text(FormLayout.TITLE_ROW, 0, FormLayout.formName(framework.kind()), Look.TITLE);
        out.merge(FormLayout.TITLE_ROW, 0, FormLayout.TITLE_ROW, last);
        out.text(FormLayout.YEAR_ROW, 0, "（" + title.year() + "年度）", Look.SUBTITLE);
        out.merge(FormLayout.YEAR_ROW, 0, FormLayout.YEAR_ROW, last);
        int r = FormLayout.FIRST_INFO_ROW;
        Look input = isTemplate() ? Look.INPUT : Look.WRAP;
        if (framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION) {
            info(r++, "项目名称", title.project(), input);
            info(r++, "实施单位", title.unit(), input);
        } else {
            info(r++, "单位名称", title.unit(), input);
        }
        info(r, "指标体系", framework.title() + "（" + framework.year() + "）", Look.WRAP);
    }

    private void info(int r, String label, String value, Look look) {
        out.text(r, 0, label, Look.BOLD);
        out.text(r, 1, value, look);
        out.merge(r, 1, r, Math.max(2, layout.col(Col.TARGET)));
    }

    private List<FundsLine> fundsLines() {
        Optional<FundsBlock> block = evaluation == null ? Optional.empty() : evaluation.funds();
        if (block.isPresent()) {
            List<FundsLine> lines = new ArrayList<>();
            lines.add(block.get().total());
            lines.addAll(block.get().sources());
            return lines;
        }
        return FormLayout.FUNDS_LINES.stream().map(n -> FundsLine.wan(n, "", "", "")).toList();
    }

    /** 项目资金（万元）: one heading row, then 年度资金总额 and its sources with 年初预算数, 全年预算数, 全年执行数. */
    private void funds() {
        List<FundsLine> lines = fundsLines();
        int top = FormLayout.FIRST_INFO_ROW + (framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION ? 3 : 2) + 1;
        int first = FormLayout.FUNDS_FIRST;
        out.text(top, 0, FormLayout.FUNDS_LABEL, Look.HEADER);
        out.merge(top, 0, top + lines.size(), 0);
        out.text(top, 1, "", Look.HEADER);
        for (int k = 0; k < FormLayout.FUNDS_HEADINGS.size(); k++) {
            out.text(top, first + k, FormLayout.FUNDS_HEADINGS.get(k), Look.HEADER);
        }
        int rateCol = first + 3;
        int weightCol = first + 4;
        int scoreCol = first + 5;
        fundsTotalRow = top + 1;
        for (int n = 0; n < lines.size(); n++) {
            int r = top + 1 + n;
            FundsLine line = lines.get(n);
            boolean total = n == 0;
            out.text(r, 0, "", Look.CELL);
            out.text(r, 1, line.name(), total ? Look.CELL_BOLD : Look.CELL);
            Look amounts = isTemplate() ? Look.INPUT : Look.CELL;
            amount(r, first, line.initialBudget(), amounts);
            amount(r, first + 1, line.adjustedBudget(), amounts);
            amount(r, first + 2, line.executed(), amounts);
            String budget = FormLayout.ref(r, first + 1);
            String executed = FormLayout.ref(r, first + 2);
            if (isTemplate()) {
                // IFERROR: amounts typed as text Excel cannot compute with leave the cell empty, not an error value
                out.formula(r, rateCol, "IFERROR(IF(" + budget + ">0," + executed + "/" + budget + ",\"\"),\"\")", "0.00%", Look.CELL);
            } else {
                BigDecimal rate = line.adjustedBudget().filter(b -> !b.isZero()).flatMap(b -> line.executed()
                        .map(e -> e.percentOf(b).fraction())).orElse(null);
                out.percent(r, rateCol, rate, Look.CELL);
            }
            if (total && fundsRow.isPresent()) {
                Indicator f = fundsRow.get();
                out.number(r, weightCol, f.weight().map(Score::points).orElse(null), scaleOf(f.weight()), Look.CELL_BOLD);
                if (isTemplate()) {
                    String weight = FormLayout.ref(r, weightCol);
                    String formula = roundFunction == null ? null : "IFERROR(IF(" + budget + ">0," + roundFunction + "(MIN(1," + executed
                            + "/" + budget + ")*" + weight + "," + rounding.fundsScale() + "),\"\"),\"\")";
                    if (formula == null || !out.formula(r, scoreCol, formula, rounding.fundsScale(), Look.INPUT)) {
                        out.number(r, scoreCol, null, rounding.fundsScale(), Look.INPUT);
                    }
                } else {
                    out.number(r, scoreCol, points(score(f.code())), rounding.fundsScale(), Look.CELL_BOLD);
                }
            } else {
                out.text(r, weightCol, total ? "" : "—", Look.CELL);
                out.text(r, scoreCol, total ? "" : "—", Look.CELL);
            }
        }
    }

    private void amount(int r, int c, Optional<Amount> amount, Look look) {
        out.number(r, c, amount.map(a -> a.in(MoneyUnit.WAN_YUAN).value()).orElse(null), 2, look);
    }

    // ------------------------------------------------------------------ the indicator table

    /** Gives every node its row, in table order; the funds row lives in the funds block. */
    private void plan(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Indicator indicator && indicator.isFundsRow() && fundsBlock) {
                continue;
            }
            rows.put(node.code(), row++);
            if (node instanceof Group group) {
                plan(group.children());
            }
        }
    }

    private void node(Node node, List<String> ancestors) {
        if (node instanceof Group group) {
            group(group, ancestors);
            List<String> inner = new ArrayList<>(ancestors);
            inner.add(group.name());
            for (Node child : group.children()) {
                node(child, inner);
            }
            return;
        }
        Indicator indicator = (Indicator) node;
        if (indicator.isFundsRow() && fundsBlock) {
            return;
        }
        indicator(indicator, ancestors);
    }

    private void group(Group group, List<String> ancestors) {
        blankRow(Look.CELL_BOLD);
        names(ancestors, group.name(), group.level(), Look.CELL_BOLD);
        if (scored()) {
            out.number(row, layout.col(Col.WEIGHT), group.weight().map(Score::points).orElse(null), scaleOf(group.weight()),
                    Look.CELL_BOLD);
            String formula = roundFunction == null ? null
                    : roundFunction + "(" + capped(group, sum(termsOf(group.children()))) + "," + rounding.totalScale() + ")";
            if (formula == null || !out.formula(row, layout.col(Col.SCORE), formula, rounding.totalScale(), Look.CELL_BOLD)) {
                out.number(row, layout.col(Col.SCORE), isTemplate() ? null : scores.subtotal(group.code()).map(Score::points)
                        .orElse(null), rounding.totalScale(), Look.CELL_BOLD);
            }
            out.text(row, layout.col(Col.NOTE), group.isBonus() ? FormLayout.SUBTOTAL + "（加减分，封顶" + group.bonusCap().get()
                    + "分）" : FormLayout.SUBTOTAL, Look.CELL_BOLD);
        }
        next();
    }

    private void indicator(Indicator indicator, List<String> ancestors) {
        blankRow(Look.CELL);
        names(ancestors, indicator.name(), indicator.level(), Look.CELL);
        out.text(row, layout.col(Col.TARGET), text(indicator.target().text()), Look.CELL);
        if (layout.has(Col.HALF_YEAR)) {
            out.text(row, layout.col(Col.HALF_YEAR), text(indicator.halfYearTarget().text()), Look.CELL);
        }
        out.text(row, layout.col(Col.UNIT), indicator.unitOfMeasure(), Look.CELL);
        if (layout.has(Col.METHOD)) {
            out.text(row, layout.col(Col.METHOD), indicator.method(), Look.CELL);
        }
        Look input = isTemplate() ? Look.INPUT : Look.CELL;
        int actual = layout.col(Col.ACTUAL);
        out.text(row, actual, isTemplate() ? "" : Actuals.text(evaluation.actual(indicator.code())), input);
        dropDown(indicator, actual);
        String reason = isTemplate() ? "" : evaluation.deviationReasons().getOrDefault(indicator.code(), "");
        out.text(row, layout.col(Col.REASON), reason, input);
        if (scored()) {
            out.number(row, layout.col(Col.WEIGHT), indicator.weight().map(Score::points).orElse(null),
                    scaleOf(indicator.weight()), Look.CELL);
            int scale = indicator.isFundsRow() ? rounding.fundsScale() : rounding.indicatorScale();
            out.number(row, layout.col(Col.SCORE), isTemplate() ? null : points(score(indicator.code())), scale, input);
        }
        String note = isTemplate() ? "" : note(indicator.code());
        out.text(row, layout.col(Col.NOTE), note, input);
        fitHeight(indicator, ancestors, reason, note);
        next();
    }

    private void fitHeight(Indicator indicator, List<String> ancestors, String reason, String note) {
        String[] texts = new String[layout.columns.size()];
        int[] widths = new int[texts.length];
        for (int c = 0; c < texts.length; c++) {
            widths[c] = layout.columns.get(c).width;
        }
        for (int k = 0; k < ancestors.size() && k < 2; k++) {
            texts[k] = ancestors.get(k);
        }
        texts[layout.col(Col.LEVEL3)] = indicator.name();
        texts[layout.col(Col.TARGET)] = indicator.target().text();
        texts[layout.col(Col.REASON)] = reason;
        texts[layout.col(Col.NOTE)] = note;
        if (!isTemplate()) {
            texts[layout.col(Col.ACTUAL)] = Actuals.text(evaluation.actual(indicator.code()));
        }
        if (layout.has(Col.METHOD)) {
            texts[layout.col(Col.METHOD)] = indicator.method();
        }
        int height = XlsxWriter.heightFor(texts, widths);
        if (height > 18) {
            out.height(row, height);
        }
    }

    /** A drop-down of the answers the rule knows (评价档次, 是/否); other answers stay possible, with a warning. */
    private void dropDown(Indicator indicator, int col) {
        Set<String> items = new LinkedHashSet<>();
        if (indicator.rule() instanceof GradedLabels labels) {
            labels.grades().forEach(g -> items.addAll(g.names()));
        } else if (indicator.rule() instanceof YesNo yesNo) {
            items.addAll(yesNo.yes());
            items.addAll(yesNo.no());
        }
        if (!items.isEmpty()) {
            out.dropDown(row, col, row, col, List.copyOf(items), false);
        }
    }

    private void blankRow(Look look) {
        for (int c = 0; c <= layout.last(); c++) {
            out.text(row, c, "", look);
        }
    }

    /** The ancestors' names in their columns, the node's own in its level's (parts of an indicator under 三级, in brackets). */
    private void names(List<String> ancestors, String name, int level, Look look) {
        int own = Math.min(Math.max(level, 1), 3) - 1;
        for (int k = 0; k < ancestors.size() && k < own; k++) {
            out.text(row, k, ancestors.get(k), look);
        }
        out.text(row, own, level > 3 ? "（" + name + "）" : name, look);
    }

    private String note(String code) {
        RowScore score = rowScores.get(code);
        if (score == null) {
            String na = evaluation.notApplicable().get(code);
            return na == null ? "" : FormLayout.NOT_APPLICABLE + na;
        }
        return switch (score.decision()) {
            case JUDGEMENT -> FormLayout.JUDGEMENT + score.judgement().map(j -> j.justification()).orElse("");
            case NOT_APPLICABLE -> FormLayout.NOT_APPLICABLE + evaluation.notApplicable().getOrDefault(code, "");
            case PENDING -> FormLayout.PENDING;
            case RULE -> score.reported().filter(r -> score.score().map(s -> s.compareTo(r) != 0).orElse(true))
                    .map(r -> FormLayout.REPORTED + r).orElse("");
        };
    }

    private void next() {
        row++;
        if (++written % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    // ------------------------------------------------------------------ 总分 and 等级

    private void total() {
        int scoreCol = layout.col(Col.SCORE);
        blankRow(Look.CELL_BOLD);
        out.text(row, 0, FormLayout.TOTAL, Look.CELL_BOLD);
        out.merge(row, 0, row, 2);
        out.number(row, layout.col(Col.WEIGHT), framework.fullMark().points(), Math.max(0, framework.fullMark().points().scale()),
                Look.CELL_BOLD);
        boolean rescaled = scores != null && scores.rescale().compareTo(BigDecimal.ONE) != 0;
        String formula = roundFunction == null || rescaled ? null
                : "MAX(0," + roundFunction + "(" + sum(termsOf(framework.nodes())) + "," + rounding.totalScale() + "))";
        if (formula == null || !out.formula(row, scoreCol, formula, rounding.totalScale(), Look.CELL_BOLD)) {
            out.number(row, scoreCol, scores == null ? null : scores.total().points(), rounding.totalScale(), Look.CELL_BOLD);
        }
        List<String> notes = new ArrayList<>();
        if (scores != null && !scores.isComplete()) {
            notes.add("尚有" + scores.pending().size() + "项待认定，总分未含其得分");
        }
        if (rescaled) {
            notes.add("因有不适用指标，按适用指标折算");
        }
        out.text(row, layout.col(Col.NOTE), String.join("；", notes), Look.CELL_BOLD);
        int totalRow = row;
        next();

        blankRow(Look.CELL_BOLD);
        out.text(row, 0, FormLayout.GRADE, Look.CELL_BOLD);
        out.merge(row, 0, row, 2);
        if (isTemplate()) {
            String grade = gradeFormula(FormLayout.ref(totalRow, scoreCol));
            if (grade == null || !out.textFormula(row, scoreCol, grade, Look.CELL_BOLD)) {
                out.text(row, scoreCol, "", Look.INPUT);
            }
        } else {
            out.text(row, scoreCol, scores.grade().map(g -> g.name()).orElse("未定"), Look.CELL_BOLD);
        }
        next();
    }

    /** IF(no score typed yet,"",IF(total>=90,"优",IF(total>=80,"良",…))). */
    private String gradeFormula(String total) {
        GradeScale scale = framework.grades();
        String value = scale.wholePoints() ? "ROUND(" + total + ",0)" : total;
        // nothing entered yet, no grade: the 得分 column always holds numbers (its subtotal formulas)
        int actual = layout.col(Col.ACTUAL);
        StringBuilder f = new StringBuilder("IF(COUNTA(" + FormLayout.ref(firstBodyRow, actual) + ":"
                + FormLayout.ref(Math.max(firstBodyRow, lastBodyRow), actual) + ")=0,\"\",");
        List<GradeScale.Band> bands = scale.bands();
        for (int i = 0; i < bands.size(); i++) {
            String name = "\"" + bands.get(i).grade().name().replace("\"", "\"\"") + "\"";
            if (i == bands.size() - 1) {
                f.append(name);
            } else {
                f.append("IF(").append(value).append(">=").append(bands.get(i).floor().toPlainString()).append(',')
                        .append(name).append(',');
            }
        }
        f.append(")".repeat(bands.size()));
        return f.toString();
    }

    // ------------------------------------------------------------------ formulas

    /** The terms summed for a list of sibling nodes: their score cells (runs of rows as ranges), or nested sums. */
    private List<String> termsOf(List<Node> nodes) {
        List<String> terms = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Node node : nodes) {
            boolean cell = node instanceof Indicator || rounding.roundRows();
            if (cell) {
                int r = scoreRow(node);
                int c = scoreColumn(node);
                if (c == layout.col(Col.SCORE) && runStart >= 0 && r == runEnd + 1) {
                    runEnd = r;
                    continue;
                }
                flush(terms, runStart, runEnd);
                if (c == layout.col(Col.SCORE)) {
                    runStart = r;
                    runEnd = r;
                } else {
                    runStart = -1;
                    terms.add(FormLayout.ref(r, c));
                }
            } else {
                flush(terms, runStart, runEnd);
                runStart = -1;
                Group group = (Group) node;
                terms.add(capped(group, sum(termsOf(group.children()))));
            }
        }
        flush(terms, runStart, runEnd);
        return terms;
    }

    private void flush(List<String> terms, int start, int end) {
        if (start < 0) {
            return;
        }
        int col = layout.col(Col.SCORE);
        terms.add(start == end ? FormLayout.ref(start, col) : FormLayout.ref(start, col) + ":" + FormLayout.ref(end, col));
    }

    private int scoreRow(Node node) {
        if (node instanceof Indicator indicator && indicator.isFundsRow() && fundsBlock) {
            return fundsTotalRow;
        }
        return rows.get(node.code());
    }

    private int scoreColumn(Node node) {
        if (node instanceof Indicator indicator && indicator.isFundsRow() && fundsBlock) {
            return FormLayout.FUNDS_FIRST + 5;
        }
        return layout.col(Col.SCORE);
    }

    private static String sum(List<String> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        if (terms.size() <= SUM_ARGUMENTS) {
            return "SUM(" + String.join(",", terms) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i += SUM_ARGUMENTS) {
            parts.add(sum(terms.subList(i, Math.min(terms.size(), i + SUM_ARGUMENTS))));
        }
        return sum(parts);
    }

    private static String capped(Group group, String sum) {
        if (!group.isBonus()) {
            return sum;
        }
        String cap = group.bonusCap().get().points().toPlainString();
        return "MAX(-" + cap + ",MIN(" + cap + "," + sum + "))";
    }

    /** Excel's function for the framework's rounding mode, or null where Excel has none (HALF_EVEN …). */
    private static String roundFunction(RoundingMode mode) {
        return switch (mode) {
            case HALF_UP -> "ROUND";
            case DOWN -> "ROUNDDOWN";
            case UP -> "ROUNDUP";
            default -> null;
        };
    }

    // ------------------------------------------------------------------ values

    private Optional<Score> score(String code) {
        RowScore r = rowScores.get(code);
        return r == null ? Optional.empty() : r.score();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static BigDecimal points(Optional<Score> score) {
        return score.map(Score::points).orElse(null);
    }

    private static int scaleOf(Optional<Score> weight) {
        return weight.map(w -> Math.max(0, w.points().scale())).orElse(0);
    }
}
