package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The copies of the seeds the tests (and later the demo data) read are the published originals, byte for byte. */
class SeedCopiesTests {

    @Test
    void theCopiedSeedsAreByteIdenticalToSharedSeeds() throws IOException {
        Path shared = Seeds.sharedSeeds();
        for (String name : Seeds.ALL) {
            assertThat(Seeds.bytes(name))
                    .as("src/main/resources/seeds/%s against %s", name, shared.resolve(name))
                    .isEqualTo(Files.readAllBytes(shared.resolve(name)));
        }
    }

    @Test
    void everySharedSeedIsCopied() throws IOException {
        try (Stream<Path> files = Files.list(Seeds.sharedSeeds())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
                    .containsExactlyInAnyOrderElementsOf(Seeds.ALL);
        }
    }
}
