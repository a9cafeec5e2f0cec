package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The core's tests read the seeds from a dump of this module's reader (core cannot depend on it):
 * jixiao-core/src/test/resources/review/seeds/*.tsv. This keeps the dump equal to what
 * {@link PublishedText#read} gives today, so a change to the reader cannot leave the core's
 * seed tests checking an old reading.
 */
class CoreSeedDumpsTests {

    private static final Path DUMPS = Path.of("../jixiao-core/src/test/resources/review/seeds");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "baotou, baotou-2024-final-accounts-and-project-self-evaluations.md",
            "nanjing, nanjing-2024-department-self-evaluation.md",
            "shenzhen, shenzhen-2024-department-self-evaluation.md",
            "suzhou, suzhou-2024-department-target-table.md"})
    void theCoresDumpIsWhatTheReaderGives(String dump, String seed) throws IOException {
        PublishedDocument read = PublishedText.read(seed, DemoReports.text(seed));
        List<String> expected = new ArrayList<>();
        for (PublishedTable table : read.tables()) {
            expected.add("table\t" + table.line() + "\t" + escape(table.title()));
            for (PublishedTable.Row row : table.rows()) {
                StringBuilder line = new StringBuilder("row\t" + row.line());
                row.cells().forEach(c -> line.append('\t').append(escape(c)));
                expected.add(line.toString());
            }
        }
        read.paragraphs().forEach(p -> expected.add("para\t" + p.line() + "\t" + escape(p.text())));

        List<String> dumped = Files.readAllLines(DUMPS.resolve(dump + ".tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(dumped).as("regenerate " + dump + ".tsv from PublishedText.read").isEqualTo(expected);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
