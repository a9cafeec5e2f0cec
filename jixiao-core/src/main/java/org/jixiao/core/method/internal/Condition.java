package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.number.Decimals;

/**
 * The condition before "得N分": a numeric range ("比率<5%", "5%≤比率≤10%", "95%>满意度≥90%", "95%以上",
 * "90%-95%", "达到12个", "不超过20万元") or a label ("评价为“规范”", "有机制", "制度较健全").
 */
final class Condition {

    /** A range of the measured value, with its subject ("比率") and unit ("%"). Absent bounds are open. */
    record Range(Optional<BigDecimal> lower, boolean lowerInclusive, Optional<BigDecimal> upper, boolean upperInclusive,
                 String subject, String unit, boolean dashed) {

        boolean onlyLower() {
            return lower.isPresent() && upper.isEmpty();
        }

        boolean onlyUpper() {
            return upper.isPresent() && lower.isEmpty();
        }
    }

    private Condition() {
    }

    private static final List<String[]> OPS = List.of(
            new String[] {"大于或等于", "≥"}, new String[] {"大于等于", "≥"}, new String[] {"小于或等于", "≤"},
            new String[] {"小于等于", "≤"}, new String[] {"达到或超过", "≥"}, new String[] {"不低于", "≥"},
            new String[] {"不少于", "≥"}, new String[] {"不小于", "≥"}, new String[] {"不高于", "≤"},
            new String[] {"不超过", "≤"}, new String[] {"不超出", "≤"}, new String[] {"不大于", "≤"},
            new String[] {"不多于", "≤"}, new String[] {"未超过", "≤"}, new String[] {"未超出", "≤"},
            new String[] {"未达到", "<"}, new String[] {"不足", "<"},
            new String[] {"达到", "≥"}, new String[] {"至少", "≥"}, new String[] {"至多", "≤"}, new String[] {"超过", ">"},
            new String[] {"超出", ">"}, new String[] {"高于", ">"}, new String[] {"大于", ">"}, new String[] {"多于", ">"},
            new String[] {"低于", "<"}, new String[] {"小于", "<"}, new String[] {"少于", "<"}, new String[] {"等于", "="},
            new String[] {"≥", "≥"}, new String[] {">=", "≥"}, new String[] {"≤", "≤"}, new String[] {"<=", "≤"},
            new String[] {">", ">"}, new String[] {"<", "<"}, new String[] {"=", "="});

    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"以上(不含)", ">"}, new String[] {"以下(不含)", "<"}, new String[] {"(含)以上", "≥"},
            new String[] {"(含)以下", "≤"}, new String[] {"及以上", "≥"}, new String[] {"或以上", "≥"},
            new String[] {"以上(含)", "≥"}, new String[] {"及以下", "≤"}, new String[] {"或以下", "≤"},
            new String[] {"以下(含)", "≤"}, new String[] {"以上", "≥"}, new String[] {"以下", "≤"},
            new String[] {"以内", "≤"}, new String[] {"之内", "≤"}, new String[] {"(含)", ""});

    private static final List<String> CONNECTORS = List.of("控制在", "并且", "而且", "之间", "评价为", "且", "并", "而", "和", "的",
            "在", "为", "若", "如", "当", "时", "则");

    private enum T { NUM, OP, SUFFIX, DASH, WORD }

    private record Tok(T type, BigDecimal value, String unit, String op, String word) {
    }

    /** The range a condition states, or empty when it states none (or states it in a way not understood). */
    static Optional<Range> range(String c) {
        List<Tok> toks = new ArrayList<>();
        int i = 0;
        int n = c.length();
        while (i < n) {
            char ch = c.charAt(i);
            if (ch == ',' || ch == '、' || ch == ':' || (ch == '"' && (i + 1 >= n || !Character.isLetter(c.charAt(i + 1))))) {
                i++;
                continue;
            }
            if (ch == '"') {
                ch = c.charAt(i + 1);
            }
            String[] suffix = match(c, i, SUFFIXES);
            if (suffix != null && !toks.isEmpty() && toks.get(toks.size() - 1).type == T.NUM) {
                if (!suffix[1].isEmpty()) {
                    toks.add(new Tok(T.SUFFIX, null, null, suffix[1], null));
                }
                i += suffix[0].length();
                continue;
            }
            String[] op = match(c, i, OPS);
            if (op != null) {
                toks.add(new Tok(T.OP, null, null, op[1], null));
                i += op[0].length();
                continue;
            }
            if (Scan.isDigit(ch) || (ch == '-' && i + 1 < n && Scan.isDigit(c.charAt(i + 1)) && startsValue(toks))) {
                int start = ch == '-' ? i + 1 : i;
                Scan.Number num = Scan.digits(c, start, n);
                BigDecimal value = ch == '-' ? num.value().negate() : num.value();
                int j = num.end();
                StringBuilder unit = new StringBuilder();
                if (j < n && c.charAt(j) == '%') {
                    unit.append('%');
                    j++;
                } else {
                    while (j < n && unit.length() < 6 && Character.isLetter(c.charAt(j)) && c.charAt(j) >= 128
                            && match(c, j, SUFFIXES) == null && match(c, j, OPS) == null
                            && "的且并和或至到则".indexOf(c.charAt(j)) < 0) {
                        unit.append(c.charAt(j));
                        j++;
                    }
                    // "达到12个时" ends with 时 (when); "1小时" is a unit.
                    if (unit.length() > 1 && unit.charAt(unit.length() - 1) == '时' && !unit.toString().endsWith("小时")) {
                        unit.setLength(unit.length() - 1);
                        j--;
                    }
                }
                String u = unit.toString();
                if (u.equals("百分点") || u.equals("百分比") || u.equals("个百分点")) {
                    u = "%";
                }
                toks.add(new Tok(T.NUM, value, u, null, null));
                i = j;
                continue;
            }
            if ((ch == '-' || ch == '~' || ch == '至' || ch == '到') && !toks.isEmpty() && toks.get(toks.size() - 1).type == T.NUM) {
                toks.add(new Tok(T.DASH, null, null, null, null));
                i++;
                continue;
            }
            if (Character.isLetter(ch)) {
                // Quotes inside a subject ("三公"经费控制率) do not end it.
                int j = i;
                StringBuilder word = new StringBuilder();
                while (j < n && (Character.isLetter(c.charAt(j)) || c.charAt(j) == '"') && match(c, j, OPS) == null
                        && !(j > i && match(c, j, SUFFIXES) != null)) {
                    if (c.charAt(j) != '"') {
                        word.append(c.charAt(j));
                    }
                    j++;
                }
                if (j == i) {
                    word.append(ch);
                    j++;
                }
                toks.add(new Tok(T.WORD, null, null, null, word.toString()));
                i = j;
                continue;
            }
            if (ch == '(' || ch == ')') {
                i++;
                continue;
            }
            return Optional.empty();
        }
        return interpret(toks);
    }

    private static boolean startsValue(List<Tok> toks) {
        return toks.isEmpty() || toks.get(toks.size() - 1).type == T.OP || toks.get(toks.size() - 1).type == T.DASH;
    }

    private static final String FIRST = firstChars();

    private static String firstChars() {
        StringBuilder b = new StringBuilder();
        for (List<String[]> list : List.of(OPS, SUFFIXES)) {
            for (String[] w : list) {
                if (b.indexOf(w[0].substring(0, 1)) < 0) {
                    b.append(w[0].charAt(0));
                }
            }
        }
        return b.toString();
    }

    private static String[] match(String c, int i, List<String[]> words) {
        if (i >= c.length() || FIRST.indexOf(c.charAt(i)) < 0) {
            return null;
        }
        for (String[] w : words) {
            if (c.startsWith(w[0], i)) {
                return w;
            }
        }
        return null;
    }

    private static Optional<Range> interpret(List<Tok> raw) {
        // "资金调整、调剂累计在…" is one subject: words separated only by punctuation join.
        List<Tok> all = new ArrayList<>();
        for (Tok tok : raw) {
            Tok last = all.isEmpty() ? null : all.get(all.size() - 1);
            if (tok.type == T.WORD && last != null && last.type == T.WORD) {
                all.set(all.size() - 1, new Tok(T.WORD, null, null, null, last.word + tok.word));
            } else {
                all.add(tok);
            }
        }
        String subject = null;
        List<Tok> toks = new ArrayList<>();
        for (Tok tok : all) {
            if (tok.type == T.WORD) {
                String w = stripConnectors(tok.word);
                if (w.isEmpty()) {
                    continue;
                }
                if (subject != null && !subject.equals(w)) {
                    return Optional.empty();
                }
                subject = w;
                toks.add(new Tok(T.WORD, null, null, null, w));
            } else {
                toks.add(tok);
            }
        }
        BigDecimal lower = null;
        boolean lowerInc = false;
        BigDecimal upper = null;
        boolean upperInc = false;
        boolean dashed = false;
        String unit = "";
        boolean[] used = new boolean[toks.size()];
        boolean any = false;
        for (int k = 0; k < toks.size(); k++) {
            Tok tok = toks.get(k);
            if (tok.type == T.NUM) {
                if (!tok.unit.isEmpty()) {
                    if (!unit.isEmpty() && !unit.equals(tok.unit)) {
                        return Optional.empty();
                    }
                    unit = tok.unit;
                }
                continue;
            }
            if (tok.type == T.WORD) {
                used[k] = true;
                continue;
            }
            String op;
            BigDecimal value;
            if (tok.type == T.OP) {
                Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
                Tok prev = k > 0 ? toks.get(k - 1) : null;
                if (next != null && next.type == T.NUM && !used[k + 1]) {
                    op = tok.op;
                    value = next.value;
                    used[k + 1] = true;
                } else if (prev != null && prev.type == T.NUM && !used[k - 1]) {
                    op = flip(tok.op);
                    value = prev.value;
                    used[k - 1] = true;
                } else {
                    return Optional.empty();
                }
            } else if (tok.type == T.SUFFIX) {
                Tok prev = k > 0 ? toks.get(k - 1) : null;
                if (prev == null || prev.type != T.NUM || used[k - 1]) {
                    return Optional.empty();
                }
                op = tok.op;
                value = prev.value;
                used[k - 1] = true;
            } else { // DASH
                Tok prev = k > 0 ? toks.get(k - 1) : null;
                Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
                if (prev == null || next == null || prev.type != T.NUM || next.type != T.NUM || used[k - 1] || used[k + 1]
                        || lower != null || upper != null) {
                    return Optional.empty();
                }
                used[k - 1] = true;
                used[k + 1] = true;
                lower = prev.value.min(next.value);
                upper = prev.value.max(next.value);
                lowerInc = true;
                upperInc = true;
                dashed = true;
                any = true;
                used[k] = true;
                continue;
            }
            used[k] = true;
            any = true;
            switch (op) {
                case "≥", ">" -> {
                    if (lower != null) {
                        return Optional.empty();
                    }
                    lower = value;
                    lowerInc = op.equals("≥");
                }
                case "≤", "<" -> {
                    if (upper != null) {
                        return Optional.empty();
                    }
                    upper = value;
                    upperInc = !op.equals("<");
                }
                case "=" -> {
                    if (lower != null || upper != null) {
                        return Optional.empty();
                    }
                    lower = value;
                    upper = value;
                    lowerInc = true;
                    upperInc = true;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        for (boolean u : used) {
            if (!u) {
                return Optional.empty();
            }
        }
        if (!any) {
            return Optional.empty();
        }
        if (lower != null && upper != null && (lower.compareTo(upper) > 0
                || (lower.compareTo(upper) == 0 && !(lowerInc && upperInc)))) {
            return Optional.empty();
        }
        lower = lower == null ? null : Decimals.canonical(lower);
        upper = upper == null ? null : Decimals.canonical(upper);
        return Optional.of(new Range(Optional.ofNullable(lower), lower != null && lowerInc, Optional.ofNullable(upper),
                upper != null && upperInc, subject == null ? "" : subject, unit, dashed));
    }

    private static String flip(String op) {
        return switch (op) {
            case "≥" -> "≤";
            case ">" -> "<";
            case "≤" -> "≥";
            case "<" -> ">";
            default -> op;
        };
    }

    private static String stripConnectors(String w) {
        String s = w;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String c : CONNECTORS) {
                if (s.startsWith(c)) {
                    s = s.substring(c.length());
                    changed = true;
                    break;
                }
                if (s.endsWith(c)) {
                    s = s.substring(0, s.length() - c.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** The comparison a single-sided range states: ≥ / > for a lower bound, ≤ / < for an upper one. */
    static Optional<Comparison> comparison(Range r) {
        if (r.onlyLower()) {
            return Optional.of(r.lowerInclusive() ? Comparison.AT_LEAST : Comparison.MORE_THAN);
        }
        if (r.onlyUpper()) {
            return Optional.of(r.upperInclusive() ? Comparison.AT_MOST : Comparison.LESS_THAN);
        }
        return Optional.empty();
    }

    /** The label a condition names ("评价为“规范”" → 规范, "制度较健全" → 制度较健全), or null. */
    static String label(String c) {
        String s = c;
        int close = s.lastIndexOf('"');
        if (close > 0) {
            int open = s.lastIndexOf('"', close - 1);
            if (open >= 0 && close - open > 1) {
                s = s.substring(open + 1, close);
            } else {
                s = s.replace("\"", "");
            }
        } else {
            s = s.replace("\"", "");
            for (String prefix : List.of("评价结果为", "评价为", "被评为", "评定为", "考核为", "结果为", "评为", "达到")) {
                if (s.startsWith(prefix) && s.length() > prefix.length()) {
                    s = s.substring(prefix.length());
                    break;
                }
            }
        }
        s = s.strip();
        while (!s.isEmpty() && ",:、的".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        while (!s.isEmpty() && ",:、".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        // "或" alone joins two names of one grade (“A”或“B”); it cannot itself be a name.
        if (s.isEmpty() || s.equals("或") || s.length() > 40 || Scan.hasDigit(s)) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("<>≤≥=()/×÷+*;。".indexOf(s.charAt(i)) >= 0 || s.charAt(i) == Source.ENUM) {
                return null;
            }
        }
        return s;
    }
}
