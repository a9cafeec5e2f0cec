package org.jixiao.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.formats.xlsx.ImportedWorkbook;
import org.jixiao.formats.xlsx.ScoreSheetXlsx;
import org.jixiao.formats.xlsx.WorkbookImport;

/**
 * Seconds to import a filled-in form of many indicator rows ({@link WorkbookImport}: checks of the
 * file, streaming read, matching every row to the framework, scoring and review) against a bare
 * streaming read of the same file by the fastest Java reader measured here (fastexcel-reader 0.20.2,
 * every cell of every sheet read as text, nothing kept), in one run, alternating, and the ratio.
 *
 * <p>The workbook is what {@code jixiao export} writes for a generated project framework of
 * {@code rows} indicators (100 groups, each weighing 1 of 100 points, with 0.001 a row), every row
 * filled with an actual value; written once, untimed. One warm-up of each, then {@code runs} timed
 * runs of each. Usage: {@code java -cp benchmarks.jar org.jixiao.benchmarks.ExcelImportBenchmark [rows] [runs]}
 */
public final class ExcelImportBenchmark {

    private ExcelImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Framework framework = framework(rows);
        Path file = Files.createTempFile("jixiao-import", ".xlsx");
        try {
            long written = System.nanoTime();
            write(framework, file);
            System.out.printf("workbook: %,d indicator rows, %,d bytes, written in %.2f s%n", rows, Files.size(file),
                    (System.nanoTime() - written) / 1e9);
            long cells = bareRead(file);
            ImportedWorkbook imported = WorkbookImport.read(file, List.of(framework));
            System.out.printf("warm-up: bare read %,d cells; import %,d actuals, total %s, %,d findings%n", cells,
                    imported.evaluation().actuals().size(), imported.scores().orElseThrow().total(), imported.findings().size());
            double[] bare = new double[runs];
            double[] full = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                bareRead(file);
                bare[r] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                WorkbookImport.read(file, List.of(framework));
                full[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: bare read %.2f s, import %.2f s%n", r + 1, bare[r], full[r]);
            }
            double b = median(bare);
            double f = median(full);
            System.out.printf("median: bare read %.2f s, import %.2f s, ratio %.1f× (%,d rows; max heap %d MB)%n", b, f, f / b, rows,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every cell of every sheet read as text, as the import's reader is used, nothing kept. */
    static long bareRead(Path file) throws IOException {
        long cells = 0;
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            if (cell != null && !cell.getText().isEmpty()) {
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static void write(Framework framework, Path file) throws IOException {
        Evaluation.Builder evaluation = Evaluation.of(framework).unit("演示市第一中心（信息化教育馆）");
        framework.indicators().forEach(i -> evaluation.actual(i.code(), String.valueOf(90 + i.code().hashCode() % 20 + 20)));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            ScoreSheetXlsx.write(new ScoreSheetXlsx.Title("演示市第一中心（信息化教育馆）", "大规模演示项目", 2024), framework,
                    evaluation.build(), out);
        }
    }

    /** A project framework of {@code rows} quantitative indicators: 100 groups of rows ÷ 100, 0.001 points a row per 100 rows. */
    static Framework framework(int rows) {
        int groups = 100;
        int perGroup = rows / groups;
        StringBuilder text = new StringBuilder("""
                framework: bench-import
                title: 大规模演示项目
                year: 2024
                kind: project-self-evaluation
                full-mark: 100
                rounding: indicator=3 funds=2 total=2 mode=HALF_UP rows=yes
                grades: 优>=90 良>=80 中>=60 差>=0

                indicators:
                1 | 产出指标 | 100
                """);
        String weight = java.math.BigDecimal.ONE.divide(java.math.BigDecimal.valueOf(perGroup)).toPlainString();
        for (int g = 1; g <= groups; g++) {
            text.append("  1.").append(g).append(" | 数量指标").append(g).append(" | 1\n");
            for (int i = 1; i <= perGroup; i++) {
                text.append("    1.").append(g).append('.').append(i).append(" | 演示指标").append(g).append('-').append(i)
                        .append(" | ").append(weight).append('\n')
                        .append("      nature: 定量\n      direction: 大于等于\n      target: 100\n      unit: 节\n");
            }
        }
        FrameworkLoad load = FrameworkFormat.read("bench-import.jxf", text.toString());
        return load.framework().orElseThrow(() -> new IllegalStateException("generated framework invalid: " + load.errors()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
