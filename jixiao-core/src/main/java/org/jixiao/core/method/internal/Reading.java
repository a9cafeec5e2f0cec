package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.Span;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.ScoringRule;

/**
 * One text being read, shared by the paths that build its rule: the text and its context, the units
 * scanned and the pieces they leave, and what the path has said so far — spans, notes and the text it
 * could not read. A path ends in {@link #done}, {@link #finish} or {@link #manual}; one that cannot go
 * on throws a {@link Failure}, and {@link Reader} turns that into {@link #manual} with what was said
 * before it, so the spans of a manual rule still show what was understood.
 */
final class Reading {

    /** A path's reason to stop; control flow, not an error, hence no stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    final Source src;
    /** The normalised text, which all positions refer to. */
    final String t;
    final CompileContext ctx;
    /** The context's weight; a rule's full marks come from here first. */
    final Optional<Score> weight;
    final List<Sentence> sentences;
    final List<Unit> units = new ArrayList<>();
    final List<Piece> pieces = new ArrayList<>();
    /** Sentences a path read whole (formulas, qualitative ranges): their pieces are not leftovers. */
    final Set<Sentence> consumed = new HashSet<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<int[]> unknown = new ArrayList<>();

    Reading(String text, CompileContext ctx) {
        this.src = Source.of(text);
        this.t = src.text();
        this.ctx = ctx;
        this.weight = ctx.weight();
        this.sentences = Sentence.split(t);
    }

    // ------------------------------------------------------------------ units

