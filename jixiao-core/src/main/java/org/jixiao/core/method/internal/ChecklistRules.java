package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Checklist;

/** Checklists: sub-clauses each worth their points, added up. */
final class ChecklistRules {

    private final Reading r;
    private final String t;

    ChecklistRules(Reading r) {
        this.r = r;
        this.t = r.t;
    }

    /** "1. …(1分)；2. …(1分)": one item per numbered sentence; the items must add up to the weight. */
    Result build() {
        Map<Sentence, List<Unit>> bySentence = new LinkedHashMap<>();
        for (Unit u : r.scoring()) {
            bySentence.computeIfAbsent(u.sentence, k -> new ArrayList<>()).add(u);
        }
        List<Checklist.Item> items = new ArrayList<>();
        Set<Sentence> itemSentences = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Sentence, List<Unit>> e : bySentence.entrySet()) {
            Sentence s = e.getKey();
            List<Unit> parens = e.getValue().stream().filter(u -> u.kind == Kind.PAREN).toList();
            if (parens.isEmpty()) {
                for (Unit u : e.getValue()) {
                    r.unknown(u);
                }
                continue;
            }
            if (parens.size() > 1 || !s.numbered()) {
                r.unknown(s.start(), s.end());
                continue;
            }
            Unit paren = parens.get(0);
            for (Unit u : e.getValue()) {
                if (u.kind != Kind.PAREN && u.kind != Kind.GAIN && u.kind != Kind.ZERO) {
                    r.unknown(u);
                }
            }
            int[] before = separatorsTrimmed(s.start(), paren.markStart);
            int[] after = separatorsTrimmed(paren.markEnd, s.end());
            String text = t.substring(before[0], Math.max(before[0], before[1]));
            if (after[1] > after[0]) {
                text = text + (text.isEmpty() ? "" : ",") + t.substring(after[0], after[1]);
            }
            if (Scan.numbered(text)) {
                r.unknown(s.start(), s.end());
                continue;
            }
            items.add(new Checklist.Item(text, Score.of(paren.points)));
            sum = sum.add(paren.points);
            itemSentences.add(s);
            r.span("item", s.start(), s.end());
        }
        r.accountForPieces(itemSentences);
        if (items.isEmpty()) {
            return r.manual("分项未写明分值");
        }
        for (Sentence s : r.sentences) {
            if (s.numbered() && !itemSentences.contains(s) && !bySentence.containsKey(s) && !r.isNote(s.start(), s.end())) {
                if (!r.unknownWithin(s.start(), s.end())) {
                    r.unknown(s.start(), s.end());
                }
            }
        }
        if (!r.allUnderstood()) {
            return r.manual("分项未写明分值或无法识别");
        }
        Score total = Score.of(sum);
        if (r.weight.isPresent() && !r.weight.get().equals(total)) {
            return r.manual("各分项分值合计" + total + "分，与指标分值" + r.weight.get() + "分不一致");
        }
        return r.finish(new Checklist(items), Optional.of(total));
    }

    /** [start, end) without separators at either end; returns {start, end}. */
    private int[] separatorsTrimmed(int start, int end) {
        int a = start;
        int b = end;
        while (a < b && ",;:、。".indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ",;:、。".indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        return new int[] {a, b};
    }

    /** "1. 建立了…机制,得1分; 2. …,得1分": one scored sub-clause per number, none worth zero. */
    boolean numberedItems(List<Unit> scoring) {
        if (scoring.size() < 2) {
            return false;
        }
        Set<Sentence> seen = new HashSet<>();
        for (Unit u : scoring) {
            if (u.kind != Kind.GAIN || u.points.signum() <= 0 || !u.sentence.numbered() || !seen.add(u.sentence)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Numbered items that add up to the weight are a checklist; worth the weight each, alternatives,
     * which the caller reads as grades (null). Anything else cannot be decided.
     */
    Result numberedChecklist(List<Unit> scoring, boolean allLabels) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Unit u : scoring) {
            sum = sum.add(u.points);
            max = max.max(u.points);
        }
        if (r.weight.isEmpty()) {
            r.unknown(scoring.get(0).condStart, scoring.get(scoring.size() - 1).markEnd);
            return r.manual("各分项是累加计分还是择一计分无法确定，需提供指标分值");
        }
        if (Score.of(sum).equals(r.weight.get()) && !Score.of(max).equals(r.weight.get())) {
            List<Checklist.Item> items = new ArrayList<>();
            for (Unit u : scoring) {
                int[] c = separatorsTrimmed(u.sentence.start(), u.markStart);
                String text = t.substring(c[0], Math.max(c[0], c[1]));
                if (Scan.numbered(text)) {
                    throw r.failOn(u, "分项编号无法识别");
                }
                items.add(new Checklist.Item(text, Score.of(u.points)));
                r.span("item", u.sentence.start(), u.sentence.end());
            }
            r.note("各分项分值合计等于指标分值，按逐项累加计分");
            return r.done(new Checklist(items), r.weight);
        }
        if (Score.of(max).equals(r.weight.get()) && allLabels) {
            return null;
        }
        r.unknown(scoring.get(0).condStart, scoring.get(scoring.size() - 1).markEnd);
        return r.manual("各分项分值合计" + Score.of(sum) + "分，既不等于指标分值" + r.weight.get() + "分，最高项也不是满分");
    }
}
