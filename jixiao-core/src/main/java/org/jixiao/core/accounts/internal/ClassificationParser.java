package org.jixiao.core.accounts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.core.accounts.Classification;
import org.jixiao.core.accounts.ClassificationEntry;
import org.jixiao.core.accounts.ClassificationKind;
import org.jixiao.core.accounts.ClassificationProblem;
import org.jixiao.core.accounts.ClassificationText;
import org.jixiao.core.accounts.Level;

/**
 * Reads the classification text format (docs/classifications.md). Collects every problem with its
 * line; never stops at the first. The classification is built only when there is none.
 */
public final class ClassificationParser {

    private static final Set<String> HEADER_KEYS = Set.of("classification", "title", "years", "kind");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final String source;
    private final List<ClassificationProblem> problems = new ArrayList<>();
    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, Integer> headerLines = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();

    private ClassificationParser(String source) {
        this.source = source;
    }

    /** The classification, present only when no problem was found, and every problem. */
    public record Result(Optional<Classification> classification, List<ClassificationProblem> problems) {
    }

    /** An entry line as written: code, name and aliases, trimmed. */
    private record Line(String code, String name, List<String> aliases, int line) {
    }

    public static Result parse(String source, String text) {
        return new ClassificationParser(source).run(text == null ? "" : text);
    }

    private Result run(String text) {
        boolean inEntries = false;
        String[] rows = text.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            int lineNo = i + 1;
            String line = rows[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("entries:")) {
                if (inEntries) {
                    error("SYNTAX", lineNo, null, "“entries:” 只能出现一次");
                }
                inEntries = true;
                continue;
            }
            if (inEntries) {
                entryLine(line, lineNo);
            } else {
                headerLine(line, lineNo);
            }
        }
        String id = required("classification");
        String title = required("title");
        List<Integer> years = years();
        ClassificationKind kind = kind();
        if (!inEntries) {
            error("MISSING_SECTION", 0, null, "缺少 entries: 部分");
        }
        List<ClassificationEntry> entries = entries(kind);
        // In the order of the file (problems of the whole file, line 0, first), as a reader fixes them.
        problems.sort(Comparator.comparingInt(ClassificationProblem::line));
        if (!problems.isEmpty() || id == null || title == null || years == null || kind == null) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Classification(id, title, years, kind, entries, source)), problems);
    }

    private void headerLine(String line, int lineNo) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            error("SYNTAX", lineNo, null, line.contains("|")
                    ? "科目行应写在 “entries:” 之后：" + line
                    : "应为“键: 值”：" + line);
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

    private void entryLine(String line, int lineNo) {
        String[] parts = line.split("\\|", -1);
        String code = parts[0].strip();
        if (parts.length < 2) {
            error("SYNTAX", lineNo, code.isEmpty() ? null : code, "科目行应写作“编码 | 名称 | 别名…”：" + line);
            return;
        }
        String name = parts[1].strip();
        List<String> aliases = new ArrayList<>();
        for (int i = 2; i < parts.length; i++) {
            String alias = parts[i].strip();
            if (alias.isEmpty()) {
                error("NAME_EMPTY", lineNo, code, "第 " + (i - 1) + " 个别名为空");
            } else {
                aliases.add(alias);
            }
        }
        lines.add(new Line(code, name, aliases, lineNo));
    }

    private List<ClassificationEntry> entries(ClassificationKind kind) {
        Map<String, ClassificationEntry> byCode = new LinkedHashMap<>();
        for (Line line : lines) {
            if (!line.code().matches("[0-9]+")) {
                error("BAD_CODE", line.line(), line.code(), "科目编码应全为数字（文件中不写分隔符）：“" + line.code() + "”");
                continue;
            }
            Optional<Level> level = kind == null ? Optional.empty() : kind.levelOf(line.code().length());
            if (kind != null && level.isEmpty()) {
                error("BAD_CODE", line.line(), line.code(), kind.label() + "的编码应为 "
                        + kind.codeLengths().stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("")
                        + " 位数字，“" + line.code() + "”为 " + line.code().length() + " 位");
                continue;
            }
            if (line.name().isEmpty()) {
                error("NAME_EMPTY", line.line(), line.code(), "科目名称为空");
            }
            ClassificationEntry previous = byCode.get(line.code());
            if (previous != null) {
                error("DUPLICATE_CODE", line.line(), line.code(), "科目编码“" + line.code() + "”重复（第 " + previous.line() + " 行已有）");
                continue;
            }
            if (level.isPresent()) {
                byCode.put(line.code(), new ClassificationEntry(line.code(), line.name(), line.aliases(), level.get(), line.line()));
            }
        }
        Map<String, Map<String, ClassificationEntry>> namesUnderParent = new HashMap<>();
        for (ClassificationEntry entry : byCode.values()) {
            Optional<String> parent = entry.parentCode();
            if (parent.isPresent() && !byCode.containsKey(parent.get())) {
                error("PARENT_MISSING", entry.line(), entry.code(), "上级科目“" + parent.get() + "”不存在");
            }
            Map<String, ClassificationEntry> siblings = namesUnderParent.computeIfAbsent(parent.orElse(""), k -> new HashMap<>());
            Set<String> own = new TreeSet<>();
            for (String name : entry.names()) {
                String key = ClassificationText.nameKey(name);
                if (key.isEmpty() || !own.add(key)) {
                    continue;
                }
                ClassificationEntry other = siblings.putIfAbsent(key, entry);
                if (other != null) {
                    error("DUPLICATE_NAME", entry.line(), entry.code(), "名称“" + name + "”与同级科目 " + other.code()
                            + "（第 " + other.line() + " 行）相同，无法按名称区分");
                }
            }
        }
        return List.copyOf(byCode.values());
    }

    private String required(String key) {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            error("MISSING_HEADER", headerLines.getOrDefault(key, 0), null, "缺少表头项“" + key + "”");
            return null;
        }
        return value;
    }

    /** "2024", "2023-2024" or "2023, 2024". */
    private List<Integer> years() {
        String value = required("years");
        if (value == null) {
            return null;
        }
        int line = headerLines.get("years");
        Set<Integer> years = new TreeSet<>();
        for (String part : value.split("[,，、\\s]+")) {
            String[] range = part.split("-", 2);
            Integer from = year(range[0]);
            Integer to = range.length == 2 ? year(range[1]) : from;
            if (from == null || to == null || to < from) {
                error("BAD_VALUE", line, null, "years 应写作 2024、2023-2024 或 2023, 2024：" + value);
                return null;
            }
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
        }
        return List.copyOf(years);
    }

    private static Integer year(String text) {
        if (!text.matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
    }

    private ClassificationKind kind() {
        String value = required("kind");
        if (value == null) {
            return null;
        }
        Optional<ClassificationKind> kind = ClassificationKind.fromKey(value);
        if (kind.isEmpty()) {
            error("BAD_VALUE", headerLines.get("kind"), null, "kind 应为 functional 或 economic：" + value);
        }
        return kind.orElse(null);
    }

    private void error(String code, int line, String entry, String message) {
        problems.add(new ClassificationProblem(code, source, line, entry, message));
    }
}
