package org.jixiao.core.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.ValueText;
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
 * Reads the {@code rule:} line of the framework format (documented in docs/frameworks.md) into a
 * rule. Throws {@link IllegalArgumentException} with a Chinese message; the caller adds the location.
 */
public final class RuleSpec {

    private RuleSpec() {
    }

    /**
     * @param spec       the text after {@code rule:}
     * @param itemLines  the {@code item:} lines of the indicator (for checklists), as "points text"
     */
    public static ScoringRule parse(String spec, List<String> itemLines) {
        String trimmed = spec.trim();
        int space = trimmed.indexOf(' ');
        String kind = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space + 1).trim();
        List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        return switch (kind) {
            case "proportional" -> new Proportional(target(args));
            case "reverse" -> new Reverse(target(args));
            case "threshold" -> new Threshold(target(args));
            case "execution-rate" -> new ExecutionRate();
            case "deadline" -> new Deadline();
            case "manual" -> new Manual(rest);
            case "qualitative" -> qualitative(args);
            case "labels" -> labels(args);
            case "yes-no" -> yesNo(args);
            case "bands" -> bands(args);
            case "checklist" -> checklist(itemLines);
            case "deduction" -> deduction(args);
            case "formula" -> new Formula(rest);
            case "bonus" -> bonus(args, false);
            case "penalty" -> bonus(args, true);
            default -> throw new IllegalArgumentException("未知的评分规则类型“" + kind + "”");
        };
    }

    private static Optional<Quantity> target(List<String> args) {
        for (String arg : args) {
            if (arg.startsWith("target=")) {
                return Optional.of(ValueText.quantity(arg.substring("target=".length()))
                        .orElseThrow(() -> new IllegalArgumentException("target= 后应为数值：" + arg)));
            }
            throw new IllegalArgumentException("无法识别的参数“" + arg + "”");
        }
        return Optional.empty();
    }

    private static Qualitative qualitative(List<String> args) {
        if (args.isEmpty()) {
            return Qualitative.NATIONAL;
        }
        List<BigDecimal> floors = new ArrayList<>();
        for (String part : args.get(0).split("/")) {
            floors.add(number(part));
        }
        return new Qualitative(floors);
    }

    private static GradedLabels labels(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("labels 需要至少一个档次，如 规范=2");
        }
        List<GradedLabels.Grade> grades = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("档次应写作 名称=分值：" + arg);
            }
            grades.add(new GradedLabels.Grade(Arrays.asList(arg.substring(0, eq).split("/")), score(arg.substring(eq + 1))));
        }
        return new GradedLabels(grades);
    }

    private static YesNo yesNo(List<String> args) {
        List<String> yes = null;
        List<String> no = null;
        for (String arg : args) {
            if (arg.startsWith("yes=")) {
                yes = Arrays.asList(arg.substring(4).split("/"));
            } else if (arg.startsWith("no=")) {
                no = Arrays.asList(arg.substring(3).split("/"));
            } else {
                throw new IllegalArgumentException("yes-no 的参数应为 yes=… no=…：" + arg);
            }
        }
        if (yes == null || no == null) {
            throw new IllegalArgumentException("yes-no 需要 yes=… 和 no=…");
        }
        return new YesNo(yes, no);
    }

    /** Bands: {@code <5=1 [5,10]=0.5 >10=0}; a % sign is allowed and ignored. */
    private static Bands bands(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("bands 需要至少一个区间");
        }
        List<Bands.Band> bands = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("区间应写作 区间=分值：" + arg);
            }
            String range = arg.substring(0, eq).replace("%", "");
            Score points = score(arg.substring(eq + 1));
            if (range.startsWith("<=") || range.startsWith("≤")) {
                bands.add(new Bands.Band(Optional.empty(), false, Optional.of(number(range.replaceFirst("^(<=|≤)", ""))), true, points));
            } else if (range.startsWith(">=") || range.startsWith("≥")) {
                bands.add(new Bands.Band(Optional.of(number(range.replaceFirst("^(>=|≥)", ""))), true, Optional.empty(), false, points));
            } else if (range.startsWith("<")) {
                bands.add(new Bands.Band(Optional.empty(), false, Optional.of(number(range.substring(1))), false, points));
            } else if (range.startsWith(">")) {
                bands.add(new Bands.Band(Optional.of(number(range.substring(1))), false, Optional.empty(), false, points));
            } else if ((range.startsWith("[") || range.startsWith("(")) && (range.endsWith("]") || range.endsWith(")"))) {
                String[] bounds = range.substring(1, range.length() - 1).split(",", -1);
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("区间应写作 [下限,上限]：" + arg);
                }
                bands.add(new Bands.Band(
                        bounds[0].isBlank() ? Optional.empty() : Optional.of(number(bounds[0])), range.startsWith("["),
                        bounds[1].isBlank() ? Optional.empty() : Optional.of(number(bounds[1])), range.endsWith("]"),
                        points));
            } else {
                throw new IllegalArgumentException("无法识别的区间“" + arg + "”");
            }
        }
        return new Bands(bands);
    }

    private static Checklist checklist(List<String> itemLines) {
        if (itemLines.isEmpty()) {
            throw new IllegalArgumentException("checklist 需要 item: 行，每行写作 分值 条目内容");
        }
        List<Checklist.Item> items = new ArrayList<>();
        for (String line : itemLines) {
            String trimmed = line.trim();
            int space = trimmed.indexOf(' ');
            String points = space < 0 ? trimmed : trimmed.substring(0, space);
            items.add(new Checklist.Item(space < 0 ? "" : trimmed.substring(space + 1).trim(), score(points)));
        }
        return new Checklist(items);
    }

    private static Deduction deduction(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("deduction 需要每项扣分值");
        }
        Score per = score(args.get(0));
        BigDecimal allowance = BigDecimal.ZERO;
        for (String arg : args.subList(1, args.size())) {
            if (arg.startsWith("above=")) {
                allowance = number(arg.substring(6).replace("%", ""));
            } else {
                throw new IllegalArgumentException("deduction 的参数应为 above=…：" + arg);
            }
        }
        return new Deduction(per, allowance);
    }

    private static BonusPenalty bonus(List<String> args, boolean penalty) {
        Score cap = null;
        List<BonusPenalty.Item> items = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("应写作 cap=上限 或 事项=分值：" + arg);
            }
            String key = arg.substring(0, eq);
            if (key.equals("cap")) {
                cap = score(arg.substring(eq + 1));
            } else {
                items.add(new BonusPenalty.Item(key, score(arg.substring(eq + 1))));
            }
        }
        if (cap == null) {
            throw new IllegalArgumentException((penalty ? "penalty" : "bonus") + " 需要 cap=上限");
        }
        return new BonusPenalty(items, cap, penalty);
    }

    private static BigDecimal number(String text) {
        BigDecimal value = Decimals.parseOrNull(text);
        if (value == null) {
            throw new IllegalArgumentException("“" + text + "”不是数值");
        }
        return value;
    }

    private static Score score(String text) {
        return Score.of(number(text));
    }
}
