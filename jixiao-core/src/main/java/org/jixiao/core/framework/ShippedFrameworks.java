package org.jixiao.core.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The frameworks shipped with Jixiao as resources under {@code /frameworks}. They are part of the
 * code base (versioned, reviewed, tested); reading them is not I/O against the outside world.
 */
public final class ShippedFrameworks {

    /** Resource names, without extension; the catalogue order is the one users see. */
    public static final List<String> IDS = List.of(
            "national-project",
            "national-project-20-80",
            "shenzhen-department",
            "nanjing-department",
            "suzhou-target-table",
            "baotou-2024-mingshi-shijie",
            "baotou-2024-sanxiang-gaige",
            "baotou-2024-jiaoshi-peixun");

    private static final Map<String, Framework> CACHE = new ConcurrentHashMap<>();

    private ShippedFrameworks() {
    }

    public static List<Framework> all() {
        return IDS.stream().map(ShippedFrameworks::get).toList();
    }

    /** The shipped framework with this id; throws {@link FrameworkException} if it does not load. */
    public static Framework get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("没有名为“" + id + "”的内置指标体系"));
    }

    public static Optional<Framework> find(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(id, key -> load(key).orThrow()));
    }

    /** Reads and validates a shipped framework, with its warnings. */
    public static FrameworkLoad load(String id) {
        String name = id + ".jxf";
        return FrameworkFormat.read(name, text(name));
    }

    private static String text(String name) {
        try (InputStream in = ShippedFrameworks.class.getResourceAsStream("/frameworks/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /frameworks/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
