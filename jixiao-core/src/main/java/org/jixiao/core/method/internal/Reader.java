package org.jixiao.core.method.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.Span;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.ScoringRule;

/**
 * Compiles one 评分办法 text. The text is cut into sentences (at ; 。 and sub-clause numbers), each
 * sentence into <em>units</em>: a condition followed by a points marker ("达到90%" + "得2分", "一项重点工作
 * 没有完成" + "扣4分", "…要求(1分)"), or a phrase such as "根据完成度得分", "扣完为止", "实际值/指标值×分值".
 * Sentences that define a score ("本指标得分=…") are read as formulas. The set of unit kinds decides the
 * rule; every piece of text must be accounted for — as a part of the rule or as commentary (注…,
 * …是指…, a definition, a lead-in without numbers) — or the rule is manual and the reason names the
 * piece. Nothing here throws on any input; the caller still guards.
 *
 * <p>This class decides the path; {@link UnitScanner} finds the units, {@link Reading} keeps what a
 * path has said, and one class per family of rules builds it ({@link ChecklistRules},
 * {@link BonusPenaltyRules}, {@link DeductionRules}, {@link RatioRules}, {@link GradeRules},
 * {@link BandRules}, {@link FormulaRules}, {@link QualitativeRules}, {@link FootnoteRules}).
 */
public final class Reader {

    /** What the compiler concluded. {@code rule} is a {@link Manual} exactly when {@code manual}. */
    public record Result(ScoringRule rule, boolean manual, String reason, List<Span> spans, List<String> notes,
                         Optional<Score> weight) {
    }

    /** Longer texts are not compiled: a scoring method is a cell, not a document, and time must stay bounded. */
    public static final int MAX_LENGTH = 2_000;

    /** The prefix of the canonical text of a manual rule; what follows it is the guidance, verbatim. */
    public static final String MANUAL_PREFIX = "人工评分";

    private Reader() {
    }

    public static Result read(String text, CompileContext context) {
        if (text == null || text.isBlank()) {
            return manualResult("", "评分办法为空，需人工评分或按指标体系的默认规则评分", List.of());
        }
        if (text.length() > MAX_LENGTH) {
            String s = text.strip();
            if (s.startsWith(MANUAL_PREFIX)) {
                String rest = s.substring(MANUAL_PREFIX.length()).stripLeading();
                if (rest.startsWith(":") || rest.startsWith("：")) {
                    rest = rest.substring(1);
                }
                return new Result(new Manual(rest.strip()), true, "评分办法写明由人工评分", List.of(), List.of(), context.weight());
            }
            return manualResult(s, "评分办法超过" + MAX_LENGTH + "字，未编译，需人工评分", List.of());
        }
        Reading reading = new Reading(text, context);
        try {
            return run(reading);
        } catch (Reading.Failure f) {
            return reading.manual(f.getMessage());
        } catch (IllegalArgumentException e) {
            // A rule's own constructor refused the parameters read (a band upside down, an empty name).
            return reading.manual("规则参数无效：" + e.getMessage());
        }
    }

    /** A manual rule; it carries no notes, which describe executable rules only. */
    static Result manualResult(String guidance, String reason, List<Span> spans) {
        return new Result(new Manual(guidance), true, reason, spans, List.of(), Optional.empty());
    }

    private static Result run(Reading r) {
        String t = r.t;
        if (t.isEmpty()) {
            return manualResult(r.src.original().strip(), "评分办法为空，需人工评分或按指标体系的默认规则评分", List.of());
        }
        if (t.startsWith(MANUAL_PREFIX)) {
            return explicitManual(r);
        }
        List<Sentence> formulaSentences = new ArrayList<>();
        boolean directions = t.contains("正向") || t.contains("反向");
        UnitScanner scanner = new UnitScanner(t);
        for (Sentence s : r.sentences) {
            // "正向指标得分=实际值/指标值×分值" in a footnote is the template's algorithm, not a formula.
            boolean templateRatio = directions && Ratio.find(t, s.start(), s.end()) != null;
            if (ExprParser.definesScore(t, s.start(), s.end()) && !templateRatio) {
                formulaSentences.add(s);
            } else {
                scanner.scan(s, r.units, r.pieces);
            }
        }
        QualitativeRules.Ranges ranges = QualitativeRules.find(r);
        List<Unit> ratios = r.unitsOf(Kind.RATIO);
        boolean footnote = directions && !ratios.isEmpty()
                && (ratios.stream().map(u -> u.ratio).distinct().count() > 1 || !ranges.isEmpty());
        if (footnote) {
            return new FootnoteRules(r).build(ranges);
        }
        if (!r.unitsOf(Kind.DISCRETION).isEmpty()) {
            return new BonusPenaltyRules(r).discretion();
        }
        if (!formulaSentences.isEmpty()) {
            return new FormulaRules(r).build(formulaSentences);
        }
        if (!ranges.isEmpty() && r.scoring().isEmpty()) {
            return new QualitativeRules(r).build(ranges);
        }
        return classify(r);
    }

    /** "人工评分：…": what follows is the guidance, as written. */
    private static Result explicitManual(Reading r) {
        int i = MANUAL_PREFIX.length();
        if (i < r.t.length() && r.t.charAt(i) == ':') {
            i++;
        }
        String guidance = r.src.original().substring(r.src.originalEnd(i)).strip();
        r.span("manual", 0, r.t.length());
        return r.statedManual(guidance);
    }

    /** The kinds of the scoring units choose the family; the first kind in this order wins. */
    private static Result classify(Reading r) {
        List<Unit> scoring = r.scoring();
        if (scoring.isEmpty()) {
            r.accountForPieces(Set.of());
            if (r.allUnderstood()) {
                for (Piece p : r.pieces) {
                    r.unknown(p.start(), p.end());
                }
            }
            r.dropNotes();
            return r.manual("评分办法未写明分值或计分方法");
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Unit u : scoring) {
            kinds.add(u.kind);
        }
        if (kinds.contains(Kind.PAREN)) {
            return new ChecklistRules(r).build();
        }
        if (kinds.contains(Kind.ADD)) {
            return new BonusPenaltyRules(r).bonus();
        }
        if (kinds.contains(Kind.SUB)) {
            return new BonusPenaltyRules(r).subtractions();
        }
        if (kinds.contains(Kind.RATIO)) {
            return new RatioRules(r).ratio();
        }
        if (kinds.contains(Kind.PARTIAL)) {
            return new RatioRules(r).proportional();
        }
        return new GradeRules(r).build();
    }
}
