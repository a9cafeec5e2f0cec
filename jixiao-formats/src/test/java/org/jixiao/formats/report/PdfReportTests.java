package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.formats.report.ReportFixtures.compact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.framework.Indicator;
import org.jixiao.formats.report.ReportFixtures.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PDF read back by poppler: {@code pdftotext} finds the unit, the scores and the grade the score
 * sheet has; {@code pdffonts} shows the one Chinese font, embedded as a subset; {@code pdftoppm}'s
 * rendering shows distinct characters as distinct glyphs (empty boxes would all look the same).
 */
class PdfReportTests {

    private Path dir;

    @BeforeEach
    void makeDir() {
        dir = ReportFixtures.tempDir();
    }

    @AfterEach
    void removeDir() {
        ReportFixtures.delete(dir);
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Path pdf, int... pages) {
        Path pdftotext = ReportFixtures.tool("pdftotext", "poppler-utils");
        // -layout keeps a table row on one line, its cells in column order
        List<String> command = new ArrayList<>(List.of(pdftotext.toString(), "-layout", "-enc", "UTF-8"));
        if (pages.length > 0) {
            command.addAll(List.of("-f", String.valueOf(pages[0]), "-l", String.valueOf(pages[0])));
        }
        command.addAll(List.of(pdf.toString(), "-"));
        return ReportFixtures.run(dir, command.toArray(String[]::new));
    }

    private int pages(Path pdf) {
        String info = ReportFixtures.run(dir, ReportFixtures.tool("pdfinfo", "poppler-utils").toString(), pdf.toString());
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info);
        assertThat(m.find()).as("pdfinfo reports pages").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void pdftotextReadsTheUnitTheScoresAndTheGrade() {
        Case c = ReportFixtures.baotou();
        Path pdf = write("baotou.pdf", ReportFixtures.pdf(c.report()));

        String text = compact(text(pdf));
        assertThat(text).contains("包头市电化教育馆").contains("教育三项改革资金")
                .contains("自评得分80.46分，评价等级为“良”").contains("总分10080.46")
                .contains("年初预算数2.25万元，全年预算数34.25万元，全年执行数2.25万元，预算执行率为6.57%");
        for (Indicator indicator : c.framework().indicators()) {
            RowScore row = c.sheet().row(indicator.code());
            String shown = row.score().orElseThrow().points().setScale(indicator.isFundsRow() ? 2 : 1).toPlainString();
            String label = indicator.isFundsRow() ? indicator.name() : indicator.code() + indicator.name();
            assertThat(text).as(indicator.code()).containsPattern(Pattern.quote(compact(label)) + "：[^。]*得分" + Pattern.quote(shown) + "分");
        }
        assertThat(text).contains(Report.PLACEHOLDER);
        String info = ReportFixtures.run(dir, ReportFixtures.tool("pdfinfo", "poppler-utils").toString(), pdf.toString());
        assertThat(info).containsPattern("Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)")
                .contains("Title:           " + c.report().title());
    }

    @Test
    void aUnitReportWithNestedIndicatorsRendersToo() {
        Path pdf = write("shenzhen.pdf", ReportFixtures.pdf(ReportFixtures.shenzhen().report()));

        assertThat(compact(text(pdf))).contains("深圳市教育信息技术中心2024年度部门整体支出绩效自评报告")
                .contains("财务合规性（资金支出规范性）").contains("尚有25项指标未填报实际完成值");
    }

    @Test
    void theChineseFontIsEmbeddedAsASubsetAndIsTheOnlyFont() {
        Path pdf = write("nanjing.pdf", ReportFixtures.pdf(ReportFixtures.nanjing().report()));

        String fonts = ReportFixtures.run(dir, ReportFixtures.tool("pdffonts", "poppler-utils").toString(), pdf.toString());
        List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        String face = CjkFonts.find().face();
        assertThat(rows).as(fonts).hasSize(1);
        // name: subset tag "ABCDEF+" and the face; CID TrueType, Identity-H; emb, sub and uni all "yes"
        assertThat(rows.get(0)).matches("[A-Z]{6}\\+" + Pattern.quote(face) + "\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*");
    }

    @Test
    void theTableHeadingIsRepeatedOnEveryPageTheTableRunsOver() {
        Case c = ReportFixtures.nanjing();
        Path pdf = write("nanjing.pdf", ReportFixtures.pdf(c.report()));

        int first = 0;
        int last = 0;
        for (int page = 1; page <= pages(pdf); page++) {
            String text = compact(text(pdf, page));
            if (first == 0 && text.contains("三、部门整体支出绩效自评表")) {
                first = page;
            }
            if (first > 0 && last == 0) {
                assertThat(text).as("page " + page).contains("一级指标二级指标三级指标指标值实际完成值分值得分偏差原因分析及改进措施");
                if (text.contains("注：得分按指标体系的评分办法计算")) {
                    last = page;
                }
            }
        }
        assertThat(last).as("the 38-row table runs over more than one page").isGreaterThan(first);
    }

