package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;

/** Numeric ranges with points: "比率<5%的,得1分; 5%≤比率≤10%的,得0.5分; 否则不得分". */
final class BandRules {

    private final Reading r;

    BandRules(Reading r) {
        this.r = r;
    }

    /**
     * One band per unit, in the units' order; a last unit without a range ("否则", "其他情况", or "不得分"
     * after one band) takes what the others leave. Overlapping bands make the rule manual.
     */
    Result build(List<Unit> scoring) {
        List<Bands.Band> bands = new ArrayList<>();
        String subject = null;
        String unit = null;
        BigDecimal top = BigDecimal.ZERO;
        for (int i = 0; i < scoring.size(); i++) {
            Unit u = scoring.get(i);
            BigDecimal points = r.pointsOf(u);
            if (points == null) {
                throw r.fail("“得满分”需要指标分值");
            }
            String c = r.cond(u);
            Optional<Condition.Range> range = Condition.range(c);
            Bands.Band band;
            if (range.isEmpty()) {
                // 否则 / 其他情况, or "不得分" after a single band: everything the other bands leave.
                if (GradeRules.otherwise(c) || i == scoring.size() - 1) {
                    band = new Bands.Band(Optional.empty(), false, Optional.empty(), false, Score.of(points));
                    if (!GradeRules.otherwise(c) && !c.isEmpty()) {
                        Condition.Range first = Condition.range(r.cond(scoring.get(0))).orElseThrow(() -> r.failOn(u, "区间无法识别"));
                        band = complement(first, Score.of(points)).orElseThrow(() -> r.failOn(u, "区间无法识别"));
                    }
                } else {
                    throw r.failOn(u, "区间无法识别");
                }
            } else {
                Condition.Range stated = range.get();
                if (!stated.subject().isEmpty()) {
                    if (subject != null && !subject.equals(stated.subject())) {
                        throw r.failOn(u, "评分条件涉及不同的计量对象（“" + subject + "”与“" + stated.subject() + "”）");
                    }
                    subject = stated.subject();
                }
                if (!stated.unit().isEmpty()) {
                    if (unit != null && !unit.equals(stated.unit())) {
                        throw r.failOn(u, "各区间单位不一致");
                    }
                    unit = stated.unit();
                }
                band = new Bands.Band(stated.lower(), stated.lowerInclusive(), stated.upper(), stated.upperInclusive(),
                        Score.of(points));
            }
            r.checkGradePoints(u, points);
            top = top.max(points);
            bands.add(band);
            r.span("band", u.condStart, u.markEnd);
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                Bands.Band a = bands.get(i);
                Bands.Band b = bands.get(j);
                boolean openEnded = a.lower().isEmpty() && a.upper().isEmpty() || b.lower().isEmpty() && b.upper().isEmpty();
                if (!openEnded && overlap(a, b)) {
                    r.unknown(scoring.get(i).condStart, scoring.get(i).markEnd);
                    r.unknown(scoring.get(j).condStart, scoring.get(j).markEnd);
                    return r.manual("区间重叠，无法确定端点归属");
                }
            }
            if (bands.get(i).lower().isEmpty() && bands.get(i).upper().isEmpty() && i != bands.size() - 1) {
                throw r.failOn(scoring.get(i), "“其他情况”应写在最后");
            }
        }
        gaps(bands);
        if (unit != null && !unit.equals("%")) {
            r.note("区间以“" + unit + "”计，实际值须使用同一单位");
        }
        return r.done(new Bands(bands), r.gradedWeight(top));
    }

    /** "达到90%得2分，否则不得分" read as bands: the rest of the line after the first band. */
    private static Optional<Bands.Band> complement(Condition.Range first, Score points) {
        if (first.onlyLower()) {
            return Optional.of(new Bands.Band(Optional.empty(), false, first.lower(), !first.lowerInclusive(), points));
        }
        if (first.onlyUpper()) {
            return Optional.of(new Bands.Band(first.upper(), !first.upperInclusive(), Optional.empty(), false, points));
        }
        return Optional.empty();
    }

    private static boolean overlap(Bands.Band a, Bands.Band b) {
        // The intersection is empty when one band ends before the other starts.
        return !endsBefore(a, b) && !endsBefore(b, a);
    }

    private static boolean endsBefore(Bands.Band a, Bands.Band b) {
        if (a.upper().isEmpty() || b.lower().isEmpty()) {
            return false;
        }
        int c = a.upper().get().compareTo(b.lower().get());
        return c < 0 || (c == 0 && !(a.upperInclusive() && b.lowerInclusive()));
    }

    /** Numbers no band covers are left to a person; say which. */
    private void gaps(List<Bands.Band> bands) {
        if (bands.stream().anyMatch(b -> b.lower().isEmpty() && b.upper().isEmpty())) {
            return;
        }
        List<Bands.Band> sorted = new ArrayList<>(bands);
        sorted.sort((a, b) -> {
            if (a.lower().isEmpty()) {
                return b.lower().isEmpty() ? 0 : -1;
            }
            if (b.lower().isEmpty()) {
                return 1;
            }
            return a.lower().get().compareTo(b.lower().get());
        });
        List<String> holes = new ArrayList<>();
        if (sorted.get(0).lower().isPresent()) {
            holes.add((sorted.get(0).lowerInclusive() ? "<" : "≤") + sorted.get(0).lower().get().toPlainString());
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Bands.Band a = sorted.get(i);
            Bands.Band b = sorted.get(i + 1);
            if (a.upper().isEmpty() || b.lower().isEmpty()) {
                continue;
            }
            int c = a.upper().get().compareTo(b.lower().get());
            if (c < 0) {
                holes.add((a.upperInclusive() ? "(" : "[") + a.upper().get().toPlainString() + ","
                        + b.lower().get().toPlainString() + (b.lowerInclusive() ? ")" : "]"));
            } else if (c == 0 && !a.upperInclusive() && !b.lowerInclusive()) {
                holes.add("=" + a.upper().get().toPlainString());
            }
        }
        Bands.Band last = sorted.get(sorted.size() - 1);
        if (last.upper().isPresent()) {
            holes.add((last.upperInclusive() ? ">" : "≥") + last.upper().get().toPlainString());
        }
        if (!holes.isEmpty()) {
            r.note("以下数值不在任何区间内，需人工判断：" + String.join("、", holes));
        }
    }
}
