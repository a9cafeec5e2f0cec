package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.rule.Qualitative;

/** 定性 grades given as shares of the weight: "100%-80%、80%-60%、60%-0%". */
final class QualitativeRules {

    /**
     * Percentage ranges found, each as {high, low}, where each lies, and the sentences holding them.
     * Ranges the {@link FootnoteRules template footnote} gives for 定性 indicators are these too.
     */
    record Ranges(List<BigDecimal[]> bounds, List<int[]> places, Set<Sentence> sentences) {

        boolean isEmpty() {
            return bounds.isEmpty();
        }

        /** The grades' floors, when the ranges run from 100% down to 0% without a gap. */
        Optional<Qualitative> chain() {
            List<BigDecimal[]> sorted = new ArrayList<>(bounds);
            sorted.sort((x, y) -> y[0].compareTo(x[0]));
            if (sorted.isEmpty() || sorted.get(0)[0].compareTo(Decimals.HUNDRED) != 0
                    || sorted.get(sorted.size() - 1)[1].signum() != 0) {
                return Optional.empty();
            }
            List<BigDecimal> floors = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                if (i + 1 < sorted.size()) {
                    if (sorted.get(i)[1].compareTo(sorted.get(i + 1)[0]) != 0) {
                        return Optional.empty();
                    }
                    floors.add(Decimals.canonical(sorted.get(i)[1]));
                }
            }
            try {
                return Optional.of(new Qualitative(floors));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final Reading r;

    QualitativeRules(Reading r) {
        this.r = r;
    }

    /** Percentage ranges in the sentences that state no points, when the text speaks of grades (定性, 达成, 档). */
    static Ranges find(Reading r) {
        String t = r.t;
        Ranges found = new Ranges(new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>());
        boolean words = t.contains("定性") || t.contains("达成") || t.contains("档");
        if (!words) {
            return found;
        }
        for (Sentence s : r.sentences) {
            boolean pointsStated = r.units.stream().anyMatch(u -> u.sentence == s && u.kind != Kind.RATIO && u.kind != Kind.CAP);
            if (pointsStated) {
                continue;
            }
            int i = s.start();
            while (i < s.end()) {
                if (!Scan.isDigit(t.charAt(i)) || (i > s.start() && (Scan.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'))) {
                    i++;
                    continue;
                }
                Scan.Number a = Scan.digits(t, i, s.end());
                int j = a.end();
                boolean percent = false;
                if (j < s.end() && t.charAt(j) == '%') {
                    percent = true;
                    j++;
                }
                j = skipInclusive(t, j, s.end());
                if (j < s.end() && "-~至到".indexOf(t.charAt(j)) >= 0) {
                    Scan.Number b = Scan.digits(t, j + 1, s.end());
                    if (b != null) {
                        int k = b.end();
                        if (k < s.end() && t.charAt(k) == '%') {
                            percent = true;
                            k++;
                        }
                        k = skipInclusive(t, k, s.end());
                        if (percent) {
                            BigDecimal hi = a.value().max(b.value());
                            BigDecimal lo = a.value().min(b.value());
                            found.bounds().add(new BigDecimal[] {hi, lo});
                            found.places().add(new int[] {i, k});
                            found.sentences().add(s);
                            i = k;
                            continue;
                        }
                    }
                }
                i = Math.max(i + 1, a.end());
            }
        }
        return found;
    }

    private static int skipInclusive(String t, int j, int end) {
        String w = Scan.atAny(t, j, "(含)", "(不含)");
        return w != null && j + w.length() <= end ? j + w.length() : j;
    }

    /** The ranges are the rule, when they chain; nothing else may score. */
    Result build(Ranges ranges) {
        Optional<Qualitative> q = ranges.chain();
        if (q.isEmpty()) {
            for (int[] place : ranges.places()) {
                r.unknown(place[0], place[1]);
            }
            return r.manual("定性档次应从100%连续排到0%");
        }
        for (int[] place : ranges.places()) {
            r.span("qualitative", place[0], place[1]);
        }
        r.consumed.addAll(ranges.sentences());
        for (Unit c : r.unitsOf(Kind.CAP, Kind.FLOOR)) {
            throw r.failOn(c, "定性指标的档次之外另有计分方式");
        }
        return r.done(q.get(), r.weight);
    }
}
