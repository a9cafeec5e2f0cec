package org.jixiao.formats.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.formats.ReadLimits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real spreadsheet program opens the filled template and saves it again, as a unit would after
 * editing it; the reader reads what LibreOffice wrote to the same records. Skipped where
 * {@code soffice} is not on the PATH, failed then under CI=true (as the xlsx export's test).
 */
class MonitoringLibreOfficeTests {

    private static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, "soffice"))
                .filter(Files::isExecutable).findFirst();
    }

    @Test
    void aWorkbookSavedByLibreOfficeReadsTheSame() throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("soffice (LibreOffice) is not on the PATH: bin/test installs it (libreoffice-calc-nogui)");
        }
        Assumptions.assumeTrue(soffice.isPresent(), "soffice (LibreOffice) is not on the PATH");
        Path dir = Files.createTempDirectory("jixiao-monitoring");
        try {
            Path in = dir.resolve("in");
            Files.createDirectories(in);
            Path xlsx = in.resolve("monitoring.xlsx");
            Files.write(xlsx, MonitoringExamples.template(MonitoringExamples.shenzhenAndSuzhou()));
            Path out = dir.resolve("out");
            Process p = new ProcessBuilder(soffice.get().toString(),
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), xlsx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
            Path resaved = out.resolve("monitoring.xlsx");
            assertThat(resaved).exists();
            byte[] bytes = Files.readAllBytes(resaved);
            assertThat(bytes).isNotEqualTo(Files.readAllBytes(xlsx));

            MonitoringWorkbook read = MonitoringWorkbookReader.read("monitoring.xlsx", bytes, MonitoringExamples.YEAR,
                    ReadLimits.DEFAULTS);

            assertThat(read).isEqualTo(MonitoringExamples.shenzhenAndSuzhou());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
