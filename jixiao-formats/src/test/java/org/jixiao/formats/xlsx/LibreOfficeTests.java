package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real spreadsheet program reads the export: LibreOffice converts it to CSV, which must show the
 * total, and the hostile text in a list stays the defused text. Skipped where {@code soffice} is not on the PATH, failed then under CI=true.
 */
class LibreOfficeTests {

    private static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, "soffice"))
                .filter(Files::isExecutable).findFirst();
    }

    @Test
    void libreOfficeReadsTheTotal() throws Exception {
        Optional<Path> soffice = soffice();
        // bin/test installs LibreOffice; where it is missing the check is skipped, except in CI
        if (soffice.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("soffice (LibreOffice) is not on the PATH: bin/test installs it (libreoffice-calc-nogui)");
        }
        Assumptions.assumeTrue(soffice.isPresent(), "soffice (LibreOffice) is not on the PATH");
        Path dir = Files.createTempDirectory("jixiao-xlsx");
        try {
            Path xlsx = dir.resolve("baotou.xlsx");
            Files.write(xlsx, ScoreSheetXlsxTests.baotou());
            Path list = dir.resolve("list.xlsx");
            try (java.io.OutputStream out = Files.newOutputStream(list)) {
                ListXlsx.write(out, ListHeadings.CHINESE, java.util.List.of(new ListRow("@unit", "=1+1", 2024, "草稿",
                        new java.math.BigDecimal("80.46"), "良", 0, 0)));
            }
            Process p = new ProcessBuilder(soffice.get().toString(),
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(), xlsx.toString(), list.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
            Path csv = dir.resolve("baotou.csv");
            assertThat(csv).exists();
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).contains("总分").contains("80.46").contains("4.8").contains("良");
            // the hostile text is still the defused text, not a computed 2
            String listCsv = Files.readString(dir.resolve("list.csv"), StandardCharsets.UTF_8);
            assertThat(listCsv).contains("'@unit", "'=1+1", "80.46");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
