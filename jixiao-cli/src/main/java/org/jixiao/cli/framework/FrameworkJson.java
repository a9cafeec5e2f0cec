package org.jixiao.cli.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.cli.Json;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Deduction;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;

/** The JSON shapes of frameworks, rules and problems documented in docs/cli.md. */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    public static Map<String, Object> summary(Framework f) {
        Map<String, Object> o = Json.object();
        o.put("id", f.id());
        o.put("title", f.title());
        o.put("year", f.year());
        o.put("kind", f.kind().name());
        o.put("template", f.template());
        o.put("fullMark", score(f.fullMark()));
        o.put("indicators", f.indicators().size());
        return o;
    }

    public static Map<String, Object> framework(Framework f) {
        Map<String, Object> o = summary(f);
        Map<String, Object> rounding = Json.object();
        rounding.put("indicatorScale", f.rounding().indicatorScale());
        rounding.put("fundsScale", f.rounding().fundsScale());
        rounding.put("totalScale", f.rounding().totalScale());
        rounding.put("mode", f.rounding().mode().name());
        rounding.put("roundRows", f.rounding().roundRows());
        o.put("rounding", rounding);
        List<Object> grades = new ArrayList<>();
        for (GradeScale.Band band : f.grades().bands()) {
            Map<String, Object> g = Json.object();
            g.put("grade", band.grade().name());
            g.put("floor", band.floor());
            grades.add(g);
        }
        o.put("grades", grades);
        o.put("wholePointGrades", f.grades().wholePoints());
        o.put("nodes", f.nodes().stream().map(FrameworkJson::node).toList());
        o.put("amounts", f.amounts().stream().map(FrameworkJson::amounts).toList());
        return o;
    }

    static Map<String, Object> node(Node node) {
        Map<String, Object> o = Json.object();
        o.put("code", node.code());
        o.put("name", node.name());
        o.put("level", node.level());
        o.put("weight", node.weight().map(FrameworkJson::score).orElse(null));
        o.put("line", node.line());
        if (node instanceof Group group) {
            o.put("type", "group");
            o.put("bonusCap", group.bonusCap().map(FrameworkJson::score).orElse(null));
            o.put("children", group.children().stream().map(FrameworkJson::node).toList());
        } else {
            Indicator i = (Indicator) node;
            o.put("type", "indicator");
            o.put("nature", i.nature().label());
            o.put("direction", i.direction().label());
            o.put("target", i.target().text());
            o.put("halfYearTarget", i.halfYearTarget().text());
            o.put("unit", i.unitOfMeasure());
            o.put("rule", rule(i.rule()));
            o.put("ruleStated", i.ruleStated());
            o.put("method", i.method());
            o.put("notes", i.notes());
        }
        return o;
    }

    /** A rule as {@code {"kind", "parameters"}}; parameters are decimal strings and texts. */
    public static Map<String, Object> rule(ScoringRule rule) {
        Map<String, Object> o = Json.object();
        o.put("kind", rule.kind());
        Map<String, Object> p = Json.object();
        if (rule instanceof Proportional r) {
            r.target().ifPresent(t -> p.put("target", t.toString()));
        } else if (rule instanceof Reverse r) {
            r.target().ifPresent(t -> p.put("target", t.toString()));
        } else if (rule instanceof Threshold r) {
            r.target().ifPresent(t -> p.put("target", t.toString()));
        } else if (rule instanceof GradedLabels r) {
            p.put("grades", r.grades().stream().map(g -> {
                Map<String, Object> m = Json.object();
                m.put("names", g.names());
                m.put("points", score(g.points()));
                return m;
            }).toList());
        } else if (rule instanceof YesNo r) {
            p.put("yes", r.yes());
            p.put("no", r.no());
        } else if (rule instanceof Bands r) {
            p.put("bands", r.bands().stream().map(b -> {
                Map<String, Object> m = Json.object();
                m.put("lower", b.lower().orElse(null));
                m.put("lowerInclusive", b.lowerInclusive());
                m.put("upper", b.upper().orElse(null));
                m.put("upperInclusive", b.upperInclusive());
                m.put("points", score(b.points()));
                return m;
            }).toList());
        } else if (rule instanceof Checklist r) {
            p.put("items", r.items().stream().map(item -> {
                Map<String, Object> m = Json.object();
                m.put("text", item.text());
                m.put("points", score(item.points()));
                return m;
            }).toList());
        } else if (rule instanceof Deduction r) {
            p.put("perUnit", score(r.perUnit()));
            p.put("allowance", r.allowance());
        } else if (rule instanceof Formula r) {
            p.put("expression", r.expression());
            p.put("variables", List.copyOf(r.variables()));
        } else if (rule instanceof BonusPenalty r) {
            p.put("cap", score(r.cap()));
            p.put("items", r.items().stream().map(item -> {
                Map<String, Object> m = Json.object();
                m.put("name", item.name());
                m.put("points", score(item.points()));
                return m;
            }).toList());
        } else if (rule instanceof Qualitative r) {
            p.put("bandFloorsPercent", r.bandFloorsPercent());
        } else if (rule instanceof Manual r) {
            p.put("guidance", r.guidance());
        }
        o.put("parameters", p);
        return o;
    }

    static Map<String, Object> amounts(AmountTable table) {
        Map<String, Object> o = Json.object();
        o.put("name", table.name());
        o.put("unit", table.unit().label());
        o.put("columns", table.columns());
        o.put("rows", table.rows().stream().map(FrameworkJson::amountRow).toList());
        return o;
    }

    private static Map<String, Object> amountRow(AmountRow row) {
        Map<String, Object> o = Json.object();
        o.put("label", row.label());
        Map<String, Object> values = Json.object();
        row.values().forEach((column, amount) -> values.put(column, amount.value()));
        o.put("values", values);
        o.put("children", row.children().stream().map(FrameworkJson::amountRow).toList());
        return o;
    }

    public static Map<String, Object> problem(FrameworkProblem p) {
        Map<String, Object> o = Json.object();
        o.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        o.put("code", p.code());
        o.put("source", p.source());
        o.put("line", p.line());
        o.put("node", p.node());
        o.put("message", p.message());
        return o;
    }

    static String score(Score score) {
        return score.points().toPlainString();
    }
}
