package org.jixiao.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jixiao.formats.xlsx.ListHeadings;
import org.jixiao.formats.xlsx.ListRow;
import org.jixiao.formats.xlsx.ListXlsx;

/**
 * Seconds to write a list export of many rows (the formats module's {@link ListXlsx}, fastexcel
 * streaming) to a file, and the file's size. Not JMH: one export is a whole, seconds-long job, so it
 * is timed whole: one untimed warm-up of 10,000 rows, then {@code runs} timed exports of {@code rows}.
 * Rows look like the supervisor's list: 300 units, Chinese project names, a total with two decimals.
 * Usage: {@code java -cp benchmarks.jar org.jixiao.benchmarks.ExcelExportBenchmark [rows] [runs] [file]}
 */
public final class ExcelExportBenchmark {

    private static final String[] STATUSES = {"草稿", "已提交", "已退回", "已审核", "已公开"};
    private static final String[] GRADES = {"优", "良", "中", "差"};

    private ExcelExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("jixiao-export", ".xlsx");
        try {
            write(file, 10_000);
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                write(file, rows);
                seconds[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: %,d rows in %.2f s, %,d bytes%n", r + 1, rows, seconds[r], Files.size(file));
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("median %.2f s for %,d rows (%,.0f rows/s); file %.1f MB; max heap %d MB%n",
                    sorted[runs / 2], rows, rows / sorted[runs / 2], Files.size(file) / 1e6, rt.maxMemory() >> 20);
        } finally {
            if (args.length <= 2) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void write(Path file, int rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
             ListXlsx list = ListXlsx.open(out, ListHeadings.CHINESE)) {
            for (int n = 0; n < rows; n++) {
                int unit = n % 300;
                BigDecimal total = n % 10 == 0 ? null : BigDecimal.valueOf(6000 + (n * 37L) % 4000, 2);
                list.add(new ListRow("演示市第" + unit + "中心（信息化教育馆）", "教育三项改革资金项目支出绩效自评-" + n, 2020 + n % 5,
                        STATUSES[n % STATUSES.length], total, total == null ? "" : GRADES[n % GRADES.length], n % 3, n % 4));
            }
        }
    }
}
