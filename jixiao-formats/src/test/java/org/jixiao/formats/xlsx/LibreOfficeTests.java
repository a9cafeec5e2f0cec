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
 * total, and the hostile text in a list stays the defused text. It reads the templates too (their
 * headings and formulas), and a form it saves imports as the same evaluation. Skipped where
 * {@code soffice} is not on the PATH, failed then under CI=true.
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

    private static Path requireSoffice() {
        Optional<Path> soffice = soffice();
        // bin/test installs LibreOffice; where it is missing the check is skipped, except in CI
        if (soffice.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("soffice (LibreOffice) is not on the PATH: bin/test installs it (libreoffice-calc-nogui)");
        }
        Assumptions.assumeTrue(soffice.isPresent(), "soffice (LibreOffice) is not on the PATH");
        return soffice.get();
    }

    /** Runs LibreOffice headless: converts {@code files} in {@code dir} to {@code filter}'s format. */
    private static void convert(Path soffice, Path dir, String filter, Path... files) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", filter,
                "--outdir", dir.resolve("out").toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void libreOfficeReadsTheTemplatesHeadingsAndComputesTheirFormulas() throws Exception {
        Path soffice = requireSoffice();
        Path dir = Files.createTempDirectory("jixiao-template");
        try {
            Path project = dir.resolve("project.xlsx");
            Files.write(project, Forms.template(BaotouExample.FRAMEWORK));
            Path department = dir.resolve("department.xlsx");
            Files.write(department, Forms.template(org.jixiao.core.framework.ShippedFrameworks.get("nanjing-department")));
            Path targets = dir.resolve("targets.xlsx");
            Files.write(targets, Forms.template(org.jixiao.core.framework.ShippedFrameworks.get("suzhou-target-table")));
            convert(soffice, dir, "csv:Text - txt - csv (StarCalc):44,34,76", project, department, targets);

            String csv = Files.readString(dir.resolve("out/project.csv"), StandardCharsets.UTF_8);
            assertThat(csv).contains("项目支出绩效自评表", "（2024年度）", "项目名称,教育三项改革资金", "实施单位",
                    "项目资金（万元）", "年初预算数,全年预算数,全年执行数,执行率,分值,得分",
                    "一级指标,二级指标,三级指标,年度指标值,实际完成值,计量单位,分值,得分,偏差原因分析及改进措施,备注",
                    "产出指标,数量指标,暑假名师视界直播课节数,96,,节,5,", "总分,,,,,,100,0.00");
            assertThat(csv).doesNotContain("#NAME?", "#VALUE!", "Err:", "#REF!");
            String nanjing = Files.readString(dir.resolve("out/department.csv"), StandardCharsets.UTF_8);
            assertThat(nanjing).contains("部门整体支出绩效自评表", "单位名称",
                    "一级指标,二级指标,三级指标,指标值,实际完成值,计量单位,分值,得分,评分办法,偏差原因分析及改进措施,备注",
                    "决策制度的规范性,规范").doesNotContain("#NAME?", "Err:");
            String suzhou = Files.readString(dir.resolve("out/targets.csv"), StandardCharsets.UTF_8);
            assertThat(suzhou).contains("绩效目标表", "一级指标,二级指标,三级指标,半年指标值,全年指标值,计量单位,实际完成值",
                    // a target written "=45%" is text, defused as every text starting like a formula is (SafeText)
                    "预算执行率,'=45%,'=100%,%");
        } finally {
            delete(dir);
        }
    }

    @Test
    void aFormLibreOfficeSavedImportsAsTheSameEvaluation() throws Exception {
        Path soffice = requireSoffice();
        Path dir = Files.createTempDirectory("jixiao-saved");
        try {
            Path filled = dir.resolve("filled.xlsx");
            byte[] original = RoundTripTests.baotouFilled();
            Files.write(filled, original);
            convert(soffice, dir, "xlsx:Calc MS Excel 2007 XML", filled);
            byte[] saved = Files.readAllBytes(dir.resolve("out/filled.xlsx"));

            ImportedWorkbook before = Forms.read(original, org.jixiao.core.framework.ShippedFrameworks.all());
            ImportedWorkbook after = Forms.read(saved, org.jixiao.core.framework.ShippedFrameworks.all());
            assertThat(after.marked()).isTrue();
            RoundTripTests.sameEvaluation(after.evaluation(), before.evaluation());
            assertThat(after.evaluation().reportedScores()).isEqualTo(before.evaluation().reportedScores());
            // LibreOffice keeps computed values for the template's sums; they are not read as typed figures
            assertThat(after.findings()).isEqualTo(before.findings());
        } finally {
            delete(dir);
        }
    }

    @Test
    void libreOfficeReadsTheTotal() throws Exception {
        Optional<Path> soffice = Optional.of(requireSoffice());
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
