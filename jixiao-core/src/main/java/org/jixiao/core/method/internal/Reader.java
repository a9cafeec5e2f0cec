package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.Span;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
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
 * Compiles one 评分办法 text. The text is cut into sentences (at ; 。 and sub-clause numbers), each
 * sentence into <em>units</em>: a condition followed by a points marker ("达到90%" + "得2分", "一项重点工作
 * 没有完成" + "扣4分", "…要求(1分)"), or a phrase such as "根据完成度得分", "扣完为止", "实际值/指标值×分值".
 * Sentences that define a score ("本指标得分=…") are read as formulas. The set of unit kinds decides the
 * rule; every piece of text must be accounted for — as a part of the rule or as commentary (注…,
 * …是指…, a definition, a lead-in without numbers) — or the rule is manual and the reason names the
 * piece. Nothing here throws on any input; the caller still guards.
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

    enum K { GAIN, FULL, ZERO, PAREN, ADD, SUB, PARTIAL, RATIO, CAP, FLOOR, DISCRETION }

    record Sentence(int start, int end, boolean numbered) {
    }

    /** A condition and the marker that follows it. */
    static final class Unit {
        K kind;
        BigDecimal points;
        int condStart;
        int condEnd;
        int markStart;
        int markEnd;
        Sentence sentence;
        Ratio.Kind ratio;
        /** For CAP and DISCRETION: 'a' adding, 's' subtracting, 'o' other. */
        char sign = 'o';

        Unit(K kind, int markStart, int markEnd) {
            this.kind = kind;
            this.markStart = markStart;
            this.markEnd = markEnd;
        }
    }

    /** Text of a sentence not taken by any unit. */
    record Piece(int start, int end, Sentence sentence, boolean wholeSentence) {
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final Source src;
    private final String t;
    private final CompileContext ctx;
    private final Optional<Score> weight;
    private final List<Span> spans = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<int[]> unknown = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private final Set<Sentence> consumed = new HashSet<>();

    private Reader(String text, CompileContext ctx) {
        this.src = Source.of(text);
        this.t = src.text();
        this.ctx = ctx;
        this.weight = ctx.weight();
    }

    public static Result read(String text, CompileContext context) {
        if (text == null || text.isBlank()) {
            return manualResult("", "评分办法为空，需人工评分或按指标体系的默认规则评分", List.of(), List.of());
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
            return manualResult(s, "评分办法超过" + MAX_LENGTH + "字，未编译，需人工评分", List.of(), List.of());
        }
        Reader reader = new Reader(text, context);
        try {
            return reader.run();
        } catch (Failure f) {
            return reader.manual(f.getMessage());
        } catch (IllegalArgumentException e) {
            // A rule's own constructor refused the parameters read (a band upside down, an empty name).
            return reader.manual("规则参数无效：" + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ top level

    private Result run() {
        if (t.isEmpty()) {
            return manualResult(src.original().strip(), "评分办法为空，需人工评分或按指标体系的默认规则评分", List.of(), List.of());
        }
        if (t.startsWith(MANUAL_PREFIX)) {
            return explicitManual();
        }
        split();
        List<Sentence> formulaSentences = new ArrayList<>();
        boolean directions = t.contains("正向") || t.contains("反向");
        for (Sentence s : sentences) {
            // "正向指标得分=实际值/指标值×分值" in a footnote is the template's algorithm, not a formula.
            boolean templateRatio = directions && Ratio.find(t, s.start(), s.end()) != null;
            if (ExprParser.definesScore(t, s.start(), s.end()) && !templateRatio) {
                formulaSentences.add(s);
            } else {
                scan(s);
            }
        }
        List<BigDecimal[]> ranges = new ArrayList<>();
        List<int[]> rangeSpans = new ArrayList<>();
        Set<Sentence> qualitativeSentences = qualitativeRanges(ranges, rangeSpans);
        boolean hasRatio = units.stream().anyMatch(u -> u.kind == K.RATIO);
        boolean footnote = (t.contains("正向") || t.contains("反向")) && hasRatio
                && (units.stream().filter(u -> u.kind == K.RATIO).map(u -> u.ratio).distinct().count() > 1
                    || !ranges.isEmpty());
        if (footnote) {
            return footnote(ranges, rangeSpans, qualitativeSentences);
        }
        if (units.stream().anyMatch(u -> u.kind == K.DISCRETION)) {
            return discretion();
        }
        if (!formulaSentences.isEmpty()) {
            return formula(formulaSentences);
        }
        if (!ranges.isEmpty() && scoring().isEmpty()) {
            return qualitative(ranges, rangeSpans, qualitativeSentences);
        }
        return classify();
    }

    private Result explicitManual() {
        int i = MANUAL_PREFIX.length();
        if (i < t.length() && t.charAt(i) == ':') {
            i++;
        }
        String guidance = src.original().substring(src.originalEnd(i)).strip();
        spans.add(src.span("manual", 0, t.length()));
        return new Result(new Manual(guidance), true, "评分办法写明由人工评分", spans, notes, weight);
    }

    private void split() {
        int start = 0;
        boolean numbered = false;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ';';
            if (c == ';' || c == '。' || c == Source.ENUM || c == '!' || c == '?') {
                if (i > start) {
                    sentences.add(new Sentence(start, i, numbered));
                }
                numbered = c == Source.ENUM;
                start = i + 1;
            }
        }
    }

    private List<Unit> scoring() {
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.kind != K.CAP && u.kind != K.FLOOR && u.kind != K.DISCRETION) {
                out.add(u);
            }
        }
        return out;
    }

    private List<Unit> of(K... kinds) {
        Set<K> set = EnumSet.noneOf(K.class);
        set.addAll(List.of(kinds));
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            if (set.contains(u.kind)) {
                out.add(u);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ scanning

    private void scan(Sentence s) {
        int p = s.start();
        int condStart = s.start();
        boolean found = false;
        Ratio.Found ratio = Ratio.find(t, s.start(), s.end());
        while (p < s.end()) {
            if (ratio != null && ratio.start() < p) {
                ratio = Ratio.find(t, p, s.end());
            }
            if (ratio != null && p == ratio.start()) {
                Unit u = new Unit(K.RATIO, ratio.coreStart(), ratio.coreEnd());
                u.ratio = ratio.kind();
                u.points = ratio.points();
                add(u, s, condStart, p);
                p = ratio.end();
                condStart = p;
                found = true;
                ratio = Ratio.find(t, p, s.end());
                continue;
            }
            Unit u = match(p, s.end());
            if (u != null) {
                add(u, s, condStart, p);
                p = u.markEnd;
                condStart = p;
                found = true;
                continue;
            }
            p++;
        }
        int[] tail = Scan.trim(t, condStart, s.end());
        if (tail[1] > tail[0]) {
            pieces.add(new Piece(tail[0], tail[1], s, !found));
        }
    }

    private void add(Unit u, Sentence s, int condStart, int condEnd) {
        int[] c = Scan.trim(t, condStart, condEnd);
        u.condStart = c[0];
        u.condEnd = Math.max(c[0], c[1]);
        u.sentence = s;
        units.add(u);
    }

    /** First characters of every marker: most positions in a text start none, and are skipped at once. */
    private static final String TRIGGERS = "加累扣减最上不以直酌根视专综人按依得计给满(额另奖倒可记赋0123456789";

    private Unit match(int p, int end) {
        if (TRIGGERS.indexOf(t.charAt(p)) < 0) {
            return null;
        }
        Unit u = cap(p, end);
        if (u == null) {
            u = floor(p, end);
        }
        if (u == null) {
            u = discretionAt(p, end);
        }
        if (u == null) {
            u = partial(p, end);
        }
        if (u == null) {
            u = words(p, end);
        }
        if (u == null) {
            u = pointsMarker(p, end);
        }
        return u;
    }

    private Unit cap(int p, int end) {
        int i = p;
        char sign = 'o';
        if (Scan.at(t, i, "加满")) {
            Scan.Number n = Scan.number(t, i + 2, end, true);
            if (n != null && Scan.pointsAt(t, n.end(), end)) {
                int e = n.end() + 1;
                String tail = Scan.atAny(t, e, "为止", "为限");
                Unit u = new Unit(K.CAP, p, tail == null ? e : e + 2);
                u.points = n.value();
                u.sign = 'a';
                return u;
            }
            return null;
        }
        String pre = Scan.atAny(t, i, "累计加分", "累计扣分", "加分", "扣分", "减分");
        if (pre != null) {
            sign = pre.contains("加") ? 'a' : 's';
            i += pre.length();
        }
        String kw = Scan.atAny(t, i, "最高", "最多", "上限为", "上限", "不超过", "不高于", "以");
        if (kw == null) {
            return null;
        }
        i += kw.length();
        String mid = Scan.atAny(t, i, "可得", "得", "加", "扣", "减", "为", "不超过", "计");
        if (mid != null) {
            if (mid.equals("加")) {
                sign = 'a';
            } else if (mid.equals("扣") || mid.equals("减")) {
                sign = 's';
            }
            i += mid.length();
        }
        String whole = Scan.atAny(t, i, "该指标分值", "指标分值", "分值", "满分");
        if (whole != null) {
            // 最高不超过分值 / 以分值为限: capped at the weight itself.
            i += whole.length();
            String tail = Scan.atAny(t, i, "为上限", "为限", "为止");
            if (kw.equals("以") && tail == null) {
                return null;
            }
            Unit u = new Unit(K.CAP, p, tail == null ? i : i + tail.length());
            u.sign = sign;
            return u;
        }
        Scan.Number n = Scan.number(t, i, end, true);
        if (n == null || !Scan.pointsAt(t, n.end(), end)) {
            return null;
        }
        i = n.end() + 1;
        String tail = Scan.atAny(t, i, "为上限", "为限", "为止");
        if (kw.equals("以") && tail == null) {
            return null;
        }
        if (tail != null) {
            i += tail.length();
        }
        Unit u = new Unit(K.CAP, p, i);
        u.points = n.value();
        u.sign = sign;
        return u;
    }

    private Unit floor(int p, int end) {
        String w = Scan.atAny(t, p, "直至", "直到");
        if (w != null) {
            Scan.Number n = Scan.number(t, p + w.length(), end, true);
            if (n != null && Scan.pointsAt(t, n.end(), end)) {
                int i = n.end() + 1;
                String done = Scan.atAny(t, i, "扣完为止", "扣完即止", "扣完");
                if (done != null) {
                    Unit u = new Unit(K.FLOOR, p, i + done.length());
                    u.points = n.value();
                    return u;
                }
            }
            return null;
        }
        w = Scan.atAny(t, p, "扣完为止", "扣完即止", "扣完", "扣至0分为止", "扣至零分为止", "扣至0分", "减至0分", "最低为0分",
                "最低得0分", "最低0分", "最低为零分", "不得为负", "不计负分", "不倒扣", "不出现负分");
        return w == null ? null : new Unit(K.FLOOR, p, p + w.length());
    }

    private Unit discretionAt(int p, int end) {
        if (Scan.at(t, p, "酌情")) {
            String verb = Scan.atAny(t, p + 2, "扣分", "扣减", "减分", "扣除", "加分", "给分", "评分", "打分", "赋分", "计分", "扣", "加",
                    "减");
            Unit u = new Unit(K.DISCRETION, p, p + 2 + (verb == null ? 0 : verb.length()));
            u.sign = verb == null ? 'o' : verb.contains("加") ? 'a' : (verb.contains("扣") || verb.contains("减")) ? 's' : 'o';
            return u;
        }
        String lead = Scan.atAny(t, p, "根据实际情况", "根据具体情况", "视具体情况", "视情况", "根据情况");
        if (lead != null) {
            String verb = Scan.atAny(t, p + lead.length(), "评分", "打分", "赋分", "给分", "扣分", "计分", "扣减", "确定得分", "确定分值");
            return verb == null ? null : new Unit(K.DISCRETION, p, p + lead.length() + verb.length());
        }
        String w = Scan.atAny(t, p, "专家评分", "专家打分", "专家评定", "综合评定", "综合评分", "人工评分", "人工判断");
        return w == null ? null : new Unit(K.DISCRETION, p, p + w.length());
    }

    private Unit partial(int p, int end) {
        String pre = Scan.atAny(t, p, "根据", "按照", "依据", "按");
        if (pre == null) {
            return null;
        }
        int i = p + pre.length();
        if (Scan.at(t, i, "实际")) {
            i += 2;
        }
        String core = Scan.atAny(t, i, "完成情况按比例", "完成程度", "完成比例", "完成度", "完成率", "比例");
        if (core == null) {
            return null;
        }
        i += core.length();
        boolean converted = Scan.at(t, i, "折算");
        if (converted) {
            i += 2;
        }
        String verb = Scan.atAny(t, i, "得分", "计分", "给分", "赋分");
        if (verb == null) {
            // "按比例折算" says it without a verb.
            return converted ? new Unit(K.PARTIAL, p, i) : null;
        }
        return new Unit(K.PARTIAL, p, i + verb.length());
    }

    private Unit words(int p, int end) {
        String w = Scan.atAny(t, p, "不得分", "不计分", "不给分", "不赋分", "得零分", "计零分");
        if (w != null) {
            Unit u = new Unit(K.ZERO, p, p + w.length());
            u.points = BigDecimal.ZERO;
            return u;
        }
        w = Scan.atAny(t, p, "得满分", "计满分", "给满分", "得全分", "满分");
        if (w != null) {
            return new Unit(K.FULL, p, p + w.length());
        }
        return null;
    }

    private Unit pointsMarker(int p, int end) {
        char c = t.charAt(p);
        if (c == '(') {
            Scan.Number n = Scan.digits(t, p + 1, end);
            if (n != null && Scan.pointsAt(t, n.end(), end) && n.end() + 1 < end && t.charAt(n.end() + 1) == ')') {
                Unit u = new Unit(K.PAREN, p, n.end() + 2);
                u.points = n.value();
                return u;
            }
            return null;
        }
        K kind = null;
        String w = Scan.atAny(t, p, "额外加", "另加", "奖励", "加");
        if (w != null) {
            kind = K.ADD;
        } else {
            w = Scan.atAny(t, p, "扣除", "扣减", "倒扣", "减去", "扣", "减");
            if (w != null) {
                kind = K.SUB;
            } else {
                w = Scan.atAny(t, p, "可得", "得到", "得", "计", "给", "记", "赋");
                if (w != null) {
                    kind = K.GAIN;
                }
            }
        }
        if (kind != null) {
            Scan.Number n = Scan.number(t, p + w.length(), end, true);
            if (n != null && Scan.pointsAt(t, n.end(), end)) {
                Unit u = new Unit(kind, p, n.end() + 1);
                u.points = n.value();
                return u;
            }
            return null;
        }
        if (Scan.isDigit(c) && (p == 0 || bareBefore(t.charAt(p - 1)))) {
            Scan.Number n = Scan.digits(t, p, end);
            if (n != null && Scan.pointsAt(t, n.end(), end)) {
                Unit u = new Unit(K.GAIN, p, n.end() + 1);
                u.points = n.value();
                return u;
            }
        }
        return null;
    }

    /** "优秀8分": a bare number of points, unless what precedes makes it part of something else. */
    private static boolean bareBefore(char c) {
        return !(Scan.isDigit(c) || c == '.' || "得计给记赋加扣减除(以至×*=/÷+-%~第".indexOf(c) >= 0
                || (c < 128 && Character.isLetter(c)));
    }

    // ------------------------------------------------------------------ commentary and leftovers

    private boolean isNote(int start, int end) {
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
    private void accountForPieces(Set<Sentence> allowed) {
        int firstScoring = Integer.MAX_VALUE;
        for (Unit u : scoring()) {
            firstScoring = Math.min(firstScoring, u.sentence.start());
        }
        for (Piece piece : pieces) {
            if (allowed.contains(piece.sentence()) || consumed.contains(piece.sentence())) {
                continue;
            }
            if (isNote(piece.start(), piece.end())) {
                spans.add(src.span("note", piece.start(), piece.end()));
                continue;
            }
            boolean lead = piece.sentence().start() < firstScoring;
            if (!Scan.hasDigit(t.substring(piece.start(), piece.end())) && (lead || piece.wholeSentence())
                    && !trailing(piece)) {
                spans.add(src.span("note", piece.start(), piece.end()));
                continue;
            }
            unknown.add(new int[] {piece.start(), piece.end()});
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

    private Result done(ScoringRule rule, Optional<Score> ruleWeight) {
        accountForPieces(Set.of());
        return finish(rule, ruleWeight);
    }

    private Result finish(ScoringRule rule, Optional<Score> ruleWeight) {
        if (!unknown.isEmpty()) {
            return manual(null);
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.part().compareTo(b.part()));
        return new Result(rule, false, "", spans, notes, ruleWeight.isPresent() ? ruleWeight : weight);
    }

    private Result manual(String why) {
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
                spans.add(src.span("unknown", u[0], u[1]));
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
        return manualResult(src.original().strip(), reason.toString(), spans, List.of());
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

    private static Result manualResult(String guidance, String reason, List<Span> spans, List<String> notes) {
        return new Result(new Manual(guidance), true, reason, spans, notes, Optional.empty());
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 38) + "…";
    }

    private String quote(int start, int end) {
        return "“" + shorten(src.originalText(start, end)) + "”";
    }

    private String quote(Unit u) {
        return quote(Math.min(u.condStart, u.markStart), u.markEnd);
    }

    private Failure fail(String message) {
        return new Failure(message);
    }

    private Failure failOn(Unit u, String message) {
        unknown.add(new int[] {Math.min(u.condStart, u.markStart), u.markEnd});
        return new Failure(message);
    }

    // ------------------------------------------------------------------ weight

    /** The full marks the text states must be the weight; when no weight is known they become it. */
    private Optional<Score> checkFull(BigDecimal stated, Unit where) {
        if (stated == null) {
            return weight;
        }
        Score s = Score.of(stated);
        if (weight.isPresent() && !weight.get().equals(s)) {
            throw failOnly("评分办法写明满分" + s + "分（" + quote(where) + "），与指标分值" + weight.get() + "分不一致");
        }
        return Optional.of(s);
    }

    /** Two statements of full marks in one text must agree (only matters when no weight is known). */
    private Optional<Score> agree(Optional<Score> a, Optional<Score> b, Unit where) {
        if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
            throw failOn(where, "满分写了两个不同的分值（" + a.get() + "分与" + b.get() + "分）");
        }
        return a.isPresent() ? a : b;
    }

    private Failure failOnly(String message) {
        return new Failure(message);
    }

    private BigDecimal pointsOf(Unit u) {
        if (u.kind == K.FULL) {
            return weight.map(Score::points).orElse(null);
        }
        return u.points;
    }

    // ------------------------------------------------------------------ paths

    private Result discretion() {
        List<Unit> d = of(K.DISCRETION);
        List<Unit> caps = of(K.CAP);
        if (scoring().isEmpty() && caps.size() == 1 && d.size() == 1 && d.get(0).sign != 'o' && caps.get(0).points != null) {
            boolean penalty = d.get(0).sign == 's';
            Score cap = Score.of(caps.get(0).points);
            spans.add(src.span(penalty ? "penalty" : "bonus", d.get(0).markStart, d.get(0).markEnd));
            spans.add(src.span("cap", caps.get(0).markStart, caps.get(0).markEnd));
            notes.add((penalty ? "酌情扣分" : "酌情加分") + "：无相关事项时为0分，有事项时需人工认定分值");
            return done(new BonusPenalty(List.of(), cap, penalty), Optional.of(cap));
        }
        accountForPieces(Set.of());
        StringBuilder why = new StringBuilder("评分办法要求人工判断（");
        for (int i = 0; i < d.size(); i++) {
            Unit u = d.get(i);
            why.append(i == 0 ? "" : "、").append('“').append(src.originalText(u.markStart, u.markEnd)).append('”');
            spans.add(src.span("manual", u.markStart, u.markEnd));
        }
        why.append('）');
        return manual(why.toString());
    }

    private Result classify() {
        List<Unit> scoring = scoring();
        if (scoring.isEmpty()) {
            accountForPieces(Set.of());
            if (unknown.isEmpty()) {
                for (Piece p : pieces) {
                    unknown.add(new int[] {p.start(), p.end()});
                }
            }
            spans.removeIf(s -> s.part().equals("note"));
            return manual("评分办法未写明分值或计分方法");
        }
        Set<K> kinds = EnumSet.noneOf(K.class);
        for (Unit u : scoring) {
            kinds.add(u.kind);
        }
        if (kinds.contains(K.PAREN)) {
            return checklist();
        }
        if (kinds.contains(K.ADD)) {
            return bonus();
        }
        if (kinds.contains(K.SUB)) {
            return subtractions();
        }
        if (kinds.contains(K.RATIO)) {
            return ratio();
        }
        if (kinds.contains(K.PARTIAL)) {
            return proportional();
        }
        return graded();
    }

    // -------- checklist: 1. …(1分)；2. …(1分)

    private Result checklist() {
        Map<Sentence, List<Unit>> bySentence = new LinkedHashMap<>();
        for (Unit u : scoring()) {
            bySentence.computeIfAbsent(u.sentence, k -> new ArrayList<>()).add(u);
        }
        List<Checklist.Item> items = new ArrayList<>();
        Set<Sentence> itemSentences = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Sentence, List<Unit>> e : bySentence.entrySet()) {
            Sentence s = e.getKey();
            List<Unit> parens = e.getValue().stream().filter(u -> u.kind == K.PAREN).toList();
            if (parens.isEmpty()) {
                for (Unit u : e.getValue()) {
                    unknown.add(new int[] {Math.min(u.condStart, u.markStart), u.markEnd});
                }
                continue;
            }
            if (parens.size() > 1 || !s.numbered()) {
                unknown.add(new int[] {s.start(), s.end()});
                continue;
            }
            Unit paren = parens.get(0);
            for (Unit u : e.getValue()) {
                if (u.kind != K.PAREN && u.kind != K.GAIN && u.kind != K.ZERO) {
                    unknown.add(new int[] {Math.min(u.condStart, u.markStart), u.markEnd});
                }
            }
            int[] before = separatorsTrimmed(s.start(), paren.markStart);
            int[] after = separatorsTrimmed(paren.markEnd, s.end());
            String text = t.substring(before[0], Math.max(before[0], before[1]));
            if (after[1] > after[0]) {
                text = text + (text.isEmpty() ? "" : ",") + t.substring(after[0], after[1]);
            }
            if (numbered(text)) {
                unknown.add(new int[] {s.start(), s.end()});
                continue;
            }
            items.add(new Checklist.Item(text, Score.of(paren.points)));
            sum = sum.add(paren.points);
            itemSentences.add(s);
            spans.add(src.span("item", s.start(), s.end()));
        }
        accountForPieces(itemSentences);
        if (items.isEmpty()) {
            return manual("分项未写明分值");
        }
        for (Sentence s : sentences) {
            if (s.numbered() && !itemSentences.contains(s) && !bySentence.containsKey(s) && !isNote(s.start(), s.end())) {
                boolean alreadyUnknown = unknown.stream().anyMatch(u -> u[0] >= s.start() && u[1] <= s.end());
                if (!alreadyUnknown) {
                    unknown.add(new int[] {s.start(), s.end()});
                }
            }
        }
        if (!unknown.isEmpty()) {
            return manual("分项未写明分值或无法识别");
        }
        Score total = Score.of(sum);
        if (weight.isPresent() && !weight.get().equals(total)) {
            return manual("各分项分值合计" + total + "分，与指标分值" + weight.get() + "分不一致");
        }
        return finish(new Checklist(items), Optional.of(total));
    }

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

    /** Text that starts like a sub-clause number ("2.", "(3)", "④") cannot be written after one. */
    private static boolean numbered(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c == Source.ENUM || (c >= '\u2460' && c <= '\u2487') || (c >= '\u2776' && c <= '\u277F')) {
            return true;
        }
        int i = 0;
        while (i < text.length() && i < 2 && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > 0 && i < text.length() && ".、)".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return c == '(' && text.length() > 2 && (Scan.isDigit(text.charAt(1)) || "一二三四五六七八九十".indexOf(text.charAt(1)) >= 0);
    }

    // -------- bonus: 受到国务院嘉奖加3分, …

    private Result bonus() {
        List<BonusPenalty.Item> items = new ArrayList<>();
        for (Unit u : scoring()) {
            if (u.kind != K.ADD) {
                throw failOn(u, "加分项中混有其他计分方式");
            }
            String name = itemName(u, List.of("受到", "得到", "获得", "荣获", "获", "被评为", "评为", "取得"));
            if (name == null) {
                throw failOn(u, "加分事项未写明");
            }
            items.add(new BonusPenalty.Item(name, Score.of(u.points)));
            spans.add(src.span("bonus", u.condStart, u.markEnd));
        }
        Score cap = cap('a');
        return done(new BonusPenalty(items, cap, false), Optional.of(cap));
    }

    private Score cap(char sign) {
        List<Unit> caps = of(K.CAP);
        if (caps.size() > 1) {
            throw failOn(caps.get(1), "上限写了不止一处");
        }
        if (caps.size() == 1) {
            Unit c = caps.get(0);
            if (c.sign != 'o' && c.sign != sign) {
                throw failOn(c, "上限与加减方向不符");
            }
            spans.add(src.span("cap", c.markStart, c.markEnd));
            if (c.points == null) {
                if (weight.isPresent() && !weight.get().isZero()) {
                    return weight.get();
                }
                throw failOn(c, "上限为指标分值，但指标分值未给出");
            }
            Score stated = Score.of(c.points);
            if (weight.isPresent() && !weight.get().isZero() && !weight.get().equals(stated)) {
                notes.add("评分办法写明上限" + stated + "分，指标分值为" + weight.get() + "分，按评分办法的上限计");
            }
            return stated;
        }
        if (weight.isPresent() && !weight.get().isZero()) {
            notes.add("评分办法未写明上限，以指标分值" + weight.get() + "分为上限");
            return weight.get();
        }
        throw fail(sign == 'a' ? "评分办法未写明加分上限，指标分值也未给出" : "评分办法未写明扣分上限，指标分值也未给出");
    }

    private String itemName(Unit u, List<String> verbs) {
        String s = t.substring(u.condStart, u.condEnd).replace("\"", "");
        for (String v : verbs) {
            if (s.startsWith(v) && s.length() > v.length()) {
                s = s.substring(v.length());
                break;
            }
        }
        String name = ValueText.label(s);
        while (!name.isEmpty() && ",:、的".indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1);
        }
        if (numbered(name)) {
            return null;
        }
        // One item per marker: a name holding a separator or points is two items run together.
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (",;。()-~÷×*/=<>≤≥%".indexOf(c) >= 0 || (c == '分' && i > 0 && Scan.isDigit(name.charAt(i - 1)))) {
                return null;
            }
        }
        return name.isEmpty() ? null : name;
    }

    // -------- deductions and penalties

    private Result subtractions() {
        List<Unit> subs = of(K.SUB);
        if (subs.size() == 1 && perUnit(subs.get(0))) {
            return deduction(subs.get(0));
        }
        boolean capStated = !of(K.CAP).isEmpty();
        boolean onlySubs = scoring().stream().allMatch(u -> u.kind == K.SUB);
        if (onlySubs && (capStated || weight.map(Score::isZero).orElse(false))) {
            List<BonusPenalty.Item> items = new ArrayList<>();
            for (Unit u : subs) {
                String name = itemName(u, List.of("发生", "出现", "受到", "被"));
                if (name == null) {
                    throw failOn(u, "扣分事项未写明");
                }
                items.add(new BonusPenalty.Item(name, Score.of(u.points)));
                spans.add(src.span("penalty", u.condStart, u.markEnd));
            }
            Score cap = cap('s');
            return done(new BonusPenalty(items, cap, true), weight);
        }
        Unit first = subs.get(0);
        throw failOn(first, "扣分办法无法确定（是否按次累计扣分、从何处扣起）");
    }

    private static final List<String> PER_UNIT_CLASSIFIERS = List.of("项", "个", "次", "处", "件", "条", "人", "例", "起", "家", "天",
            "篇", "所", "批", "份");

    private boolean perUnit(Unit u) {
        String c = t.substring(u.condStart, u.condEnd);
        if (c.contains("每")) {
            return true;
        }
        if (c.contains("一个百分点") || c.contains("1个百分点") || c.contains("1%") && c.contains("超出一")) {
            return true;
        }
        if (!c.isEmpty() && (c.charAt(0) == '一' || c.charAt(0) == '1') && c.length() > 1
                && PER_UNIT_CLASSIFIERS.contains(c.substring(1, 2))) {
            return true;
        }
        return false;
    }

    private Result deduction(Unit sub) {
        String c = t.substring(sub.condStart, sub.condEnd);
        boolean down = (c.contains("百分点") || c.contains("%")) && (c.contains("低于") || c.contains("不足") || c.contains("未达到"));
        for (String w : List.of("每降低", "每减少", "每下降", "每低", "每少")) {
            down |= c.contains(w);
        }
        if (down) {
            throw failOn(sub, "按低于目标的差额扣分暂不支持");
        }
        int per = c.indexOf("每超出");
        if (per < 0) {
            per = c.indexOf("每超过");
        }
        if (per >= 0) {
            Scan.Number step = Scan.number(c, per + 3, c.length(), true);
            if (step != null && step.value().compareTo(BigDecimal.ONE) != 0) {
                throw failOn(sub, "每超出" + step.value().toPlainString() + "个单位扣分：是否按比例折算无法确定");
            }
        }
        BigDecimal allowance = allowanceIn(c);
        spans.add(src.span("deduction", sub.condStart, sub.markEnd));
        Optional<Score> ruleWeight = weight;
        for (Unit u : scoring()) {
            if (u == sub) {
                continue;
            }
            if (u.kind != K.GAIN && u.kind != K.FULL) {
                throw failOn(u, "扣分办法中混有其他计分方式");
            }
            BigDecimal stated = pointsOf(u);
            ruleWeight = checkFull(stated, u);
            String cond = t.substring(u.condStart, u.condEnd);
            Optional<Condition.Range> range = Condition.range(cond);
            if (range.isPresent()) {
                Condition.Range r = range.get();
                if (!r.onlyUpper() || !r.upperInclusive()) {
                    throw failOn(u, "满分条件无法识别");
                }
                if (allowance != null && allowance.compareTo(r.upper().get()) != 0) {
                    throw failOn(u, "满分条件与扣分起点不一致");
                }
                allowance = r.upper().get();
                spans.add(src.span("allowance", u.condStart, u.condEnd));
            } else if (Scan.hasDigit(cond)) {
                throw failOn(u, "满分条件无法识别");
            }
            spans.add(src.span("full", u.condStart, u.markEnd));
        }
        for (Unit f : of(K.FLOOR)) {
            spans.add(src.span("floor", f.markStart, f.markEnd));
            if (f.points != null) {
                ruleWeight = checkFull(f.points, f);
                if (ruleWeight.isPresent() && weight.isEmpty() && !ruleWeight.get().equals(Score.of(f.points))) {
                    throw failOn(f, "扣完的分值与满分不一致");
                }
            }
        }
        if (!of(K.CAP).isEmpty()) {
            throw failOn(of(K.CAP).get(0), "扣分办法中的上限无法识别");
        }
        return done(new Deduction(Score.of(sub.points), allowance == null ? BigDecimal.ZERO : allowance), ruleWeight);
    }

    /** "超出10%的,超出一个百分点" → 10: where the deduction starts. */
    private static BigDecimal allowanceIn(String c) {
        for (String w : List.of("超出", "超过", "高于", "大于")) {
            int i = c.indexOf(w);
            while (i >= 0) {
                Scan.Number n = Scan.digits(c, i + w.length(), c.length());
                if (n != null) {
                    return Decimals.canonical(n.value());
                }
                i = c.indexOf(w, i + 1);
            }
        }
        return null;
    }

    // -------- ratio: 实际值/指标值×分值 …

    private Result ratio() {
        List<Unit> ratios = of(K.RATIO);
        Ratio.Kind kind = ratios.get(0).ratio;
        for (Unit r : ratios) {
            if (r.ratio != kind) {
                throw failOn(r, "评分办法同时写了不同的算法");
            }
            spans.add(src.span("ratio", Math.min(r.condStart, r.markStart), r.markEnd));
            checkCompanion(r);
        }
        if (ratios.size() > 1) {
            throw failOn(ratios.get(1), "算法写了不止一处");
        }
        Optional<Score> ruleWeight = checkFull(ratios.get(0).points, ratios.get(0));
        List<Unit> gains = new ArrayList<>();
        for (Unit u : scoring()) {
            if (u.kind == K.GAIN || u.kind == K.FULL) {
                gains.add(u);
            } else if (u.kind != K.RATIO) {
                throw failOn(u, "评分办法中混有其他计分方式");
            }
        }
        for (Unit c : of(K.CAP)) {
            ruleWeight = agree(ruleWeight, checkFull(c.points, c), c);
            spans.add(src.span("cap", c.markStart, c.markEnd));
        }
        if (gains.size() > 1) {
            throw failOn(gains.get(1), "满分条件写了不止一处");
        }
        Optional<Quantity> target = Optional.empty();
        if (gains.size() == 1) {
            Unit g = gains.get(0);
            ruleWeight = agree(ruleWeight, checkFull(pointsOf(g), g), g);
            if (kind == Ratio.Kind.EXECUTION) {
                throw failOn(g, "执行率算法不需要另写满分条件");
            }
            target = ratioTarget(g, kind == Ratio.Kind.PROPORTIONAL ? Comparison.AT_LEAST : Comparison.AT_MOST);
            spans.add(src.span("full", g.markStart, g.markEnd));
        }
        ScoringRule rule = switch (kind) {
            case PROPORTIONAL -> new Proportional(target);
            case REVERSE -> new Reverse(target);
            case EXECUTION -> new ExecutionRate();
        };
        return done(rule, ruleWeight);
    }

    /** The text before a ratio or "根据完成度得分" says when it applies: "未达到的", "超过的", or nothing. */
    private void checkCompanion(Unit u) {
        String c = t.substring(u.condStart, u.condEnd);
        if (Scan.hasDigit(c)) {
            Optional<Condition.Range> r = Condition.range(c);
            if (r.isEmpty() || Condition.comparison(r.get()).isEmpty()) {
                throw failOn(u, "适用条件无法识别");
            }
        }
    }

    private static final List<String> TARGET_WORDS = List.of("年度指标值", "年度目标值", "指标值", "目标值", "标准值", "计划值",
            "预期目标", "预期指标", "年度目标", "目标", "指标");

    private boolean namesTheTarget(String cond) {
        String c = cond;
        for (String w : List.of("达到或超过", "达到", "完成", "不超过", "不高于", "未超过", "低于", "高于")) {
            if (c.startsWith(w)) {
                c = c.substring(w.length());
                break;
            }
        }
        return c.isEmpty() ? cond.equals("达到") || cond.equals("完成") : TARGET_WORDS.contains(c);
    }

    /** The target a full-marks condition names ("达到90%" / "不超过20万元"), or empty for "达到指标值". */
    private Optional<Quantity> ratioTarget(Unit g, Comparison expected) {
        String cond = t.substring(g.condStart, g.condEnd);
        if (namesTheTarget(cond) || cond.isEmpty()) {
            if (g.condEnd > g.condStart) {
                spans.add(src.span("target", g.condStart, g.condEnd));
            }
            return Optional.empty();
        }
        Optional<Condition.Range> range = Condition.range(cond);
        if (range.isEmpty()) {
            throw failOn(g, "满分条件无法识别");
        }
        Condition.Range r = range.get();
        boolean ok = expected == Comparison.AT_LEAST ? r.onlyLower() && r.lowerInclusive() : r.onlyUpper() && r.upperInclusive();
        if (!ok) {
            throw failOn(g, expected == Comparison.AT_LEAST ? "满分条件应为“达到…”" : "满分条件应为“不超过…”");
        }
        spans.add(src.span("target", g.condStart, g.condEnd));
        BigDecimal value = expected == Comparison.AT_LEAST ? r.lower().get() : r.upper().get();
        return Optional.of(new Quantity(value, r.unit()));
    }

    // -------- proportional: 达到90%得2分，未达到根据完成度得分

    private Result proportional() {
        List<Unit> partials = of(K.PARTIAL);
        if (partials.size() > 1) {
            throw failOn(partials.get(1), "“按完成度得分”写了不止一处");
        }
        Unit partial = partials.get(0);
        List<Unit> gains = new ArrayList<>();
        for (Unit u : scoring()) {
            if (u.kind == K.GAIN || u.kind == K.FULL) {
                gains.add(u);
            } else if (u.kind != K.PARTIAL) {
                throw failOn(u, "评分办法中混有其他计分方式");
            }
        }
        spans.add(src.span("partial", Math.min(partial.condStart, partial.markStart), partial.markEnd));
        checkCompanion(partial);
        Optional<Score> ruleWeight = weight;
        for (Unit c : of(K.CAP)) {
            ruleWeight = checkFull(c.points, c);
            spans.add(src.span("cap", c.markStart, c.markEnd));
        }
        if (gains.isEmpty()) {
            return done(Proportional.ofIndicatorTarget(), ruleWeight);
        }
        if (gains.size() > 1) {
            throw failOn(gains.get(1), "满分条件写了不止一处");
        }
        Unit g = gains.get(0);
        ruleWeight = checkFull(pointsOf(g), g);
        spans.add(src.span("full", g.markStart, g.markEnd));
        String cond = t.substring(g.condStart, g.condEnd);
        if (namesTheTarget(cond) || cond.isEmpty() || Condition.range(cond).isPresent()) {
            return done(new Proportional(ratioTarget(g, Comparison.AT_LEAST)), ruleWeight);
        }
        String label = Condition.label(cond);
        if (label == null) {
            throw failOn(g, "满分条件无法识别");
        }
        spans.add(src.span("grade", g.condStart, g.condEnd));
        notes.add("“" + label + "”不是数值，“" + src.originalText(partial.markStart, partial.markEnd)
                + "”无法计算：达到“" + label + "”得满分，其他结果需人工判断");
        if (ruleWeight.isEmpty() && g.points == null) {
            throw failOn(g, "“得满分”需要指标分值");
        }
        Score points = ruleWeight.orElseGet(() -> Score.of(g.points));
        return done(aliased(new GradedLabels(List.of(new GradedLabels.Grade(List.of(label), points)))), ruleWeight);
    }

    // -------- graded: labels, yes/no, bands, threshold, deadline

    private static final List<String> OTHERWISE = List.of("否则", "其他情况", "其它情况", "其他", "其它", "其余情况", "其余");

    private static final List<String> TIME_WORDS = List.of("按时", "按期", "如期", "时限内", "期限内", "规定时间内", "规定时间",
            "规定时限", "规定日期", "及时完成", "限期内", "月底前", "月前", "日前", "年底前", "之前完成", "前完成");

    private boolean otherwise(String cond) {
        return OTHERWISE.contains(cond);
    }

    private boolean negative(String cond) {
        if (cond.isEmpty() || otherwise(cond)) {
            return true;
        }
        return !Scan.hasDigit(cond) && (cond.startsWith("未") || cond.startsWith("没有") || cond.startsWith("达不到")
                || cond.startsWith("不足") || cond.startsWith("低于") || cond.startsWith("超过") || cond.startsWith("超出")
                || cond.startsWith("不能") || cond.startsWith("不满足") || cond.startsWith("逾期") || cond.startsWith("延期")
                || cond.startsWith("无"));
    }

    private boolean timely(String cond) {
        for (String w : TIME_WORDS) {
            if (cond.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Result graded() {
        List<Unit> scoring = scoring();
        for (Unit c : of(K.CAP)) {
            throw failOn(c, "上限无法识别");
        }
        for (Unit f : of(K.FLOOR)) {
            throw failOn(f, "“扣完为止”前未写明扣分办法");
        }
        List<Unit> gains = scoring.stream().filter(u -> u.kind == K.GAIN || u.kind == K.FULL).toList();
        List<Unit> zeros = scoring.stream().filter(u -> u.kind == K.ZERO).toList();
        if (gains.isEmpty()) {
            throw failOn(zeros.get(0), "只写了不得分的情形");
        }
        if (gains.size() == 1) {
            Unit g = gains.get(0);
            String cond = cond(g);
            boolean zerosNegative = zeros.stream().allMatch(z -> negative(cond(z)));
            if (timely(cond) && zerosNegative && cond.indexOf('"') < 0) {
                Optional<Score> w = checkFull(pointsOf(g), g);
                spans.add(src.span("deadline", g.condStart, g.markEnd));
                zeros.forEach(z -> spans.add(src.span("zero", z.condStart, z.markEnd)));
                return done(new Deadline(), w);
            }
            if (!zeros.isEmpty() && zerosNegative && (namesTheTarget(cond) || atLeast(cond))) {
                Optional<Score> w = checkFull(pointsOf(g), g);
                Optional<Quantity> target = ratioTarget(g, Comparison.AT_LEAST);
                spans.add(src.span("full", g.markStart, g.markEnd));
                zeros.forEach(z -> spans.add(src.span("zero", z.condStart, z.markEnd)));
                return done(new Threshold(target), w);
            }
        }
        boolean allRanges = true;
        boolean allLabels = true;
        for (Unit u : scoring) {
            String c = cond(u);
            boolean isRange = Condition.range(c).isPresent();
            boolean isOther = otherwise(c);
            boolean isLabel = Condition.label(c) != null;
            allRanges &= isRange || (isOther && u == scoring.get(scoring.size() - 1)) || (u.kind == K.ZERO && negative(c)
                    && scoring.size() == 2);
            allLabels &= isLabel || isOther;
        }
        boolean someRange = scoring.stream().anyMatch(u -> Condition.range(cond(u)).isPresent());
        if (!(allRanges && someRange) && numberedItems(scoring)) {
            Result items = numberedChecklist(scoring, allLabels);
            if (items != null) {
                return items;
            }
        }
        if (allRanges && someRange) {
            return bands(scoring);
        }
        if (allLabels) {
            return labels(scoring);
        }
        for (Unit u : scoring) {
            String c = cond(u);
            if (Condition.range(c).isEmpty() && Condition.label(c) == null && !otherwise(c)) {
                unknown.add(new int[] {Math.min(u.condStart, u.markStart), u.markEnd});
            }
        }
        if (unknown.isEmpty()) {
            unknown.add(new int[] {scoring.get(0).condStart, scoring.get(scoring.size() - 1).markEnd});
            return manual("评分条件中数值区间与文字档次混用");
        }
        return manual("评分条件无法识别");
    }

    /** "1. 建立了…机制,得1分; 2. …,得1分": one scored sub-clause per number, none worth zero. */
    private boolean numberedItems(List<Unit> scoring) {
        if (scoring.size() < 2) {
            return false;
        }
        Set<Sentence> seen = new HashSet<>();
        for (Unit u : scoring) {
            if (u.kind != K.GAIN || u.points.signum() <= 0 || !u.sentence.numbered() || !seen.add(u.sentence)) {
                return false;
            }
        }
        return true;
    }

    /** Numbered items that add up to the weight are a checklist; worth the weight each, alternatives. */
    private Result numberedChecklist(List<Unit> scoring, boolean allLabels) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Unit u : scoring) {
            sum = sum.add(u.points);
            max = max.max(u.points);
        }
        if (weight.isEmpty()) {
            unknown.add(new int[] {scoring.get(0).condStart, scoring.get(scoring.size() - 1).markEnd});
            return manual("各分项是累加计分还是择一计分无法确定，需提供指标分值");
        }
        if (Score.of(sum).equals(weight.get()) && !Score.of(max).equals(weight.get())) {
            List<Checklist.Item> items = new ArrayList<>();
            for (Unit u : scoring) {
                int[] c = separatorsTrimmed(u.sentence.start(), u.markStart);
                String text = t.substring(c[0], Math.max(c[0], c[1]));
                if (numbered(text)) {
                    throw failOn(u, "分项编号无法识别");
                }
                items.add(new Checklist.Item(text, Score.of(u.points)));
                spans.add(src.span("item", u.sentence.start(), u.sentence.end()));
            }
            notes.add("各分项分值合计等于指标分值，按逐项累加计分");
            return done(new Checklist(items), weight);
        }
        if (Score.of(max).equals(weight.get()) && allLabels) {
            return null;
        }
        unknown.add(new int[] {scoring.get(0).condStart, scoring.get(scoring.size() - 1).markEnd});
        return manual("各分项分值合计" + Score.of(sum) + "分，既不等于指标分值" + weight.get() + "分，最高项也不是满分");
    }

    private String cond(Unit u) {
        return t.substring(u.condStart, u.condEnd);
    }

    private boolean atLeast(String cond) {
        Optional<Condition.Range> r = Condition.range(cond);
        return r.isPresent() && r.get().onlyLower() && r.get().lowerInclusive();
    }

    private Result bands(List<Unit> scoring) {
        List<Bands.Band> bands = new ArrayList<>();
        String subject = null;
        String unit = null;
        BigDecimal top = BigDecimal.ZERO;
        for (int i = 0; i < scoring.size(); i++) {
            Unit u = scoring.get(i);
            BigDecimal points = pointsOf(u);
            if (points == null) {
                throw fail("“得满分”需要指标分值");
            }
            String c = cond(u);
            Optional<Condition.Range> range = Condition.range(c);
            Bands.Band band;
            if (range.isEmpty()) {
                // 否则 / 其他情况, or "不得分" after a single band: everything the other bands leave.
                if (otherwise(c) || i == scoring.size() - 1) {
                    band = new Bands.Band(Optional.empty(), false, Optional.empty(), false, Score.of(points));
                    if (!otherwise(c) && !c.isEmpty()) {
                        Condition.Range first = Condition.range(cond(scoring.get(0))).orElseThrow(() -> failOn(u, "区间无法识别"));
                        band = complement(first, Score.of(points)).orElseThrow(() -> failOn(u, "区间无法识别"));
                    }
                } else {
                    throw failOn(u, "区间无法识别");
                }
            } else {
                Condition.Range r = range.get();
                if (!r.subject().isEmpty()) {
                    if (subject != null && !subject.equals(r.subject())) {
                        throw failOn(u, "评分条件涉及不同的计量对象（“" + subject + "”与“" + r.subject() + "”）");
                    }
                    subject = r.subject();
                }
                if (!r.unit().isEmpty()) {
                    if (unit != null && !unit.equals(r.unit())) {
                        throw failOn(u, "各区间单位不一致");
                    }
                    unit = r.unit();
                }
                band = new Bands.Band(r.lower(), r.lowerInclusive(), r.upper(), r.upperInclusive(), Score.of(points));
            }
            if (weight.isPresent() && Score.of(points).isGreaterThan(weight.get())) {
                throw failOn(u, "档次分值" + Score.of(points) + "分超过指标分值" + weight.get() + "分");
            }
            top = top.max(points);
            bands.add(band);
            spans.add(src.span("band", u.condStart, u.markEnd));
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                Bands.Band a = bands.get(i);
                Bands.Band b = bands.get(j);
                boolean openEnded = a.lower().isEmpty() && a.upper().isEmpty() || b.lower().isEmpty() && b.upper().isEmpty();
                if (!openEnded && overlap(a, b)) {
                    unknown.add(new int[] {scoring.get(i).condStart, scoring.get(i).markEnd});
                    unknown.add(new int[] {scoring.get(j).condStart, scoring.get(j).markEnd});
                    return manual("区间重叠，无法确定端点归属");
                }
            }
            if (bands.get(i).lower().isEmpty() && bands.get(i).upper().isEmpty() && i != bands.size() - 1) {
                throw failOn(scoring.get(i), "“其他情况”应写在最后");
            }
        }
        gaps(bands);
        if (unit != null && !unit.equals("%")) {
            notes.add("区间以“" + unit + "”计，实际值须使用同一单位");
        }
        Optional<Score> ruleWeight = weight.isPresent() ? weight : Optional.of(Score.of(top));
        if (weight.isPresent() && Score.of(top).isLessThan(weight.get())) {
            notes.add("最高档" + Score.of(top) + "分低于指标分值" + weight.get() + "分");
        }
        return done(new Bands(bands), ruleWeight);
    }

    /** "达到90%得2分，否则不得分" read as bands: the rest of the line after the first band. */
    private Optional<Bands.Band> complement(Condition.Range first, Score points) {
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
            notes.add("以下数值不在任何区间内，需人工判断：" + String.join("、", holes));
        }
    }

    private Result labels(List<Unit> scoring) {
        List<GradedLabels.Grade> grades = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        BigDecimal top = BigDecimal.ZERO;
        List<String> fullNames = null;
        for (Unit u : scoring) {
            String c = cond(u);
            if (otherwise(c)) {
                notes.add("“" + src.originalText(u.condStart, u.markEnd) + "”：评分办法未列出的其他结果需人工确认");
                spans.add(src.span("zero", u.condStart, u.markEnd));
                continue;
            }
            BigDecimal points = pointsOf(u);
            boolean full = points == null;
            if (full) {
                // "“有”得满分，“无”得0分" without a weight: only yes/no can be read.
                if (weight.isPresent() || scoring.size() != 2 || u != scoring.get(0)) {
                    throw fail("“得满分”需要指标分值");
                }
            }
            List<String> names = new ArrayList<>();
            for (String alt : alternatives(c)) {
                String label = Condition.label(alt);
                if (label == null) {
                    throw failOn(u, "档次名称无法识别");
                }
                if (!seen.add(ValueText.label(label))) {
                    throw failOn(u, "档次“" + label + "”写了不止一次");
                }
                names.add(label);
            }
            if (full) {
                fullNames = names;
                spans.add(src.span("grade", u.condStart, u.markEnd));
                continue;
            }
            if (weight.isPresent() && Score.of(points).isGreaterThan(weight.get())) {
                throw failOn(u, "档次分值" + Score.of(points) + "分超过指标分值" + weight.get() + "分");
            }
            top = top.max(points);
            grades.add(new GradedLabels.Grade(names, Score.of(points)));
            spans.add(src.span("grade", u.condStart, u.markEnd));
        }
        if (fullNames != null) {
            if (grades.size() != 1 || !grades.get(0).points().isZero()) {
                throw fail("“得满分”需要指标分值");
            }
            return done(aliased(new YesNo(fullNames, grades.get(0).names())), Optional.empty());
        }
        if (grades.isEmpty()) {
            throw fail("未写明档次");
        }
        Optional<Score> ruleWeight = weight.isPresent() ? weight : Optional.of(Score.of(top));
        if (weight.isPresent() && Score.of(top).isLessThan(weight.get())) {
            notes.add("最高档" + Score.of(top) + "分低于指标分值" + weight.get() + "分");
        }
        Score full = ruleWeight.get();
        boolean graded = t.contains("分档");
        if (!graded && grades.size() == 2) {
            GradedLabels.Grade a = grades.get(0);
            GradedLabels.Grade b = grades.get(1);
            if (a.points().equals(full) && b.points().isZero()) {
                return done(aliased(new YesNo(a.names(), b.names())), ruleWeight);
            }
        }
        return done(aliased(new GradedLabels(grades)), ruleWeight);
    }

    /** "“A”或“B”" names one grade twice. */
    private List<String> alternatives(String c) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int i = c.indexOf("\"或\"");
        while (i >= 0) {
            out.add(c.substring(from, i + 1));
            from = i + 2;
            i = c.indexOf("\"或\"", from);
        }
        out.add(c.substring(from));
        return out;
    }

    /**
     * The indicator's standard value names the grade that earns full marks: a target of 是, 有 or
     * 健全 is met by the top grade. It is added as another name of that grade (when no grade has the
     * name already), so "是" scores like "制度已执行". Only the top grade, and only when it is worth
     * the full weight.
     */
    private ScoringRule aliased(ScoringRule rule) {
        if (!(ctx.target() instanceof TargetValue.Label label)) {
            return rule;
        }
        String alias = ValueText.label(label.label());
        if (alias.isEmpty() || Condition.label(alias) == null) {
            return rule;
        }
        if (rule instanceof YesNo y) {
            if (y.yes().contains(alias) || y.no().contains(alias)) {
                return rule;
            }
            List<String> yes = new ArrayList<>(y.yes());
            yes.add(alias);
            notes.add("指标值“" + alias + "”视同满分档“" + y.yes().get(0) + "”");
            return new YesNo(yes, y.no());
        }
        if (rule instanceof GradedLabels g) {
            if (g.gradeOf(alias).isPresent() || weight.isEmpty()) {
                return rule;
            }
            GradedLabels.Grade top = null;
            for (GradedLabels.Grade grade : g.grades()) {
                if (grade.points().equals(weight.get())) {
                    if (top != null) {
                        return rule;
                    }
                    top = grade;
                }
            }
            if (top == null) {
                return rule;
            }
            List<GradedLabels.Grade> grades = new ArrayList<>();
            for (GradedLabels.Grade grade : g.grades()) {
                if (grade == top) {
                    List<String> names = new ArrayList<>(grade.names());
                    names.add(alias);
                    grades.add(new GradedLabels.Grade(names, grade.points()));
                } else {
                    grades.add(grade);
                }
            }
            notes.add("指标值“" + alias + "”视同满分档“" + top.names().get(0) + "”");
            return new GradedLabels(grades);
        }
        return rule;
    }

    // -------- formula: 本指标得分=已完成项目数/计划完成项目总数×6分

    private Result formula(List<Sentence> formulaSentences) {
        List<ExprParser.Definition> definitions = new ArrayList<>();
        for (Sentence s : formulaSentences) {
            ExprParser.Parsed parsed = ExprParser.parse(t, s.start(), s.end());
            if (parsed.error() != null) {
                unknown.add(new int[] {parsed.errorStart(), Math.min(parsed.errorEnd(), s.end())});
                return manual("公式" + parsed.error());
            }
            definitions.addAll(parsed.definitions());
            boolean first = true;
            for (int[] piece : parsed.leftovers()) {
                boolean lead = first && !parsed.definitions().isEmpty() && piece[1] <= parsed.definitions().get(0).start();
                first = false;
                String text = t.substring(piece[0], piece[1]);
                if (lead && !Scan.hasDigit(text) || isNote(piece[0], piece[1]) || text.startsWith("(")) {
                    spans.add(src.span("note", piece[0], piece[1]));
                } else {
                    unknown.add(piece);
                }
            }
            consumed.add(s);
        }
        Optional<Score> ruleWeight = weight;
        for (Unit u : scoring()) {
            if (u.kind == K.GAIN || u.kind == K.FULL || u.kind == K.PAREN) {
                ruleWeight = checkFull(pointsOf(u), u);
                spans.add(src.span("full", u.condStart, u.markEnd));
            } else {
                throw failOn(u, "公式之外另有计分方式");
            }
        }
        for (Unit c : of(K.CAP)) {
            ruleWeight = checkFull(c.points, c);
            spans.add(src.span("cap", c.markStart, c.markEnd));
        }
        for (Unit f : of(K.FLOOR)) {
            spans.add(src.span("floor", f.markStart, f.markEnd));
        }
        FormulaBuilder builder = new FormulaBuilder(definitions);
        FormulaBuilder.Built built = builder.build();
        if (built.error() != null) {
            if (built.errorDefinition() != null) {
                unknown.add(new int[] {built.errorDefinition().start(), built.errorDefinition().end()});
            }
            return manual(built.error());
        }
        for (ExprParser.Definition d : definitions) {
            spans.add(src.span(built.terms().contains(d) ? "term" : "definition", d.start(), d.end()));
        }
        accountForPieces(Set.of());
        if (!unknown.isEmpty()) {
            return manual(null);
        }
        Expr total = built.total();
        ScoringRule shaped = shape(total, ruleWeight);
        if (shaped != null) {
            return finish(shaped, ruleWeight);
        }
        try {
            return finish(new Formula(Expr.ascii(total)), ruleWeight);
        } catch (IllegalArgumentException e) {
            return manual("公式无法计算：" + e.getMessage());
        }
    }

    /** 实际值/指标值×分值 and its kin are the template's rules, not formulas. */
    private ScoringRule shape(Expr e, Optional<Score> ruleWeight) {
        if (!(e instanceof Expr.Bin b) || b.op() != '*') {
            return null;
        }
        Expr ratio;
        Expr w;
        if (isWeight(b.right(), ruleWeight)) {
            ratio = b.left();
            w = b.right();
        } else if (isWeight(b.left(), ruleWeight)) {
            ratio = b.right();
            w = b.left();
        } else {
            return null;
        }
        if (w == null) {
            return null;
        }
        if (ratio instanceof Expr.Var v && Ratio.RATE.contains(v.name())) {
            return new ExecutionRate();
        }
        if (ratio instanceof Expr.Bin r && r.op() == '/' && r.left() instanceof Expr.Var a && r.right() instanceof Expr.Var d) {
            Ratio.Kind kind = Ratio.of(a.name(), d.name());
            if (kind != null) {
                return switch (kind) {
                    case PROPORTIONAL -> Proportional.ofIndicatorTarget();
                    case REVERSE -> Reverse.ofIndicatorTarget();
                    case EXECUTION -> new ExecutionRate();
                };
            }
        }
        return null;
    }

    private static boolean isWeight(Expr e, Optional<Score> ruleWeight) {
        if (e instanceof Expr.Var v) {
            return v.name().equals(Expr.WEIGHT);
        }
        return e instanceof Expr.Num n && n.points() && ruleWeight.isPresent()
                && ruleWeight.get().equals(Score.of(n.value()));
    }

    // -------- qualitative: 100%-80%、80%-60%、60%-0%

    /** Percentage ranges of qualitative bands in sentences that state no points, chained 100 → 0. */
    private Set<Sentence> qualitativeRanges(List<BigDecimal[]> ranges, List<int[]> rangeSpans) {
        Set<Sentence> found = new LinkedHashSet<>();
        boolean words = t.contains("定性") || t.contains("达成") || t.contains("档");
        if (!words) {
            return found;
        }
        for (Sentence s : sentences) {
            boolean pointsStated = units.stream().anyMatch(u -> u.sentence == s && u.kind != K.RATIO && u.kind != K.CAP);
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
                j = skipInclusive(j, s.end());
                if (j < s.end() && "-~至到".indexOf(t.charAt(j)) >= 0) {
                    Scan.Number b = Scan.digits(t, j + 1, s.end());
                    if (b != null) {
                        int k = b.end();
                        if (k < s.end() && t.charAt(k) == '%') {
                            percent = true;
                            k++;
                        }
                        k = skipInclusive(k, s.end());
                        if (percent) {
                            BigDecimal hi = a.value().max(b.value());
                            BigDecimal lo = a.value().min(b.value());
                            ranges.add(new BigDecimal[] {hi, lo});
                            rangeSpans.add(new int[] {i, k});
                            found.add(s);
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

    private int skipInclusive(int j, int end) {
        String w = Scan.atAny(t, j, "(含)", "(不含)");
        return w != null && j + w.length() <= end ? j + w.length() : j;
    }

    private Optional<Qualitative> chain(List<BigDecimal[]> ranges) {
        List<BigDecimal[]> sorted = new ArrayList<>(ranges);
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

    private Result qualitative(List<BigDecimal[]> ranges, List<int[]> rangeSpans, Set<Sentence> qualitativeSentences) {
        Optional<Qualitative> q = chain(ranges);
        if (q.isEmpty()) {
            for (int[] r : rangeSpans) {
                unknown.add(r);
            }
            return manual("定性档次应从100%连续排到0%");
        }
        for (int[] r : rangeSpans) {
            spans.add(src.span("qualitative", r[0], r[1]));
        }
        consumed.addAll(qualitativeSentences);
        for (Unit c : of(K.CAP, K.FLOOR)) {
            throw failOn(c, "定性指标的档次之外另有计分方式");
        }
        return done(q.get(), weight);
    }

    // -------- the national template's footnote: one algorithm per nature and direction

    private Result footnote(List<BigDecimal[]> ranges, List<int[]> rangeSpans, Set<Sentence> qualitativeSentences) {
        Optional<Qualitative> qualitative = ranges.isEmpty() ? Optional.empty() : chain(ranges);
        Unit proportional = null;
        Unit reverse = null;
        for (Unit u : units) {
            if (u.kind == K.RATIO && u.ratio == Ratio.Kind.PROPORTIONAL && proportional == null) {
                proportional = u;
            } else if (u.kind == K.RATIO && u.ratio == Ratio.Kind.REVERSE && reverse == null) {
                reverse = u;
            }
        }
        for (Unit u : scoring()) {
            if (u.kind != K.RATIO) {
                throw failOn(u, "模板脚注中混有其他计分方式");
            }
            String before = t.substring(u.sentence.start(), u.markStart);
            boolean saysForward = before.contains("正向");
            boolean saysReverse = before.contains("反向");
            if (saysForward && !saysReverse && u.ratio == Ratio.Kind.REVERSE || saysReverse && !saysForward && u.ratio == Ratio.Kind.PROPORTIONAL) {
                throw failOn(u, "模板脚注中指标方向与算法不符");
            }
        }
        CompileContext.Nature nature = ctx.effectiveNature();
        Optional<Comparison> direction = ctx.effectiveDirection();
        ScoringRule chosen = null;
        Unit chosenUnit = null;
        String missing = null;
        if (nature == CompileContext.Nature.QUALITATIVE) {
            if (qualitative.isPresent()) {
                chosen = qualitative.get();
                for (int[] r : rangeSpans) {
                    spans.add(src.span("qualitative", r[0], r[1]));
                }
            } else {
                missing = "模板脚注未给出定性指标的档次";
            }
        } else if (direction.isPresent() && direction.get().favoursLower()) {
            chosenUnit = reverse;
            chosen = reverse == null ? null : Reverse.ofIndicatorTarget();
            missing = reverse == null ? "模板脚注未给出反向指标的算法" : null;
        } else if (direction.isPresent() && direction.get().favoursHigher()) {
            chosenUnit = proportional;
            chosen = proportional == null ? null : Proportional.ofIndicatorTarget();
            missing = proportional == null ? "模板脚注未给出正向指标的算法" : null;
        } else if (direction.isPresent()) {
            missing = "模板脚注未规定“等于”型指标的算法";
        } else {
            missing = "模板脚注按指标性质（定性/定量）和方向（正向/反向）给出不同算法，需提供指标性质"
                    + (nature == CompileContext.Nature.QUANTITATIVE ? "" : "和") + "方向";
            if (nature == CompileContext.Nature.QUANTITATIVE) {
                missing = "模板脚注按指标方向（正向/反向）给出不同算法，需提供指标方向（如指标值写作“≥90%”或“≤20万元”）";
            }
        }
        if (chosen == null) {
            return manual(missing);
        }
        if (chosenUnit != null) {
            spans.add(src.span("ratio", chosenUnit.markStart, chosenUnit.markEnd));
        }
        notes.add("模板脚注：按指标" + (chosen instanceof Qualitative ? "性质（定性）" : "方向（"
                + (chosen instanceof Reverse ? "反向" : "正向") + "）") + "选用对应算法");
        return new Result(chosen, false, "", sorted(spans), notes, weight);
    }

    private static List<Span> sorted(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
