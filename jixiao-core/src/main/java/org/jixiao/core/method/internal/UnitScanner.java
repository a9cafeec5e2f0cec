package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.method.internal.Unit.Kind;

/**
 * Finds the units of a sentence. A marker is a points phrase ("得2分", "扣4分", "(1分)", "不得分"), a
 * cap ("最高5分"), a floor ("扣完为止"), a request for judgement ("酌情扣分"), "根据完成度得分" or a ratio
 * ("实际值/指标值×分值"); the condition of a unit is the text between the previous marker and its own.
 * Every marker is recognised by looking forward from its first character, so a sentence is read in
 * one pass.
 */
final class UnitScanner {

    /** First characters of every marker: most positions in a text start none, and are skipped at once. */
    private static final String TRIGGERS = "加累扣减最上不以直酌根视专综人按依得计给满(额另奖倒可记赋0123456789";

    private final String t;

    UnitScanner(String t) {
        this.t = t;
    }

    /** Cuts a sentence into units, adding them and the text they leave to the lists given. */
    void scan(Sentence s, List<Unit> units, List<Piece> pieces) {
        int p = s.start();
        int condStart = s.start();
        boolean found = false;
        Ratio.Found ratio = Ratio.find(t, s.start(), s.end());
        while (p < s.end()) {
            if (ratio != null && ratio.start() < p) {
                ratio = Ratio.find(t, p, s.end());
            }
            if (ratio != null && p == ratio.start()) {
                Unit u = new Unit(Kind.RATIO, ratio.coreStart(), ratio.coreEnd());
                u.ratio = ratio.kind();
                u.points = ratio.points();
                units.add(placed(u, s, condStart, p));
                p = ratio.end();
                condStart = p;
                found = true;
                ratio = Ratio.find(t, p, s.end());
                continue;
            }
            Unit u = match(p, s.end());
            if (u != null) {
                units.add(placed(u, s, condStart, p));
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

    /** The unit in its sentence, with its condition: the text from the end of the previous unit to its marker. */
    private Unit placed(Unit u, Sentence s, int condStart, int condEnd) {
        int[] c = Scan.trim(t, condStart, condEnd);
        u.condStart = c[0];
        u.condEnd = Math.max(c[0], c[1]);
        u.sentence = s;
        return u;
    }

    /** The marker starting at p, or null; the first recogniser that matches wins. */
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

    /** "最高5分", "加分最多3分", "扣分不超过分值", "以5分为限", "加满5分为止". */
    private Unit cap(int p, int end) {
        int i = p;
        char sign = 'o';
        if (Scan.at(t, i, "加满")) {
            Scan.Number n = Scan.number(t, i + 2, end, true);
            if (n != null && Scan.pointsAt(t, n.end(), end)) {
                int e = n.end() + 1;
                String tail = Scan.atAny(t, e, "为止", "为限");
                Unit u = new Unit(Kind.CAP, p, tail == null ? e : e + 2);
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
        BigDecimal points = null;
        if (whole != null) {
            // 最高不超过分值 / 以分值为限: capped at the weight itself; no points of its own.
            i += whole.length();
        } else {
            Scan.Number n = Scan.number(t, i, end, true);
            if (n == null || !Scan.pointsAt(t, n.end(), end)) {
                return null;
            }
            points = n.value();
            i = n.end() + 1;
        }
        String tail = Scan.atAny(t, i, "为上限", "为限", "为止");
        if (kw.equals("以") && tail == null) {
            // "以5分" without "为限" is not a cap.
            return null;
        }
        if (tail != null) {
            i += tail.length();
        }
        Unit u = new Unit(Kind.CAP, p, i);
        u.points = points;
        u.sign = sign;
        return u;
    }

    /** "扣完为止", "直至5分扣完", "最低为0分", "不倒扣". */
    private Unit floor(int p, int end) {
        String w = Scan.atAny(t, p, "直至", "直到");
        if (w != null) {
            Scan.Number n = Scan.number(t, p + w.length(), end, true);
            if (n != null && Scan.pointsAt(t, n.end(), end)) {
                int i = n.end() + 1;
                String done = Scan.atAny(t, i, "扣完为止", "扣完即止", "扣完");
                if (done != null) {
                    Unit u = new Unit(Kind.FLOOR, p, i + done.length());
                    u.points = n.value();
                    return u;
                }
            }
            return null;
        }
        w = Scan.atAny(t, p, "扣完为止", "扣完即止", "扣完", "扣至0分为止", "扣至零分为止", "扣至0分", "减至0分", "最低为0分",
                "最低得0分", "最低0分", "最低为零分", "不得为负", "不计负分", "不倒扣", "不出现负分");
        return w == null ? null : new Unit(Kind.FLOOR, p, p + w.length());
    }

    /** "酌情扣分", "根据实际情况评分", "专家评分": a person decides. */
    private Unit discretionAt(int p, int end) {
        if (Scan.at(t, p, "酌情")) {
            String verb = Scan.atAny(t, p + 2, "扣分", "扣减", "减分", "扣除", "加分", "给分", "评分", "打分", "赋分", "计分", "扣", "加",
                    "减");
            Unit u = new Unit(Kind.DISCRETION, p, p + 2 + (verb == null ? 0 : verb.length()));
            u.sign = verb == null ? 'o' : verb.contains("加") ? 'a' : (verb.contains("扣") || verb.contains("减")) ? 's' : 'o';
            return u;
        }
        String lead = Scan.atAny(t, p, "根据实际情况", "根据具体情况", "视具体情况", "视情况", "根据情况");
        if (lead != null) {
            String verb = Scan.atAny(t, p + lead.length(), "评分", "打分", "赋分", "给分", "扣分", "计分", "扣减", "确定得分", "确定分值");
            return verb == null ? null : new Unit(Kind.DISCRETION, p, p + lead.length() + verb.length());
        }
        String w = Scan.atAny(t, p, "专家评分", "专家打分", "专家评定", "综合评定", "综合评分", "人工评分", "人工判断");
        return w == null ? null : new Unit(Kind.DISCRETION, p, p + w.length());
    }

    /** "根据完成度得分", "按实际完成比例计分", "按比例折算". */
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
            return converted ? new Unit(Kind.PARTIAL, p, i) : null;
        }
        return new Unit(Kind.PARTIAL, p, i + verb.length());
    }

    /** "不得分", "得满分": points in words. */
    private Unit words(int p, int end) {
        String w = Scan.atAny(t, p, "不得分", "不计分", "不给分", "不赋分", "得零分", "计零分");
        if (w != null) {
            Unit u = new Unit(Kind.ZERO, p, p + w.length());
            u.points = BigDecimal.ZERO;
            return u;
        }
        w = Scan.atAny(t, p, "得满分", "计满分", "给满分", "得全分", "满分");
        if (w != null) {
            return new Unit(Kind.FULL, p, p + w.length());
        }
        return null;
    }

    /** "(1分)", "加3分", "扣4分", "得2分", and a bare "8分" after a grade. */
    private Unit pointsMarker(int p, int end) {
        char c = t.charAt(p);
        if (c == '(') {
            Scan.Number n = Scan.digits(t, p + 1, end);
            if (n != null && Scan.pointsAt(t, n.end(), end) && n.end() + 1 < end && t.charAt(n.end() + 1) == ')') {
                Unit u = new Unit(Kind.PAREN, p, n.end() + 2);
                u.points = n.value();
                return u;
            }
            return null;
        }
        Kind kind = null;
        String w = Scan.atAny(t, p, "额外加", "另加", "奖励", "加");
        if (w != null) {
            kind = Kind.ADD;
        } else {
            w = Scan.atAny(t, p, "扣除", "扣减", "倒扣", "减去", "扣", "减");
            if (w != null) {
                kind = Kind.SUB;
            } else {
                w = Scan.atAny(t, p, "可得", "得到", "得", "计", "给", "记", "赋");
                if (w != null) {
                    kind = Kind.GAIN;
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
                Unit u = new Unit(Kind.GAIN, p, n.end() + 1);
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
}
