package org.jixiao.core.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classifications shipped with Jixiao as resources under {@code /classifications}, one file per
 * kind and version (docs/classifications.md lists what they hold and what they leave out). They are
 * part of the code base (versioned, reviewed, tested); reading them is not I/O against the outside
 * world. A new year's version is a new file and a new id here; {@link #forYear} picks the one in force.
 */
public final class ShippedClassifications {

    /** Resource names, without extension. */
    public static final List<String> IDS = List.of("functional-2024", "economic-2024");

    private static final Map<String, Classification> CACHE = new ConcurrentHashMap<>();

    private ShippedClassifications() {
    }

    public static List<Classification> all() {
        return IDS.stream().map(ShippedClassifications::get).toList();
    }

    /** The shipped classification with this id; throws {@link ClassificationException} if it does not load. */
    public static Classification get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("没有名为“" + id + "”的内置科目分类"));
    }

    public static Optional<Classification> find(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(id, key -> load(key).orThrow()));
    }

    /** The version of this kind in force for a budget year, if one is shipped. */
    public static Optional<Classification> forYear(ClassificationKind kind, int year) {
        return all().stream().filter(c -> c.kind() == kind && c.inForce(year)).findFirst();
    }

    /** Reads a shipped classification, with its problems. */
    public static ClassificationLoad load(String id) {
        String name = id + ".jxc";
        return ClassificationFormat.read(name, text(name));
    }

    private static String text(String name) {
        try (InputStream in = ShippedClassifications.class.getResourceAsStream("/classifications/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /classifications/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
