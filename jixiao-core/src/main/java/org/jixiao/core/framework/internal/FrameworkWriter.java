package org.jixiao.core.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.core.framework.DefaultRules;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.ScoringRule;

/**
 * Writes a framework as framework text (docs/frameworks.md), the inverse of {@link FrameworkParser}:
 * header items only where they differ from the parser's defaults, every node with two spaces per
 * level, an indicator's attributes only where the parser would not derive the same value, stated
 * rules in the {@code rule:} notation, and the amount tables as written. Comments are not part of a
 * framework and are not written. Whether the text reads back the same is checked by the caller.
 */
public final class FrameworkWriter {

    private static final Score HUNDRED = Score.of(100);

    private final StringBuilder out = new StringBuilder();
    private final Qualitative bands;

    private FrameworkWriter(Qualitative bands) {
        this.bands = bands;
    }

    public static String write(Framework framework) {
        FrameworkWriter writer = new FrameworkWriter(defaultBands(framework));
        writer.header(framework);
        writer.line(0, "");
        writer.line(0, "indicators:");
        for (Node node : framework.nodes()) {
            writer.node(node, 0);
        }
        for (AmountTable table : framework.amounts()) {
            writer.table(table);
        }
        return writer.out.toString();
    }

    /**
     * The {@code qualitative-bands:} header: the bands of the 定性 indicators whose rule is the
     * default, which must all be the same since the file states them once.
     */
    private static Qualitative defaultBands(Framework framework) {
        List<Qualitative> used = framework.indicators().stream()
                .filter(i -> !i.ruleStated() && i.rule() instanceof Qualitative)
                .map(i -> (Qualitative) i.rule()).distinct().toList();
        if (used.size() > 1) {
            throw new IllegalArgumentException("未写明评分规则的定性指标使用了不同的分档（"
                    + used.stream().map(Qualitative::floorsText).collect(Collectors.joining("、"))
                    + "），文本只能写一个 qualitative-bands");
        }
        return used.isEmpty() ? Qualitative.NATIONAL : used.get(0);
    }

    private void header(Framework f) {
        line(0, "framework: " + f.id());
        line(0, "title: " + f.title());
        line(0, "year: " + f.year());
        line(0, "kind: " + f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (f.kind().isScored() || !f.fullMark().equals(HUNDRED)) {
            line(0, "full-mark: " + f.fullMark());
        }
        RoundingPolicy r = f.rounding();
        if (!r.equals(RoundingPolicy.STANDARD)) {
            line(0, "rounding: indicator=" + r.indicatorScale() + " funds=" + r.fundsScale() + " total=" + r.totalScale()
                    + " mode=" + r.mode().name() + " rows=" + (r.roundRows() ? "yes" : "no"));
        }
        if (!f.grades().equals(GradeScale.NATIONAL)) {
            line(0, "grades: " + f.grades().bands().stream()
                    .map(b -> b.grade().name() + ">=" + b.floor().toPlainString()).collect(Collectors.joining(" "))
                    + (f.grades().wholePoints() ? " whole-points" : ""));
        }
        if (!bands.equals(Qualitative.NATIONAL)) {
            line(0, "qualitative-bands: " + bands.floorsText());
        }
        if (f.template()) {
            line(0, "template: yes");
        }
    }

    private void node(Node node, int depth) {
        line(depth, node.code() + " | " + node.name() + node.weight().map(w -> " | " + w).orElse(""));
        if (node instanceof Group group) {
            group.bonusCap().ifPresent(cap -> line(depth + 1, "bonus-cap: " + cap));
            for (Node child : group.children()) {
                node(child, depth + 1);
            }
        } else {
            indicator((Indicator) node, depth + 1);
        }
    }

    private void indicator(Indicator i, int depth) {
        List<String> lines = new ArrayList<>();
        TargetValue target = i.target();
        Nature nature = target instanceof TargetValue.Numeric ? Nature.QUANTITATIVE : Nature.QUALITATIVE;
        if (i.nature() != nature) {
            lines.add("nature: " + i.nature().label());
        }
        if (i.direction() != Direction.impliedBy(target)) {
            lines.add("direction: " + i.direction().label());
        }
        if (!target.text().isEmpty()) {
            lines.add("target: " + target.text());
        }
        if (!i.halfYearTarget().text().isEmpty()) {
            lines.add("half-year: " + i.halfYearTarget().text());
        }
        String unit = target instanceof TargetValue.Numeric n ? n.quantity().unit() : "";
        if (!i.unitOfMeasure().equals(unit)) {
            lines.add(("unit: " + i.unitOfMeasure()).strip());
        }
        if (i.ruleStated()) {
            RuleNotation.Written rule = RuleNotation.of(i.rule());
            lines.add("rule: " + rule.spec());
            rule.items().forEach(item -> lines.add("item: " + item));
        } else {
            ScoringRule standard = DefaultRules.forIndicator(i.nature(), i.direction(), target, bands);
            if (!standard.equals(i.rule())) {
                throw new IllegalArgumentException("指标“" + i.code() + "”未写明评分规则，但其规则（" + i.rule().kind()
                        + "）不是模板默认规则（" + standard.kind() + "），读回时会变成默认规则");
            }
        }
        if (!i.method().isEmpty()) {
            lines.add("method: " + i.method());
        }
        if (!i.notes().isEmpty()) {
            lines.add("notes: " + i.notes());
        }
        if (lines.isEmpty()) {
            // A leaf without attributes reads as an empty category: an indicator states at least its nature.
            lines.add("nature: " + i.nature().label());
        }
        lines.forEach(l -> line(depth, l));
    }

    private void table(AmountTable table) {
        line(0, "");
        line(0, "amounts: " + table.name() + " " + table.unit().label());
        line(1, "columns: " + String.join(" | ", table.columns()));
        for (AmountRow row : table.rows()) {
            row(table, row, 1);
        }
    }

    private void row(AmountTable table, AmountRow row, int depth) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        for (String column : table.columns()) {
            cells.add(row.value(column).map(a -> plain(a.value())).orElse(""));
        }
        // stripped: a row without a label must not start with a blank, which would shift its indentation
        line(depth, String.join(" | ", cells).strip());
        for (AmountRow child : row.children()) {
            row(table, child, depth + 1);
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private void line(int depth, String text) {
        if (!text.isEmpty()) {
            out.append("  ".repeat(depth));
        }
        out.append(text).append('\n');
    }
}