    /**
     * Distinct characters are drawn as distinct glyphs. On the page with the score table every word
     * made only of Chinese characters (the column headings, category names) is cut into one cell per
     * character (Chinese characters are all one em wide), each cell rendered by pdftoppm at 144 dpi
     * and thresholded. Each cell must have ink, and any two different characters must differ in a
     * good share of their pixels: missing glyphs, drawn as identical boxes (tofu) or "#", would not
     * ({@link #theGlyphCheckCatchesAFontWithoutChineseGlyphs} shows the check failing on such a PDF).
     */
    @Test
    void distinctCharactersRenderAsDistinctGlyphs() throws IOException {
        Path pdf = write("baotou.pdf", ReportFixtures.pdf(ReportFixtures.baotou().report()));

        Map<Integer, boolean[][]> glyphs = glyphs(pdf, tablePage(pdf));
        assertThat(glyphs).as("Chinese characters found").hasSizeGreaterThan(20);
        for (Map.Entry<Integer, boolean[][]> glyph : glyphs.entrySet()) {
            assertThat(Gray.share(glyph.getValue())).as("ink of “" + Character.toString(glyph.getKey()) + "”").isBetween(0.03, 0.7);
        }
        List<Integer> chars = new ArrayList<>(glyphs.keySet());
        for (int a = 0; a < chars.size(); a++) {
            for (int b = a + 1; b < chars.size(); b++) {
                double differ = Gray.difference(glyphs.get(chars.get(a)), glyphs.get(chars.get(b)));
                assertThat(differ).as("“" + Character.toString(chars.get(a)) + "” against “" + Character.toString(chars.get(b)) + "”")
                        .isGreaterThan(0.05);
            }
        }
    }

