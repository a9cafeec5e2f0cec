package org.jixiao.core.method.internal;

import java.util.List;

/**
 * The template's ratio algorithms, written as words: 实际值/指标值×分值 (正向), 指标值/实际值×分值 (反向),
 * 全年执行数/全年预算数×分值 or 执行率×分值 (the funds row). Found inside prose ("则得分计算方法应用全年实际值
 * （B）/年度指标值（A）×该指标分值") or as a whole expression.
 */
final class Ratio {

    enum Kind { PROPORTIONAL, REVERSE, EXECUTION }

    /** Longest first: the longest name that ends the words before "/" wins. */
    static final List<String> ACTUAL = List.of("全年实际完成值", "全年实际值", "实际完成值", "实际完成数", "年度实际值",
            "实际值", "完成值", "实际数");
    static final List<String> TARGET = List.of("年度指标值", "年度目标值", "全年指标值", "指标值", "目标值", "标准值",
            "计划值", "计划数", "目标数");
    static final List<String> EXECUTED = List.of("全年执行数", "实际支出数", "实际执行数", "预算执行数", "执行数", "支出数");
    static final List<String> BUDGET = List.of("调整后预算数", "全年预算数", "年度预算数", "预算总额", "预算数");
    static final List<String> RATE = List.of("预算执行率", "资金执行率", "执行率");
    static final List<String> WEIGHT = List.of("该指标分值", "该项指标分值", "本指标分值", "该项分值", "本项分值", "指标分值",
            "该指标权重", "分值", "权重", "weight");

    /**
     * A phrase found in text: its kind and where it lies, "按" before and "计分" after included;
     * {@code points} when the weight is written as a number ("预算执行率×20分"), else null (分值).
     */
    record Found(Kind kind, int start, int end, int coreStart, int coreEnd, java.math.BigDecimal points) {
    }

    private Ratio() {
    }

    static Kind of(String numerator, String denominator) {
        if (ACTUAL.contains(numerator) && TARGET.contains(denominator)) {
            return Kind.PROPORTIONAL;
        }
        if (TARGET.contains(numerator) && ACTUAL.contains(denominator)) {
            return Kind.REVERSE;
        }
        if (EXECUTED.contains(numerator) && BUDGET.contains(denominator)) {
            return Kind.EXECUTION;
        }
        return null;
    }

    static boolean isWeight(String name) {
        return WEIGHT.contains(name);
    }

    /** The first ratio phrase in [start, end), or null. Linear in the length. */
    static Found find(String t, int start, int end) {
        for (int slash = start; slash < end; slash++) {
            char c = t.charAt(slash);
            if (c == '/' || c == '÷') {
                Found f = around(t, start, end, slash);
                if (f != null) {
                    return f;
                }
            } else if (c == '×' || c == '*') {
                Found f = rateTimesWeight(t, start, end, slash);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Found around(String t, int start, int end, int slash) {
        int left = skipAnnotationBack(t, start, slash);
        String numerator = suffixName(t, start, left);
        if (numerator == null) {
            return null;
        }
        int coreStart = left - numerator.length();
        int right = slash + 1;
        String denominator = prefixName(t, right, end, ACTUAL, TARGET, BUDGET);
        if (denominator == null) {
            return null;
        }
        int after = skipAnnotationForward(t, right + denominator.length(), end);
        if (after >= end || (t.charAt(after) != '×' && t.charAt(after) != '*')) {
            return null;
        }
        Kind kind = of(numerator, denominator);
        if (kind == null) {
            return null;
        }
        return weighted(t, start, end, kind, coreStart, after + 1);
    }

    /** After "×": 分值 (or its synonyms), or a number of points equal to the weight ("20分"). */
    private static Found weighted(String t, int start, int end, Kind kind, int coreStart, int at) {
        String weight = prefixName(t, at, end, WEIGHT);
        if (weight != null) {
            return widen(t, start, end, kind, coreStart, at + weight.length(), null);
        }
        Scan.Number n = Scan.digits(t, at, end);
        if (n != null && Scan.pointsAt(t, n.end(), end)) {
            return widen(t, start, end, kind, coreStart, n.end() + 1, n.value());
        }
        return null;
    }

    private static Found rateTimesWeight(String t, int start, int end, int times) {
        String rate = suffixName(t, start, times);
        if (rate == null || !RATE.contains(rate)) {
            return null;
        }
        return weighted(t, start, end, Kind.EXECUTION, times - rate.length(), times + 1);
    }

    private static Found widen(String t, int start, int end, Kind kind, int coreStart, int coreEnd, java.math.BigDecimal points) {
        int s = coreStart;
        String before = null;
        for (String w : List.of("按照", "按", "依据")) {
            if (s - w.length() >= start && t.startsWith(w, s - w.length())) {
                before = w;
                break;
            }
        }
        if (before != null) {
            s -= before.length();
        }
        int e = coreEnd;
        String after = Scan.atAny(t, e, "折算得分", "计算得分", "计分", "得分", "计算", "折算", "给分");
        if (after != null && e + after.length() <= end) {
            e += after.length();
        }
        return new Found(kind, s, e, coreStart, coreEnd, points);
    }

    /** The longest known name that ends exactly at end (after letters only). */
    private static String suffixName(String t, int start, int end) {
        for (List<String> names : List.of(ACTUAL, TARGET, EXECUTED, RATE)) {
            for (String name : names) {
                if (end - name.length() >= start && t.startsWith(name, end - name.length())) {
                    return longest(t, start, end, name);
                }
            }
        }
        return null;
    }

    private static String longest(String t, int start, int end, String found) {
        String best = found;
        for (List<String> names : List.of(ACTUAL, TARGET, EXECUTED, RATE)) {
            for (String name : names) {
                if (name.length() > best.length() && end - name.length() >= start && t.startsWith(name, end - name.length())) {
                    best = name;
                }
            }
        }
        return best;
    }

    @SafeVarargs
    private static String prefixName(String t, int start, int end, List<String>... lists) {
        String best = null;
        for (List<String> names : lists) {
            for (String name : names) {
                if (start + name.length() <= end && t.startsWith(name, start) && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
        }
        return best;
    }

    /** Before "/": skip a "(B)" annotation. */
    private static int skipAnnotationBack(String t, int start, int i) {
        if (i - 3 >= start && t.charAt(i - 1) == ')' && t.charAt(i - 3) == '(' && Character.isLetter(t.charAt(i - 2))
                && t.charAt(i - 2) < 128) {
            return i - 3;
        }
        return i;
    }

    private static int skipAnnotationForward(String t, int i, int end) {
        if (i + 2 < end && t.charAt(i) == '(' && t.charAt(i + 2) == ')' && Character.isLetter(t.charAt(i + 1))
                && t.charAt(i + 1) < 128) {
            return i + 3;
        }
        return i;
    }
}
