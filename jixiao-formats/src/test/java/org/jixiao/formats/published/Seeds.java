package org.jixiao.formats.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.core.review.PublishedDocument;

/**
 * The four published reports the project started from. Tests read the copies under
 * {@code src/main/resources/seeds/}; {@link SeedCopiesTests} checks the copies against the
 * originals in {@code shared/seeds} beside the repository.
 */
final class Seeds {

    static final String BAOTOU = "baotou-2024-final-accounts-and-project-self-evaluations.md";
    static final String NANJING = "nanjing-2024-department-self-evaluation.md";
    static final String SHENZHEN = "shenzhen-2024-department-self-evaluation.md";
    static final String SUZHOU = "suzhou-2024-department-target-table.md";
    static final List<String> ALL = List.of(BAOTOU, NANJING, SHENZHEN, SUZHOU);

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource /seeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static PublishedDocument read(String name) {
        return PublishedText.read(name, text(name));
    }

    /**
     * {@code shared/seeds}, found by walking up from the working directory. In CI (which runs with
     * {@code shared/} beside the repository and {@code CI=true}) its absence fails the test; on a
     * clone elsewhere the comparison is skipped, saying why.
     */
    static Path sharedSeeds() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path seeds = d.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return seeds;
            }
        }
        String message = "no shared/seeds directory above " + dir + ": the copies cannot be compared with the originals";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + " (CI runs with shared/ beside the repository)");
        }
        org.junit.jupiter.api.Assumptions.abort(message);
        return null;
    }
}