    /**
     * The control: the same report rendered by openhtmltopdf directly with a Latin-only font (DejaVu
     * Sans, no Chinese glyphs) — what {@link PdfReport} refuses to do. openhtmltopdf then draws "#"
     * for every Chinese character: the text checks above find neither the unit nor the headings, and
     * the glyph check finds no Chinese word to measure, so such a PDF cannot pass this class.
     */
    @Test
    void aFontWithoutChineseGlyphsFailsTheseChecks() throws IOException {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejavu), "no " + dejavu + " (fonts-dejavu-core)");
        Path pdf = dir.resolve("tofu.pdf");
        try (java.io.OutputStream out = Files.newOutputStream(pdf)) {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            builder.useFont(dejavu.toFile(), Xhtml.FAMILY);
            builder.withHtmlContent(Xhtml.of(ReportFixtures.baotou().report()), null);
            builder.toStream(out);
            builder.run();
        }

        String text = compact(text(pdf));
        assertThat(text).doesNotContain("包头市电化教育馆").doesNotContain("一级指标").contains("80.46").contains("########");
        for (int page = 1; page <= pages(pdf); page++) {
            assertThat(glyphs(pdf, page)).as("Chinese words on page " + page).isEmpty();
        }
    }

    private int tablePage(Path pdf) {
        int pages = pages(pdf);
        for (int page = 1; page <= pages; page++) {
            if (compact(text(pdf, page)).contains("一级指标二级指标")) {
                return page;
            }
        }
        throw new AssertionError("no page with the score table's heading");
    }

    /** Each Chinese character of the page's all-Chinese words, as the ink of its cell. */
    private Map<Integer, boolean[][]> glyphs(Path pdf, int page) throws IOException {
        String bbox = ReportFixtures.run(dir, ReportFixtures.tool("pdftotext", "poppler-utils").toString(), "-bbox", "-enc", "UTF-8",
                "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-");
        ReportFixtures.run(dir, ReportFixtures.tool("pdftoppm", "poppler-utils").toString(), "-gray", "-r", "144",
                "-f", String.valueOf(page), "-l", String.valueOf(page), "-singlefile", pdf.toString(), dir.resolve("page").toString());
        Gray image = Gray.read(dir.resolve("page.pgm"));
        double scale = 144.0 / 72.0;
        Map<Integer, boolean[][]> glyphs = new LinkedHashMap<>();
        Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                .matcher(bbox);
        while (word.find()) {
            String w = word.group(5);
            if (!w.matches("\\p{IsHan}{2,}")) {
                continue;
            }
            double x0 = Double.parseDouble(word.group(1));
            double y0 = Double.parseDouble(word.group(2));
            double x1 = Double.parseDouble(word.group(3));
            double y1 = Double.parseDouble(word.group(4));
            int[] chars = w.codePoints().toArray();
            double cell = (x1 - x0) / chars.length;
            for (int i = 0; i < chars.length; i++) {
                glyphs.putIfAbsent(chars[i], image.ink((int) Math.round((x0 + i * cell) * scale), (int) Math.round(y0 * scale),
                        (int) Math.round(cell * scale), (int) Math.round((y1 - y0) * scale)));
            }
        }
        return glyphs;
    }

    @Test
    void textIsDataNotMarkup() {
        String hostile = "A<B>&C \"引号\" '单引号' </p><script>x</script> &amp; ]]>";
        Report report = new Report("标题<h1>" + hostile, new ReportTitle("单位&", "项目", 2024),
                List.of(new Report.Section("一、" + hostile, List.of(new Report.Paragraph(hostile + "\n第二行\u0001"),
                        new Report.Table(List.of(new Report.Column("列<1>", 50, false), new Report.Column("数", 50, true)),
                                List.of(new Report.Row(List.of(hostile, "1.00"), Report.RowStyle.NORMAL)))))));
        Path pdf = write("hostile.pdf", ReportFixtures.pdf(report));

        String text = compact(text(pdf));
        assertThat(text).contains(compact("标题<h1>" + hostile)).contains(compact("一、" + hostile)).contains("第二行")
                .contains("列<1>");
        assertThat(text.split(Pattern.quote(compact(hostile)), -1)).hasSize(5); // title, heading, paragraph, cell
    }

    @Test
    void aCharacterTheFontCannotDrawIsRefusedBeforeAnythingIsWritten() {
        Case c = ReportFixtures.baotou();
        Report report = new Report(c.report().title(), c.report().header(), List.of(new Report.Section("一、基本情况",
                List.of(new Report.Paragraph("单位笑脸😀与古字𪚥")))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> PdfReport.write(report, out, CjkFonts.find())).isInstanceOfSatisfying(ReportException.class, e -> {
            assertThat(e.code()).isEqualTo(ReportException.Code.GLYPH_MISSING);
            assertThat(e.getMessage()).contains("U+1F600").contains("单位笑脸").contains(CjkFonts.ENV).endsWith("［GLYPH_MISSING］");
        });
        assertThat(out.size()).isZero();
    }

    /** A grey-scale PGM (P5) as pdftoppm -gray writes it. */
    private record Gray(int width, int height, byte[] pixels) {

        static Gray read(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            int[] pos = {0};
            String magic = token(bytes, pos);
            assertThat(magic).isEqualTo("P5");
            int width = Integer.parseInt(token(bytes, pos));
            int height = Integer.parseInt(token(bytes, pos));
            int max = Integer.parseInt(token(bytes, pos));
            assertThat(max).isEqualTo(255);
            int start = pos[0] + 1; // one white-space byte after the header
            byte[] pixels = java.util.Arrays.copyOfRange(bytes, start, start + width * height);
            return new Gray(width, height, pixels);
        }

        private static String token(byte[] bytes, int[] pos) {
            while (Character.isWhitespace(bytes[pos[0]]) || bytes[pos[0]] == '#') {
                if (bytes[pos[0]] == '#') {
                    while (bytes[pos[0]] != '\n') {
                        pos[0]++;
                    }
                }
                pos[0]++;
            }
            int from = pos[0];
            while (!Character.isWhitespace(bytes[pos[0]])) {
                pos[0]++;
            }
            return new String(bytes, from, pos[0] - from, java.nio.charset.StandardCharsets.US_ASCII);
        }

        /** Dark pixels (below mid-grey) of a rectangle. */
        boolean[][] ink(int x, int y, int w, int h) {
            boolean[][] out = new boolean[h][w];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    int px = x + c;
                    int py = y + r;
                    out[r][c] = px < width && py < height && (pixels[py * width + px] & 0xFF) < 128;
                }
            }
            return out;
        }

        static double share(boolean[][] mask) {
            int ink = 0;
            int all = 0;
            for (boolean[] row : mask) {
                for (boolean b : row) {
                    ink += b ? 1 : 0;
                    all++;
                }
            }
            return all == 0 ? 0 : (double) ink / all;
        }

        /** The share of pixels that differ, over the area both masks cover. */
        static double difference(boolean[][] a, boolean[][] b) {
            int h = Math.min(a.length, b.length);
            int w = Math.min(a[0].length, b[0].length);
            int differ = 0;
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    differ += a[r][c] != b[r][c] ? 1 : 0;
                }
            }
            return (double) differ / (h * w);
        }
    }
}
