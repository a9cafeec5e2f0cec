package org.jixiao.core.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One version of a national classification (e.g. 2024 支出功能分类): its entries in file order, and
 * lookups by code written any way, by name with its variants, and by path ("普通教育（款）其他普通教育支出（项）",
 * "教育支出 › 普通教育 › 其他普通教育支出"). Immutable; built by {@link ClassificationFormat}, which
 * guarantees unique codes, existing parents and names unique among siblings.
 */
public final class Classification {

    /** Between the parts of a path: "教育支出 › 普通教育", "教育支出 > 普通教育", "教育支出 | 普通教育". */
    private static final Pattern PATH_SEPARATORS = Pattern.compile("[›»>|\\\\]+|->|—>|→");
    /** Inside a part, after a level suffix: "普通教育(款)其他普通教育支出(项)". */
    private static final Pattern AFTER_LEVEL = Pattern.compile("(?<=\\((?:类|款|项)\\))");
    /** A part: an optional code, then an optional name (spaces already dropped). */
    private static final Pattern PART = Pattern.compile("([0-9][0-9\\-‐‑–—_.·・]*[0-9]|[0-9])?(.*)");

    private final String id;
    private final String title;
    private final List<Integer> years;
    private final ClassificationKind kind;
    private final String source;
    private final List<ClassificationEntry> entries;
    private final Map<String, ClassificationEntry> byCode = new HashMap<>();
    private final Map<String, List<ClassificationEntry>> byName = new HashMap<>();
    private final Map<String, List<ClassificationEntry>> children = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    /**
     * @throws IllegalArgumentException on a duplicate code, a code whose length is not a level of
     *                                  {@code kind}, or a missing parent (use {@link ClassificationFormat} to
     *                                  have these reported with their lines)
     */
    public Classification(String id, String title, List<Integer> years, ClassificationKind kind, List<ClassificationEntry> entries,
            String source) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.years = List.copyOf(years.stream().sorted().distinct().toList());
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = source == null ? "" : source;
        this.entries = List.copyOf(entries);
        for (ClassificationEntry entry : this.entries) {
            if (kind.levelOf(entry.code().length()).filter(l -> l == entry.level()).isEmpty()) {
                throw new IllegalArgumentException("code " + entry.code() + " is not a " + entry.level() + " of " + kind);
            }
            if (byCode.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalArgumentException("duplicate code " + entry.code());
            }
            order.put(entry.code(), order.size());
            for (String name : entry.names()) {
                List<ClassificationEntry> named = byName.computeIfAbsent(ClassificationText.nameKey(name), k -> new ArrayList<>());
                if (!named.contains(entry)) {
                    named.add(entry);
                }
            }
        }
        for (ClassificationEntry entry : this.entries) {
            entry.parentCode().ifPresent(parent -> {
                if (!byCode.containsKey(parent)) {
                    throw new IllegalArgumentException("parent " + parent + " of " + entry.code() + " missing");
                }
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(entry);
            });
        }
    }

    /** "functional-2024". */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The budget years this version is in force for, ascending. */
    public List<Integer> years() {
        return years;
    }

    public boolean inForce(int year) {
        return years.contains(year);
    }

    public ClassificationKind kind() {
        return kind;
    }

    /** Where it was read from, for messages. */
    public String source() {
        return source;
    }

    /** Every entry, in file order (each 类 followed by its 款 and their 项). */
    public List<ClassificationEntry> entries() {
        return entries;
    }

    /** The entry with this code, written any way: "2050299", "205 02 99", "205-02-99", "２０５０２９９". */
    public Optional<ClassificationEntry> byCode(String code) {
        return ClassificationText.code(code).map(byCode::get);
    }

    /**
     * Every entry with this name or alias, in file order; variants (full-width, spaces, a level
     * suffix) are tolerated, and a level suffix, when written, must be the entry's level. Several
     * entries may share a name ("行政运行" is a 项 of most 款; "其他教育支出" is both 20599 and
     * 2059999): see {@link #resolve} for paths that tell them apart.
     */
    public List<ClassificationEntry> byName(String name) {
        Optional<Level> level = ClassificationText.statedLevel(name);
        return byName.getOrDefault(ClassificationText.nameKey(name), List.of()).stream()
                .filter(e -> level.isEmpty() || level.get() == e.level())
                .sorted((a, b) -> Integer.compare(order.get(a.code()), order.get(b.code())))
                .toList();
    }

    /**
     * The entries a text written in a table may mean, best first: a code written any way; a name;
     * a code and a name ("2050299 其他普通教育支出", which must agree); or a path from any level down
     * ("普通教育（款）其他普通教育支出（项）", "教育支出 › 普通教育 › 其他普通教育支出",
     * "205 教育支出 > 20502 普通教育 > 2050299 其他普通教育支出"), whose parts must be ancestors in order.
     * When several entries fit a path, those that skip the fewest levels between the parts are kept;
     * an empty list means nothing fits, more than one that the text is ambiguous.
     */
    public List<ClassificationEntry> resolve(String text) {
        Optional<String> code = ClassificationText.code(text);
        if (code.isPresent()) {
            return Optional.ofNullable(byCode.get(code.get())).stream().toList();
        }
        List<Part> parts = parts(text);
        if (parts.isEmpty()) {
            return List.of();
        }
        Part last = parts.get(parts.size() - 1);
        List<Part> above = parts.subList(0, parts.size() - 1);
        int fewestSkipped = Integer.MAX_VALUE;
        List<ClassificationEntry> best = new ArrayList<>();
        for (ClassificationEntry candidate : candidates(last)) {
            int skipped = skipped(above, path(candidate).subList(0, path(candidate).size() - 1));
            if (skipped < 0) {
                continue;
            }
            if (skipped < fewestSkipped) {
                fewestSkipped = skipped;
                best.clear();
            }
            if (skipped == fewestSkipped) {
                best.add(candidate);
            }
        }
        return List.copyOf(best);
    }

    /** The one entry a text means, or empty when nothing or more than one fits (see {@link #resolve}). */
    public Optional<ClassificationEntry> resolveOne(String text) {
        List<ClassificationEntry> found = resolve(text);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The 类, then the 款, then the entry itself. */
    public List<ClassificationEntry> path(ClassificationEntry entry) {
        List<ClassificationEntry> path = new ArrayList<>();
        Optional<ClassificationEntry> current = Optional.of(entry);
        while (current.isPresent()) {
            path.add(current.get());
            current = parent(current.get());
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /** "205 教育支出 › 20502 普通教育 › 2050299 其他普通教育支出". */
    public String pathText(ClassificationEntry entry) {
        return path(entry).stream().map(ClassificationEntry::toString).collect(Collectors.joining(" › "));
    }

    public Optional<ClassificationEntry> parent(ClassificationEntry entry) {
        return entry.parentCode().map(byCode::get);
    }

    /** The entries one level below, in file order. */
    public List<ClassificationEntry> children(ClassificationEntry entry) {
        return List.copyOf(children.getOrDefault(entry.code(), List.of()));
    }

    /** The 类, in file order. */
    public List<ClassificationEntry> classes() {
        return entries.stream().filter(e -> e.level() == Level.CLASS).toList();
    }

    @Override
    public String toString() {
        return id + " (" + kind.label() + ", " + years.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }

    // ---- paths ----------------------------------------------------------------------------

    /** A part of a written path: a code, a name, a stated level; any may be absent. */
    private record Part(Optional<String> code, String nameKey, Optional<Level> level) {
    }

    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        for (String piece : PATH_SEPARATORS.split(ClassificationText.nfkc(text))) {
            for (String written : AFTER_LEVEL.split(ClassificationText.withoutSpaces(piece))) {
                if (written.isEmpty()) {
                    continue;
                }
                Matcher m = PART.matcher(written);
                if (!m.matches()) {
                    continue;
                }
                Optional<String> code = Optional.ofNullable(m.group(1)).flatMap(ClassificationText::code);
                String name = m.group(2);
                Part part = new Part(code, ClassificationText.nameKey(name), ClassificationText.statedLevel(name));
                if (part.code().isPresent() || !part.nameKey().isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    private List<ClassificationEntry> candidates(Part part) {
        Set<ClassificationEntry> found = new LinkedHashSet<>();
        if (part.code().isPresent()) {
            ClassificationEntry entry = byCode.get(part.code().get());
            if (entry != null && fits(part, entry)) {
                found.add(entry);
            }
            return List.copyOf(found);
        }
        for (ClassificationEntry entry : byName.getOrDefault(part.nameKey(), List.of())) {
            if (fits(part, entry)) {
                found.add(entry);
            }
        }
        return found.stream().sorted((a, b) -> Integer.compare(order.get(a.code()), order.get(b.code()))).toList();
    }

    private static boolean fits(Part part, ClassificationEntry entry) {
        if (part.code().isPresent() && !part.code().get().equals(entry.code())) {
            return false;
        }
        if (part.level().isPresent() && part.level().get() != entry.level()) {
            return false;
        }
        return part.nameKey().isEmpty()
                || entry.names().stream().map(ClassificationText::nameKey).anyMatch(part.nameKey()::equals);
    }

    /**
     * How many ancestors the written parts leave out between the first one they name and the entry,
     * when they name ancestors in order; −1 when they do not.
     */
    private static int skipped(List<Part> parts, List<ClassificationEntry> ancestors) {
        if (parts.isEmpty()) {
            return 0;
        }
        int a = 0;
        int first = -1;
        for (Part part : parts) {
            while (a < ancestors.size() && !fits(part, ancestors.get(a))) {
                a++;
            }
            if (a == ancestors.size()) {
                return -1;
            }
            if (first < 0) {
                first = a;
            }
            a++;
        }
        return (ancestors.size() - first) - parts.size();
    }
}
