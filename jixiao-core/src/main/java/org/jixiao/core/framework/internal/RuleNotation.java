package org.jixiao.core.framework.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Deduction;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;

/**
 * A rule written in the {@code rule:} notation of docs/frameworks.md: the inverse of {@link RuleSpec}.
 * Every kind of rule has a notation; whether a particular rule's words fit it (a label with a
 * slash, an empty list of qualitative bands) is checked by reading the whole text back.
 */
final class RuleNotation {

    /** The text after {@code rule:}, and the {@code item:} lines a checklist needs (each "points text"). */
    record Written(String spec, List<String> items) {
    }

    private RuleNotation() {
    }

    static Written of(ScoringRule rule) {
        if (rule instanceof Checklist c) {
            return new Written("checklist", c.items().stream()
                    .map(i -> (i.points() + " " + i.text()).strip()).toList());
        }
        return new Written(spec(rule), List.of());
    }

    private static String spec(ScoringRule rule) {
        if (rule instanceof Proportional p) {
            return "proportional" + target(p.target());
        }
        if (rule instanceof Reverse r) {
            return "reverse" + target(r.target());
        }
        if (rule instanceof Threshold t) {
            return "threshold" + target(t.target());
        }
        if (rule instanceof ExecutionRate) {
            return "execution-rate";
        }
        if (rule instanceof Deadline) {
            return "deadline";
        }
        if (rule instanceof Manual m) {
            return m.guidance().isEmpty() ? "manual" : "manual " + m.guidance();
        }
        if (rule instanceof Qualitative q) {
            return "qualitative " + q.floorsText();
        }
        if (rule instanceof GradedLabels l) {
            return "labels " + l.grades().stream().map(g -> String.join("/", g.names()) + "=" + g.points())
                    .collect(Collectors.joining(" "));
        }
        if (rule instanceof YesNo y) {
            return "yes-no yes=" + String.join("/", y.yes()) + " no=" + String.join("/", y.no());
        }
        if (rule instanceof Bands b) {
            return "bands " + b.bands().stream().map(RuleNotation::band).collect(Collectors.joining(" "));
        }
        if (rule instanceof Deduction d) {
            // 0 as the parser's default (scale 0): "above=0.0" would read back as a different BigDecimal.
            return "deduction " + d.perUnit()
                    + (d.allowance().equals(BigDecimal.ZERO) ? "" : " above=" + d.allowance().toPlainString());
        }
        if (rule instanceof Formula f) {
            return "formula " + f.expression();
        }
        if (rule instanceof BonusPenalty b) {
            return (b.penalty() ? "penalty" : "bonus") + " cap=" + b.cap()
                    + b.items().stream().map(i -> " " + i.name() + "=" + i.points()).collect(Collectors.joining());
        }
        throw new IllegalArgumentException("unknown rule " + rule.kind());
    }

    private static String target(Optional<Quantity> target) {
        return target.map(q -> " target=" + q.value().toPlainString() + q.unit()).orElse("");
    }

    /** The short forms where they say the same ({@code <5}, {@code >=10}), else the interval ({@code [5,10)}). */
    private static String band(Bands.Band band) {
        String range;
        if (band.lower().isEmpty() && !band.lowerInclusive() && band.upper().isPresent()) {
            range = (band.upperInclusive() ? "<=" : "<") + band.upper().get().toPlainString();
        } else if (band.upper().isEmpty() && !band.upperInclusive() && band.lower().isPresent()) {
            range = (band.lowerInclusive() ? ">=" : ">") + band.lower().get().toPlainString();
        } else {
            range = (band.lowerInclusive() ? "[" : "(") + band.lower().map(BigDecimal::toPlainString).orElse("") + ","
                    + band.upper().map(BigDecimal::toPlainString).orElse("") + (band.upperInclusive() ? "]" : ")");
        }
        return range + "=" + band.points();
    }
}
