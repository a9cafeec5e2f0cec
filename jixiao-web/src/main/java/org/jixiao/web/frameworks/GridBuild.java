package org.jixiao.web.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.framework.DefaultRules;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.ScoringRule;

/**
 * The framework a grid describes: the stored one with the typed cells put in. An indicator keeps
 * everything the grid does not show (nature, direction, stated rule, notes); what the file leaves to
 * the parser's defaults (the nature and direction a target implies, the template rule) follows a
 * changed target, as it would had the target been changed in the text. Cells that cannot be read
 * are problems; the framework is still built without them, so that the page can check the rest.
 */
final class GridBuild {

    /** A cell that cannot go into the framework; {@code code} names its message {@code frameworks.table.cell.CODE}. */
    record CellProblem(String code, List<String> args, String anchor) {
        public Object[] argsArray() {
            return args.toArray();
        }
    }

    /** What was built: the framework, the problems, and the indicator of each grid row (null for a group). */
    record Built(Framework framework, List<CellProblem> problems, List<Indicator> indicators) {
    }

    /** The longest text a cell may hold; a 评分办法 is a paragraph, not a document. */
    static final int MAX_CELL = 2_000;

    private final Framework base;
    private final Map<String, Node> baseNodes = new HashMap<>();
    private final Qualitative bands;
    private final List<CellProblem> problems = new ArrayList<>();

    private GridBuild(Framework base) {
        this.base = base;
        index(base.nodes());
        this.bands = base.indicators().stream().filter(i -> !i.ruleStated() && i.rule() instanceof Qualitative)
                .map(i -> (Qualitative) i.rule()).findFirst().orElse(Qualitative.NATIONAL);
    }

    static Built build(Framework base, TableGrid grid) {
        return new GridBuild(base).run(grid);
    }

    /** A node being built: a group collects its children until the grid moves past it. */
    private record Draft(Group group, List<Object> children) {
    }

    private Built run(TableGrid grid) {
        List<Object> roots = new ArrayList<>();
        List<Draft> open = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            TableGrid.Row row = grid.rows().get(i);
            String anchor = "grow-" + i;
            indicators.add(null);
            while (open.size() >= row.level() && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
            if (row.level() < 1 || open.size() != row.level() - 1) {
                problem("STRUCTURE", anchor, row.code());
                continue;
            }
            List<Object> siblings = open.isEmpty() ? roots : open.get(open.size() - 1).children();
            Optional<Score> weight = weight(row, anchor);
            if (row.group()) {
                Optional<Score> cap = baseNodes.get(row.code()) instanceof Group g ? g.bonusCap() : Optional.empty();
                Draft draft = new Draft(new Group(row.code(), row.name(), weight, row.level(), List.of(), cap, 0), new ArrayList<>());
                siblings.add(draft);
                open.add(draft);
            } else {
                Indicator indicator = indicator(row, weight, anchor);
                indicators.set(i, indicator);
                siblings.add(indicator);
            }
        }
        List<AmountTable> tables = new ArrayList<>();
        for (int t = 0; t < grid.tables().size(); t++) {
            tables.add(table(grid.tables().get(t), t));
        }
        Framework framework = new Framework(base.id(), base.title(), base.year(), base.kind(), base.fullMark(), base.rounding(),
                base.grades(), nodes(roots), tables, base.template(), base.source());
        return new Built(framework, problems, indicators);
    }

    private Indicator indicator(TableGrid.Row row, Optional<Score> weight, String anchor) {
        String name = text(row.name(), row.code(), anchor);
        if (name.isEmpty()) {
            problem("NAME_EMPTY", anchor, row.code());
        } else if (name.contains("|")) {
            problem("NAME_PIPE", anchor, row.code());
        }
        String targetText = text(row.target(), row.code(), anchor);
        String halfText = text(row.halfYear(), row.code(), anchor);
        String unitText = text(row.unit(), row.code(), anchor);
        String method = text(row.method(), row.code(), anchor);
        TargetValue raw = ValueText.target(targetText);
        Indicator old = !row.added() && baseNodes.get(row.code()) instanceof Indicator i ? i : null;
        boolean sameTarget = old != null && old.target().text().equals(targetText);
        // what the file left implicit follows the new target; what it stated stays
        Nature nature = old != null && (sameTarget || old.nature() != nature(old.target())) ? old.nature() : nature(raw);
        Direction direction = old != null && (sameTarget || old.direction() != direction(old.target()))
                ? old.direction() : direction(raw);
        TargetValue target = sameTarget ? old.target()
                : raw instanceof TargetValue.Numeric n ? n.withDefaultComparison(direction.comparison().orElse(Comparison.AT_LEAST)) : raw;
        TargetValue halfYear = old != null && old.halfYearTarget().text().equals(halfText) ? old.halfYearTarget()
                : ValueText.target(halfText);
        String unit = unitText.isEmpty() ? unit(target) : unitText;
        if (old != null && !sameTarget && unitText.equals(old.unitOfMeasure()) && old.unitOfMeasure().equals(unit(old.target()))) {
            unit = unit(target);
        }
        boolean stated = old != null && old.ruleStated();
        ScoringRule rule = stated ? old.rule() : DefaultRules.forIndicator(nature, direction, raw, bands);
        return new Indicator(row.code(), name, weight, row.level(), nature, direction, target, halfYear, unit, rule, stated,
                method, old == null ? "" : old.notes(), 0);
    }

