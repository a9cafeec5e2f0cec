package org.jixiao.core.framework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.framework.DefaultRules;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.framework.FrameworkProblem.Severity;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.ScoringRule;

/**
 * Reads the framework text format (docs/frameworks.md). Collects every problem with its line;
 * never stops at the first. Structural checks on the result are the validator's.
 */
public final class FrameworkParser {

    private static final Set<String> HEADER_KEYS = Set.of(
            "framework", "title", "year", "kind", "full-mark", "rounding", "grades", "qualitative-bands", "template");
    private static final Set<String> NODE_KEYS = Set.of(
            "nature", "direction", "target", "half-year", "unit", "rule", "method", "notes", "item", "bonus-cap");

    private final String source;
    private final List<FrameworkProblem> problems = new ArrayList<>();

    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, Integer> headerLines = new HashMap<>();
    private final List<Draft> roots = new ArrayList<>();
    private final List<AmountSection> tables = new ArrayList<>();

    private FrameworkParser(String source) {
        this.source = source;
    }

    /**
     * Every problem found while reading, and the framework as far as it could be built despite them
     * ({@code framework}), so that the validator can report its problems in the same pass. The
     * framework is absent only when the kind or the full mark is unreadable, since the structural
     * checks depend on them; it is for checking, and is used only when no problem is an error.
     */
    public record Result(Optional<Framework> framework, List<FrameworkProblem> problems) {
    }

    public static Result parse(String source, String text) {
        FrameworkParser parser = new FrameworkParser(source);
        return parser.run(text == null ? "" : text);
    }

    /** A node as read, before we know whether it has children. */
    private static final class Draft {
        final String code;
        final String name;
        final String weightText;
        final int depth;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Integer> attributeLines = new HashMap<>();
        final List<String> items = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();

        Draft(String code, String name, String weightText, int depth, int line) {
            this.code = code;
            this.name = name;
            this.weightText = weightText;
            this.depth = depth;
            this.line = line;
        }
    }

    private enum Section { HEADER, INDICATORS, AMOUNTS }

    private Result run(String text) {
        Section section = Section.HEADER;
        List<Draft> stack = new ArrayList<>();
        Draft last = null;
        int baseIndent = -1;
        AmountSection table = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = lines[i];
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            if (raw.indexOf('\t') >= 0 && raw.substring(0, raw.length() - raw.stripLeading().length()).indexOf('\t') >= 0) {
                error("INDENT", lineNo, null, "缩进请使用空格，不要使用制表符");
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            String line = raw.strip();
            if (indent == 0 && line.equals("indicators:")) {
                section = Section.INDICATORS;
                continue;
            }
            if (indent == 0 && line.startsWith("amounts:")) {
                section = Section.AMOUNTS;
                table = AmountSection.start(line.substring("amounts:".length()).trim(), lineNo, this::error);
                tables.add(table);
                continue;
            }
            switch (section) {
                case HEADER -> headerLine(line, lineNo);
                case INDICATORS -> {
                    if (isAttribute(line)) {
                        if (last == null) {
                            error("SYNTAX", lineNo, null, "属性行之前没有指标行：" + line);
                        } else {
                            attribute(last, line, lineNo);
                        }
                        continue;
                    }
                    if (baseIndent < 0) {
                        baseIndent = indent;
                    }
                    if ((indent - baseIndent) % 2 != 0 || indent < baseIndent) {
                        error("INDENT", lineNo, null, "缩进应为两个空格的整数倍");
                        continue;
                    }
                    int depth = (indent - baseIndent) / 2;
                    if (depth > stack.size()) {
                        error("INDENT", lineNo, null, "缩进过深：上一级指标不存在");
                        continue;
                    }
                    Draft draft = nodeLine(line, depth, lineNo);
                    if (draft == null) {
                        continue;
                    }
                    while (stack.size() > depth) {
                        stack.remove(stack.size() - 1);
                    }
                    if (depth == 0) {
                        roots.add(draft);
                    } else {
                        stack.get(depth - 1).children.add(draft);
                    }
                    stack.add(draft);
                    last = draft;
                }
                case AMOUNTS -> table.read(indent, line, lineNo);
            }
        }
        Framework framework = build();
        return new Result(Optional.ofNullable(framework), problems);
    }

    private static boolean isAttribute(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String key = line.substring(0, colon);
        return key.matches("[a-z][a-z-]*") && !line.substring(0, colon).contains("|");
    }