    /** The units that score: all but caps, floors and requests for judgement. */
    List<Unit> scoring() {
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.kind != Kind.CAP && u.kind != Kind.FLOOR && u.kind != Kind.DISCRETION) {
                out.add(u);
            }
        }
        return out;
    }

    List<Unit> unitsOf(Kind... kinds) {
        Set<Kind> set = EnumSet.noneOf(Kind.class);
        set.addAll(List.of(kinds));
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            if (set.contains(u.kind)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The condition's text. */
    String cond(Unit u) {
        return t.substring(u.condStart, u.condEnd);
    }

    // ------------------------------------------------------------------ what a path says

    void span(String part, int start, int end) {
        spans.add(src.span(part, start, end));
    }

    void note(String note) {
        notes.add(note);
    }

    /** Text that is not understood; any makes the rule manual and is named in the reason. */
    void unknown(int start, int end) {
        unknown.add(new int[] {start, end});
    }

    void unknown(Unit u) {
        unknown(u.start(), u.markEnd);
    }

    boolean allUnderstood() {
        return unknown.isEmpty();
    }

    boolean unknownWithin(int start, int end) {
        return unknown.stream().anyMatch(u -> u[0] >= start && u[1] <= end);
    }

    /** Commentary is no use beside a manual rule that found nothing to score. */
    void dropNotes() {
        spans.removeIf(s -> s.part().equals("note"));
    }

    Failure fail(String message) {
        return new Failure(message);
    }

    /** Stops the path, naming the unit as the text not understood. */
    Failure failOn(Unit u, String message) {
        unknown(u);
        return new Failure(message);
    }

    // ------------------------------------------------------------------ commentary and leftovers

    /** 注…, 说明…, 其中…, "…是指…", or a definition ("A=B" where A is not a score). */
    boolean isNote(int start, int end) {
        String s = t.substring(start, end);
        if (s.startsWith("注") || s.startsWith("说明") || s.startsWith("备注") || s.startsWith("其中") || s.equals("如有")
                || s.contains("是指")) {
            return true;
        }
        int eq = s.indexOf('=');
        if (eq > 0 && !s.substring(0, eq).contains("得分") && !s.substring(0, eq).contains("分")) {
            return true;
        }
        return false;
    }

    /**
     * Accounts for every piece of text not taken by a unit: commentary becomes a note span; a piece
     * in one of the allowed sentences belongs to that sentence's part; anything else is not understood.
     */
    void accountForPieces(Set<Sentence> allowed) {
        int firstScoring = Integer.MAX_VALUE;
        for (Unit u : scoring()) {
            firstScoring = Math.min(firstScoring, u.sentence.start());
        }
        for (Piece piece : pieces) {
            if (allowed.contains(piece.sentence()) || consumed.contains(piece.sentence())) {
                continue;
            }
            if (isNote(piece.start(), piece.end())) {
                span("note", piece.start(), piece.end());
                continue;
            }
            boolean lead = piece.sentence().start() < firstScoring;
            if (!Scan.hasDigit(t.substring(piece.start(), piece.end())) && (lead || piece.wholeSentence())
                    && !trailing(piece)) {
                span("note", piece.start(), piece.end());
                continue;
            }
            unknown(piece.start(), piece.end());
        }
    }

    /** A piece after the last sentence that says anything: a trailing fragment is damage until shown otherwise. */
    private boolean trailing(Piece piece) {
        for (Unit u : units) {
            if (u.sentence.start() > piece.sentence().start() || (u.sentence == piece.sentence() && u.markStart > piece.start())) {
                return false;
            }
        }
        return !units.isEmpty();
    }

    // ------------------------------------------------------------------ results

    /** The rule, once every leftover piece is accounted for. */
    Result done(ScoringRule rule, Optional<Score> ruleWeight) {
        accountForPieces(Set.of());
        return finish(rule, ruleWeight);
    }

    /** The rule, leftovers accounted for by the caller; manual if any text was not understood. */
    Result finish(ScoringRule rule, Optional<Score> ruleWeight) {
        if (!unknown.isEmpty()) {
            return manual(null);
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.part().compareTo(b.part()));
        return new Result(rule, false, "", spans, notes, ruleWeight.isPresent() ? ruleWeight : weight);
    }

    /** The rule without looking at the leftovers: a template footnote is commentary around its algorithms. */
    Result asIs(ScoringRule rule) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Result(rule, false, "", sorted, notes, weight);
    }

    /** The text says a person scores it ("人工评分：…"). */
    Result statedManual(String guidance) {
        return new Result(new Manual(guidance), true, "评分办法写明由人工评分", spans, notes, weight);
    }

    /** A manual rule whose reason is {@code why} (may be null) and the text not understood, quoted. */
    Result manual(String why) {
        StringBuilder reason = new StringBuilder();
        if (why != null && !why.isEmpty()) {
            reason.append(why);
        }
        if (!unknown.isEmpty()) {
            if (reason.length() > 0) {
                reason.append("；");
            }
            reason.append("未能识别：");
            int shown = 0;
            List<int[]> merged = merged();
            for (int[] u : merged) {
                if (shown++ > 0) {
                    reason.append("、");
                }
                reason.append('“').append(shorten(src.originalText(u[0], u[1]))).append('”');
                span("unknown", u[0], u[1]);
                if (shown == 4 && merged.size() > 4) {
                    reason.append("等").append(merged.size()).append("处");
                    break;
                }
            }
        }
        if (reason.length() == 0) {
            reason.append("评分办法未能识别");
        }
        reason.append("，需人工评分");
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // Notes describe an executable rule; a manual one has only its reason.
        return Reader.manualResult(src.original().strip(), reason.toString(), spans);
    }

    /** Unknown ranges in text order, overlapping ones merged. */
    private List<int[]> merged() {
        List<int[]> sorted = new ArrayList<>(unknown);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] u : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && u[0] < last[1]) {
                last[1] = Math.max(last[1], u[1]);
            } else {
                out.add(new int[] {u[0], u[1]});
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 38) + "…";
    }

    private String quote(Unit u) {
        return "“" + shorten(src.originalText(u.start(), u.markEnd)) + "”";
    }

    // ------------------------------------------------------------------ weight

    /** The points a unit gives: its number, or the weight for 得满分 (null when no weight is known). */
    BigDecimal pointsOf(Unit u) {
        if (u.kind == Kind.FULL) {
            return weight.map(Score::points).orElse(null);
        }
        return u.points;
    }

    /** The full marks the text states must be the weight; when no weight is known they become it. */
    Optional<Score> checkFull(BigDecimal stated, Unit where) {
        if (stated == null) {
            return weight;
        }
        Score s = Score.of(stated);
        if (weight.isPresent() && !weight.get().equals(s)) {
            throw fail("评分办法写明满分" + s + "分（" + quote(where) + "），与指标分值" + weight.get() + "分不一致");
        }
        return Optional.of(s);
    }

    /** Two statements of full marks in one text must agree (only matters when no weight is known). */
    Optional<Score> agree(Optional<Score> a, Optional<Score> b, Unit where) {
        if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
            throw failOn(where, "满分写了两个不同的分值（" + a.get() + "分与" + b.get() + "分）");
        }
        return a.isPresent() ? a : b;
    }

    /** No grade may be worth more than the weight. */
    void checkGradePoints(Unit u, BigDecimal points) {
        if (weight.isPresent() && Score.of(points).isGreaterThan(weight.get())) {
            throw failOn(u, "档次分值" + Score.of(points) + "分超过指标分值" + weight.get() + "分");
        }
    }

    /** A graded rule's full marks: the weight, else its top grade. A top grade below the weight is worth a note. */
    Optional<Score> gradedWeight(BigDecimal top) {
        Optional<Score> ruleWeight = weight.isPresent() ? weight : Optional.of(Score.of(top));
        if (weight.isPresent() && Score.of(top).isLessThan(weight.get())) {
            note("最高档" + Score.of(top) + "分低于指标分值" + weight.get() + "分");
        }
        return ruleWeight;
    }
}