    private AmountTable table(TableGrid.Amounts t, int index) {
        MoneyUnit unit;
        try {
            unit = MoneyUnit.fromLabel(t.unit());
        } catch (IllegalArgumentException e) {
            problem("STRUCTURE", "amounts-" + index, t.name());
            unit = MoneyUnit.WAN_YUAN;
        }
        List<AmountDraft> roots = new ArrayList<>();
        List<List<AmountDraft>> open = new ArrayList<>();
        for (int k = 0; k < t.lines().size(); k++) {
            TableGrid.Line line = t.lines().get(k);
            String anchor = "aline-" + index + "-" + k;
            while (open.size() > line.depth()) {
                open.remove(open.size() - 1);
            }
            if (line.depth() != open.size()) {
                problem("STRUCTURE", anchor, line.label());
                continue;
            }
            Map<String, Amount> values = new LinkedHashMap<>();
            for (int c = 0; c < t.columns().size(); c++) {
                String cell = text(line.cells().get(c), line.label(), anchor);
                if (cell.isEmpty()) {
                    continue;
                }
                BigDecimal value = Decimals.parseOrNull(cell);
                if (value == null || value.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
                    problem("AMOUNT_INVALID", anchor, line.label(), t.columns().get(c), cell);
                } else {
                    values.put(t.columns().get(c), new Amount(value, unit));
                }
            }
            AmountDraft draft = new AmountDraft(line.label(), values, new ArrayList<>());
            (open.isEmpty() ? roots : open.get(open.size() - 1)).add(draft);
            open.add(draft.children());
        }
        return new AmountTable(t.name(), unit, t.columns(), rows(roots));
    }

    private record AmountDraft(String label, Map<String, Amount> values, List<AmountDraft> children) {
    }

    private static List<AmountRow> rows(List<AmountDraft> drafts) {
        return drafts.stream().map(d -> new AmountRow(d.label(), d.values(), rows(d.children()), 0)).toList();
    }

    private static List<Node> nodes(List<Object> drafts) {
        List<Node> out = new ArrayList<>();
        for (Object d : drafts) {
            if (d instanceof Draft draft) {
                Group g = draft.group();
                out.add(new Group(g.code(), g.name(), g.weight(), g.level(), nodes(draft.children()), g.bonusCap(), 0));
            } else {
                out.add((Node) d);
            }
        }
        return out;
    }

    private Optional<Score> weight(TableGrid.Row row, String anchor) {
        String text = text(row.weight(), row.code(), anchor);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = Decimals.parseOrNull(text);
        if (value == null || value.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            problem("WEIGHT_INVALID", anchor, row.code(), text);
            return Optional.empty();
        }
        return Optional.of(Score.of(value));
    }

    /** A cell stripped; a line break or an overlong text is a problem (an input cannot hold one, a crafted post can). */
    private String text(String cell, String where, String anchor) {
        String value = cell == null ? "" : cell.strip();
        if (value.contains("\n") || value.contains("\r")) {
            problem("LINE_BREAK", anchor, where);
            value = value.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        }
        if (value.length() > MAX_CELL) {
            problem("TOO_LONG", anchor, where, String.valueOf(MAX_CELL));
            value = value.substring(0, MAX_CELL);
        }
        return value;
    }

    /** The parser's defaults when a file states no nature, direction or unit (docs/frameworks.md). */
    private static Nature nature(TargetValue target) {
        return target instanceof TargetValue.Numeric ? Nature.QUANTITATIVE : Nature.QUALITATIVE;
    }

    private static Direction direction(TargetValue target) {
        if (target instanceof TargetValue.Dated) {
            return Direction.BY_DATE;
        }
        return target instanceof TargetValue.Numeric n && n.comparisonWritten() ? Direction.of(n.comparison()) : Direction.AT_LEAST;
    }

    private static String unit(TargetValue target) {
        return target instanceof TargetValue.Numeric n ? n.quantity().unit() : "";
    }

    private void problem(String code, String anchor, String... args) {
        problems.add(new CellProblem(code, List.of(args), anchor));
    }

    private void index(List<Node> nodes) {
        for (Node node : nodes) {
            baseNodes.putIfAbsent(node.code(), node);
            if (node instanceof Group g) {
                index(g.children());
            }
        }
    }
}