    private void headerLine(String line, int lineNo) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            error("SYNTAX", lineNo, null, "应为“键: 值”：" + line);
            return;
        }
        String key = line.substring(0, colon).trim();
        if (!HEADER_KEYS.contains(key)) {
            error("UNKNOWN_KEY", lineNo, null, "未知的表头项“" + key + "”");
            return;
        }
        if (header.containsKey(key)) {
            error("DUPLICATE_KEY", lineNo, null, "表头项“" + key + "”重复");
            return;
        }
        header.put(key, line.substring(colon + 1).trim());
        headerLines.put(key, lineNo);
    }

    private Draft nodeLine(String line, int depth, int lineNo) {
        String[] parts = line.split("\\|", -1);
        if (parts.length < 2 || parts.length > 3) {
            error("SYNTAX", lineNo, null, "指标行应写作“编码 | 名称 | 分值”：" + line);
            return null;
        }
        String code = parts[0].trim();
        String name = parts[1].trim();
        String weight = parts.length == 3 ? parts[2].trim() : "";
        if (code.isEmpty() || code.contains(" ")) {
            error("SYNTAX", lineNo, null, "指标编码不能为空或含空格：" + line);
            return null;
        }
        if (name.isEmpty()) {
            error("SYNTAX", lineNo, code, "指标名称为空");
        }
        return new Draft(code, name, weight, depth, lineNo);
    }

    private void attribute(Draft draft, String line, int lineNo) {
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (!NODE_KEYS.contains(key)) {
            error("UNKNOWN_KEY", lineNo, draft.code, "未知的指标属性“" + key + "”");
            return;
        }
        if (key.equals("item")) {
            draft.items.add(value);
            return;
        }
        if (draft.attributes.containsKey(key)) {
            error("DUPLICATE_KEY", lineNo, draft.code, "指标属性“" + key + "”重复");
            return;
        }
        draft.attributes.put(key, value);
        draft.attributeLines.put(key, lineNo);
    }

    // ---- building -------------------------------------------------------------------------

    private Framework build() {
        String id = required("framework");
        String title = required("title");
        Integer year = integer("year");
        FrameworkKind kind = kind();
        Score fullMark = header.containsKey("full-mark") ? score(header.get("full-mark"), headerLines.get("full-mark"), null) : Score.of(100);
        RoundingPolicy rounding = rounding();
        GradeScale grades = grades();
        Qualitative qualitative = qualitativeBands();
        Set<String> codes = new HashSet<>();
        List<Node> nodes = new ArrayList<>();
        // An unreadable qualitative-bands: is already reported; the nodes are still built (with the
        // national bands) so that their own problems are found too.
        Qualitative qualitativeOrNational = qualitative == null ? Qualitative.NATIONAL : qualitative;
        for (Draft draft : roots) {
            Node node = node(draft, 1, codes, qualitativeOrNational, kind);
            if (node != null) {
                nodes.add(node);
            }
        }
        List<AmountTable> amountTables = new ArrayList<>();
        for (AmountSection table : tables) {
            table.build().ifPresent(amountTables::add);
        }
        if (kind == null || fullMark == null) {
            return null;
        }
        if (roots.isEmpty() && kind.isScored()) {
            error("MISSING_SECTION", 0, null, "缺少 indicators: 部分");
        }
        boolean template = "yes".equals(header.get("template"));
        if (header.containsKey("template") && !template && !"no".equals(header.get("template"))) {
            error("BAD_VALUE", headerLines.get("template"), null, "template 应为 yes 或 no");
        }
        // Header items already reported as missing or invalid get placeholders: this framework is
        // then only checked by the validator, never returned for use.
        return new Framework(id == null ? "" : id, title == null ? "" : title, year == null ? 0 : year, kind, fullMark,
                rounding == null ? RoundingPolicy.STANDARD : rounding, grades == null ? GradeScale.NATIONAL : grades,
                nodes, amountTables, template, source);
    }

    private Node node(Draft draft, int level, Set<String> codes, Qualitative qualitative, FrameworkKind kind) {
        if (!codes.add(draft.code)) {
            error("DUPLICATE_CODE", draft.line, draft.code, "指标编码“" + draft.code + "”重复");
        }
        Optional<Score> weight = draft.weightText.isEmpty() ? Optional.empty()
                : Optional.ofNullable(score(draft.weightText, draft.line, draft.code));
        // A node with children, or a leaf with no attribute at all (an empty category such as a
        // template's 数量指标), is a group; an indicator always states something about itself.
        if (!draft.children.isEmpty() || (draft.attributes.isEmpty() && draft.items.isEmpty())) {
            for (String key : draft.attributes.keySet()) {
                if (!key.equals("bonus-cap") && !key.equals("notes") && !key.equals("method")) {
                    error("SYNTAX", draft.attributeLines.get(key), draft.code, "有下级指标的指标不能有属性“" + key + "”，请写在下级指标上");
                }
            }
            List<Node> children = new ArrayList<>();
            for (Draft child : draft.children) {
                Node node = node(child, level + 1, codes, qualitative, kind);
                if (node != null) {
                    children.add(node);
                }
            }
            Optional<Score> bonusCap = Optional.empty();
            if (draft.attributes.containsKey("bonus-cap")) {
                bonusCap = Optional.ofNullable(score(draft.attributes.get("bonus-cap"), draft.attributeLines.get("bonus-cap"), draft.code));
            }
            return new Group(draft.code, draft.name, weight, level, children, bonusCap, draft.line);
        }
        if (draft.attributes.containsKey("bonus-cap")) {
            error("SYNTAX", draft.attributeLines.get("bonus-cap"), draft.code, "bonus-cap 只能写在加减分项的上级指标上");
        }
        TargetValue target = ValueText.target(draft.attributes.getOrDefault("target", ""));
        TargetValue halfYear = ValueText.target(draft.attributes.getOrDefault("half-year", ""));
        Nature nature = nature(draft, target);
        Direction direction = direction(draft, target, nature);
        ScoringRule rule;
        boolean stated = draft.attributes.containsKey("rule");
        if (stated) {
            try {
                rule = RuleSpec.parse(draft.attributes.get("rule"), draft.items);
            } catch (IllegalArgumentException e) {
                error("RULE_INVALID", draft.attributeLines.get("rule"), draft.code, e.getMessage());
                // Kept with a placeholder rule so that its weight still counts in the sums the validator checks.
                rule = new Manual("");
            }
        } else {
            if (!draft.items.isEmpty()) {
                error("SYNTAX", draft.line, draft.code, "item: 只能与 rule: checklist 一起使用");
            }
            rule = DefaultRules.forIndicator(nature, direction, target, qualitative);
        }
        if (target instanceof TargetValue.Numeric numeric) {
            target = numeric.withDefaultComparison(direction.comparison().orElse(Comparison.AT_LEAST));
        }
        return new Indicator(draft.code, draft.name, weight, level, nature, direction, target, halfYear,
                draft.attributes.getOrDefault("unit", target instanceof TargetValue.Numeric n ? n.quantity().unit() : ""),
                rule, stated, draft.attributes.getOrDefault("method", ""), draft.attributes.getOrDefault("notes", ""),
                draft.line);
    }

    private Nature nature(Draft draft, TargetValue target) {
        String text = draft.attributes.get("nature");
        if (text == null) {
            return target instanceof TargetValue.Numeric ? Nature.QUANTITATIVE : Nature.QUALITATIVE;
        }
        for (Nature nature : Nature.values()) {
            if (nature.label().equals(text) || nature.name().equalsIgnoreCase(text)) {
                return nature;
            }
        }
        error("BAD_VALUE", draft.attributeLines.get("nature"), draft.code, "指标性质应为“定量”或“定性”：" + text);
        return Nature.QUANTITATIVE;
    }

    private Direction direction(Draft draft, TargetValue target, Nature nature) {
        String text = draft.attributes.get("direction");
        if (text == null) {
            return Direction.impliedBy(target);
        }
        String t = ValueText.compact(text);
        for (Direction direction : Direction.values()) {
            if (direction.label().equals(t) || direction.name().equalsIgnoreCase(t)
                    || direction.comparison().map(c -> c.symbol().equals(t)).orElse(false)) {
                return direction;
            }
        }
        if (t.equals("大于等于") || t.equals(">=")) {
            return Direction.AT_LEAST;
        }
        if (t.equals("小于等于") || t.equals("<=")) {
            return Direction.AT_MOST;
        }
        error("BAD_VALUE", draft.attributeLines.get("direction"), draft.code, "指标方向应为正向、反向、等于或时限：" + text);
        return Direction.AT_LEAST;
    }

    private String required(String key) {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            error("MISSING_HEADER", 0, null, "缺少表头项“" + key + "”");
            return null;
        }
        return value;
    }

    private Integer integer(String key) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            error("BAD_VALUE", headerLines.get(key), null, "“" + key + "”应为整数：" + value);
            return null;
        }
    }

    private FrameworkKind kind() {
        String value = required("kind");
        if (value == null) {
            return null;
        }
        try {
            return FrameworkKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error("BAD_VALUE", headerLines.get("kind"), null,
                    "kind 应为 project-self-evaluation、department-evaluation 或 target-table：" + value);
            return null;
        }
    }

    /** {@code indicator=2 funds=2 total=2 mode=HALF_UP rows=yes}; unspecified parts keep the standard policy. */
    private RoundingPolicy rounding() {
        RoundingPolicy standard = RoundingPolicy.STANDARD;
        String value = header.get("rounding");
        if (value == null) {
            return standard;
        }
        int line = headerLines.get("rounding");
        int indicator = standard.indicatorScale();
        int funds = standard.fundsScale();
        int total = standard.totalScale();
        RoundingMode mode = standard.mode();
        boolean rows = standard.roundRows();
        for (String part : value.split("\\s+")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                error("BAD_VALUE", line, null, "rounding 的各项应写作 键=值：" + part);
                continue;
            }
            try {
                switch (kv[0]) {
                    case "indicator" -> indicator = Integer.parseInt(kv[1]);
                    case "funds" -> funds = Integer.parseInt(kv[1]);
                    case "total" -> total = Integer.parseInt(kv[1]);
                    case "mode" -> mode = RoundingMode.valueOf(kv[1]);
                    case "rows" -> rows = kv[1].equals("yes");
                    default -> error("BAD_VALUE", line, null, "rounding 未知的项“" + kv[0] + "”");
                }
            } catch (IllegalArgumentException e) {
                error("BAD_VALUE", line, null, "rounding 的值无效：" + part);
            }
        }
        try {
            return new RoundingPolicy(indicator, funds, total, mode, rows);
        } catch (IllegalArgumentException e) {
            error("BAD_VALUE", line, null, "rounding 无效：" + e.getMessage());
            return null;
        }
    }

    /** {@code 优>=90 良>=80 中>=60 差>=0 whole-points}. */
    private GradeScale grades() {
        String value = header.get("grades");
        if (value == null) {
            return GradeScale.NATIONAL;
        }
        int line = headerLines.get("grades");
        List<GradeScale.Band> bands = new ArrayList<>();
        boolean whole = false;
        for (String part : value.split("\\s+")) {
            if (part.equals("whole-points")) {
                whole = true;
                continue;
            }
            String[] kv = part.split(">=", 2);
            BigDecimal floor = kv.length == 2 ? Decimals.parseOrNull(kv[1]) : null;
            if (floor == null || kv[0].isEmpty()) {
                error("BAD_VALUE", line, null, "grades 的各档应写作 名称>=下限：" + part);
                continue;
            }
            bands.add(new GradeScale.Band(new Grade(kv[0]), floor));
        }
        try {
            return new GradeScale(bands, whole);
        } catch (IllegalArgumentException e) {
            error("BAD_VALUE", line, null, "grades 各档下限应从高到低排列");
            return null;
        }
    }

    private Qualitative qualitativeBands() {
        String value = header.get("qualitative-bands");
        if (value == null) {
            return Qualitative.NATIONAL;
        }
        try {
            List<BigDecimal> floors = new ArrayList<>();
            for (String part : value.split("/")) {
                BigDecimal floor = Decimals.parseOrNull(part);
                if (floor == null) {
                    throw new IllegalArgumentException(part);
                }
                floors.add(floor);
            }
            return new Qualitative(floors);
        } catch (IllegalArgumentException e) {
            error("BAD_VALUE", headerLines.get("qualitative-bands"), null, "qualitative-bands 应写作 80/60：" + value);
            return null;
        }
    }

    private Score score(String text, Integer line, String node) {
        BigDecimal value = Decimals.parseOrNull(text);
        if (value == null) {
            error("BAD_VALUE", line == null ? 0 : line, node, "分值“" + text + "”不是数值");
            return null;
        }
        return Score.of(value);
    }

    private void error(String code, int line, String node, String message) {
        problems.add(new FrameworkProblem(Severity.ERROR, code, source, line, node, message));
    }
}
