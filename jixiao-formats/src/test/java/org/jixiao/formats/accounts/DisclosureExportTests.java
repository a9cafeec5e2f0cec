package org.jixiao.formats.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.accounts.disclosure.DisclosureReader;
import org.jixiao.core.accounts.disclosure.Regeneration;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.accounts.disclosure.SentencePair;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.review.TableKind;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.report.CjkFonts;
import org.jixiao.formats.report.DocxReport;
import org.jixiao.formats.report.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The disclosure written through the report model: the narrative from the tables, the two charts and
 * the tables, in Word — read back by the project's own Word reader and reviewer, by POI and by
 * LibreOffice — and in PDF, read back by poppler.
 */
class DisclosureExportTests {

    private static final DisclosureTables BAOTOU = DemoTables.baotou2024();

    @TempDir
    Path dir;

    private Path baotouDocx() throws IOException {
        Path file = dir.resolve("baotou-disclosure.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DisclosureExport.docx(BAOTOU, out);
        }
        return file;
    }

    private Path baotouPdf() throws IOException {
        Path file = dir.resolve("baotou-disclosure.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            DisclosureExport.pdf(BAOTOU, out, CjkFonts.find());
        }
        return file;
    }

    // ---- Word ---------------------------------------------------------------------------------

    @Test
    void theNarrativeReadsBackAsTheFiguresItWasWrittenFromAndRegeneratesWordForWord() throws Exception {
        assertRegeneratesWordForWord(DocxReader.read(baotouDocx()));
    }

    /** The figure captions (or the notes in the charts' place) do not disturb the reader. */
    private static void assertRegeneratesWordForWord(PublishedDocument document) {
        // all the tables' figures but 十二's 中小企业 amounts by kind, which the text states as shares only
        assertThat(DisclosureReader.read(document).disclosure())
                .isEqualTo(BaotouTablesRegenerationTests.withoutAmountsByKind(TablesNarrative.disclosure(BAOTOU)));
        List<SentencePair> pairs = Regeneration.of(document, TablesNarrative.disclosure(BAOTOU));
        assertThat(pairs).hasSize(85).noneMatch(SentencePair::differs);
        assertThat(pairs.stream().filter(p -> !p.isPlaceholder())).hasSize(62).allMatch(SentencePair::sameText);
        // from the text's own figures: the same but for the three by-kind shares
        List<SentencePair> fromText = Regeneration.of(document);
        assertThat(fromText).hasSize(82).noneMatch(SentencePair::differs);
        assertThat(fromText.stream().filter(p -> !p.isPlaceholder())).hasSize(59).allMatch(SentencePair::sameText);
        assertThat(pairs.stream().filter(SentencePair::isPlaceholder)).allSatisfy(p -> assertThat(p.published()).endsWith("〔由单位填写〕"));
    }

    @Test
    void theReviewerFindsTheTablesAndNothingWrongInTheDocument() throws Exception {
        PublishedDocument document = DocxReader.read(baotouDocx());
        Review review = Reviewer.review(document, 2024);

        // the narrative is the tables' own: no change, share or rate the reviewer can fault; the amount
        // tables add up within rounding
        assertThat(review.findings()).extracting(Finding::code).isEmpty();
        assertThat(review.tables()).filteredOn(t -> t.kind() == TableKind.AMOUNT_TABLE).extracting(t -> t.title())
                .contains("二、收入决算表", "三、支出决算表", "五、一般公共预算财政拨款支出决算表", "六、一般公共预算财政拨款基本支出决算明细表",
                        "七、一般公共预算财政拨款项目支出决算明细表");
        assertThat(review.tables()).allSatisfy(t -> assertThat(t.findings()).isEmpty());

        PublishedTable general = document.tables().stream().filter(t -> t.title().equals("五、一般公共预算财政拨款支出决算表")).findFirst().orElseThrow();
        assertThat(general.rows().get(0).cells()).containsExactly("科目编码", "项目", "年初预算数", "决算数", "", "", "完成年初预算（%）");
        assertThat(general.rows().get(1).cells()).containsExactly("", "", "", "合计", "基本支出", "项目支出", "");
        assertThat(general.rows()).extracting(PublishedTable.Row::cells).contains(
                List.of("合计", "", "451.50", "528.68", "488.17", "40.50", "117.09"),
                List.of("2059999", "其他教育支出", "350.75", "421.99", "383.74", "38.25", "120.31"));
        PublishedTable other = document.tables().stream().filter(t -> t.title().startsWith("十一、")).findFirst().orElseThrow();
        assertThat(other.rows()).extracting(PublishedTable.Row::cells).contains(List.of("车辆合计", "", "2", ""));
    }

    /** POI sees real merged cells in the heading and two pictures, each a decodable PNG, each above its caption. */
    @Test
    void poiReadsTheMergedHeadingAndTwoPicturesWithTheirCaptions() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(baotouDocx()))) {
            XWPFTable general = tableAfter(doc, "五、一般公共预算财政拨款支出决算表");
            XWPFTableRow top = general.getRow(0);
            XWPFTableRow second = general.getRow(1);
            assertThat(top.isRepeatHeader()).isTrue();
            assertThat(second.isRepeatHeader()).isTrue();
            assertThat(top.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("科目编码", "项目", "年初预算数", "决算数", "完成年初预算（%）");
            // 决算数 spans its three columns; the ungrouped columns start a vertical merge the second row continues
            assertThat(tcPr(top.getCell(3)).getGridSpan().getVal().intValue()).isEqualTo(3);
            for (int c : new int[] {0, 1, 2, 4}) {
                assertThat(tcPr(top.getCell(c)).getVMerge().getVal()).as("top cell " + c).isEqualTo(STMerge.RESTART);
            }
            assertThat(second.getTableCells()).extracting(XWPFTableCell::getText).containsExactly("", "", "", "合计", "基本支出", "项目支出", "");
            for (int c : new int[] {0, 1, 2, 6}) {
                CTTcPr pr = tcPr(second.getCell(c));
                assertThat(pr.isSetVMerge()).as("second-row cell " + c).isTrue();
                assertThat(pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART).isFalse();
            }
            // a fixed line's label spans 科目编码 and 项目
            XWPFTableRow total = general.getRow(2);
            assertThat(total.getCell(0).getText()).isEqualTo("合计");
            assertThat(tcPr(total.getCell(0)).getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(total.getTableCells()).hasSize(6);

            assertThat(doc.getAllPictures()).hasSize(2);
            List<String> captions = new ArrayList<>();
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                for (var run : paragraphs.get(i).getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        var image = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
                        assertThat(image.getWidth()).isGreaterThan(1000);
                        captions.add(paragraphs.get(i + 1).getText());
                    }
                }
            }
            assertThat(captions).containsExactly("图1 收入决算结构", "图2 支出决算结构");
        }
    }

    private static XWPFTable tableAfter(XWPFDocument doc, String title) {
        boolean seen = false;
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getText().equals(title)) {
                seen = true;
            } else if (seen && element instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after “" + title + "”");
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }

    /**
     * Without a Chinese font the charts cannot have their labels: the .docx is still written, each
     * chart's place says why there is no chart, and the narrative reads back as before.
     */
    @Test
    void withoutAFontTheDocxSaysWhereTheChartsAreMissing() throws Exception {
        Report report = DisclosureReport.build(BAOTOU, Optional.empty());
        Path file = dir.resolve("no-font.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DocxReport.write(report, out);
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getAllPictures()).isEmpty();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .filteredOn(t -> t.contains(DisclosureReport.NO_CHART)).hasSize(2)
                    .allSatisfy(t -> assertThat(t).contains("［CJK_FONT_MISSING］").contains("JIXIAO_CJK_FONT"))
                    .satisfiesExactly(t -> assertThat(t).startsWith("注：图1 收入决算结构"), t -> assertThat(t).startsWith("注：图2 支出决算结构"));
        }
        assertRegeneratesWordForWord(DocxReader.read(file));
    }

    /** LibreOffice opens the .docx: its text has the narrative and the tables, and its PDF export has both pictures. */
    @Test
    void libreOfficeReadsTheNarrativeTheTablesAndThePictures() throws Exception {
        Path soffice = tool("soffice", "libreoffice-writer-nogui");
        Path docx = baotouDocx();
        run(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.toString(), docx.toString());
        Path txt = dir.resolve("baotou-disclosure.txt");
        assertThat(txt).exists();
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        assertThat(text).contains(
                "包头市电化教育馆决算公开报告（2024 年度）",
                "与年初预算相比，收、支总计各增加 100.91 万元，增长 22.47%，变动原因：〔由单位填写〕",
                "卫生健康支出（类）决算数为 16.90 万元，与年初预算相比增加 1.60 万元",
                "住房保障支出（类）决算数为 31.50 万元，与年初预算相比增加 2.48 万元",
                "图1 收入决算结构", "图2 支出决算结构",
                "五、一般公共预算财政拨款支出决算表",
                "十、财政拨款“三公”经费支出决算表",
                "其他教育支出", "421.99", "383.74", "机关运行经费支出", "21.86");

        Path pdfDir = Files.createDirectories(dir.resolve("lo-pdf"));
        run(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", pdfDir.toString(), docx.toString());
        assertThat(images(pdfDir.resolve("baotou-disclosure.pdf"))).hasSize(2);
    }

    // ---- PDF ----------------------------------------------------------------------------------

    @Test
    void pdftotextReadsTheRegeneratedSentencesAndTheTablesFigures() throws Exception {
        Path pdf = baotouPdf();
        String text = compact(run(tool("pdftotext", "poppler-utils").toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-"));

        List<Sentence> sentences = TablesNarrative.sentences(BAOTOU);
        assertThat(sentences).hasSize(85);
        for (Sentence s : sentences) {
            assertThat(text).as(s.key()).contains(compact(s.text()));
        }
        assertThat(text).contains("包头市电化教育馆决算公开报告（2024年度）", "图1收入决算结构", "图2支出决算结构",
                "五、一般公共预算财政拨款支出决算表", "金额单位：万元",
                // the merged heading: 决算数 over its three columns on the first line, the cells spanning
                // both rows centred on the second; then rows of figures as the tables hold them
                "决算数完成年初预算科目编码项目年初预算数合计基本支出项目支出（%）",
                "合计451.50528.68488.1740.50117.09", "2059999其他教育支出350.75421.99383.7438.25120.31",
                "机关运行经费支出21.86", "车辆合计2");
        String info = run(tool("pdfinfo", "poppler-utils").toString(), pdf.toString());
        assertThat(info).contains("Title:           包头市电化教育馆决算公开报告（2024 年度）");
    }

    @Test
    void thePdfHasTheTwoChartsAsImagesAndTheChineseFontEmbedded() throws Exception {
        Path pdf = baotouPdf();

        List<String> images = images(pdf);
        assertThat(images).hasSize(2).allSatisfy(row -> assertThat(row).contains(" image ").contains(" rgb "));

        String fonts = run(tool("pdffonts", "poppler-utils").toString(), pdf.toString());
        List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as(fonts).hasSize(1);
        assertThat(rows.get(0)).matches("[A-Z]{6}\\+" + Pattern.quote(CjkFonts.find().face())
                + "\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*");
    }

    // ---- charts -------------------------------------------------------------------------------

    /** Every number a chart prints is one the narrative states, in the same digits. */
    @Test
    void theChartsLabelsAreTheNarrativesFigures() {
        List<Sentence> sentences = TablesNarrative.sentences(BAOTOU);

        assertThat(DisclosureCharts.of(sentences, "二").chart().orElseThrow().labels())
                .containsExactly("一般公共预算财政拨款收入", "528.68 万元", "96.11%", "其他收入", "21.39 万元", "3.89%");
        assertThat(DisclosureCharts.of(sentences, "三").chart().orElseThrow().labels())
                .containsExactly("基本支出", "488.17 万元", "88.75%", "项目支出", "61.89 万元", "11.25%");
        for (String section : List.of("二", "三")) {
            List<String> labels = DisclosureCharts.of(sentences, section).chart().orElseThrow().labels();
            for (int i = 0; i < labels.size(); i += 3) {
                String name = labels.get(i);
                Sentence said = sentences.stream().filter(s -> s.section().equals(section) && s.subject().equals("本年" + name)).findFirst()
                        .orElseThrow();
                assertThat(said.text()).isEqualTo("本年" + name + " " + labels.get(i + 1) + "，占 " + labels.get(i + 2));
            }
        }
    }

    @Test
    void aSectionWhosePartsAreAllZeroHasANoteInsteadOfAChart() {
        List<Sentence> sentences = List.of(new Sentence("三", "本年基本支出", Sentence.Family.SHARE, "本年基本支出 0 万元，占 0%",
                List.of(org.jixiao.core.accounts.disclosure.Figure.exact(java.math.BigDecimal.ZERO),
                        org.jixiao.core.accounts.disclosure.Figure.exact(java.math.BigDecimal.ZERO))));
        DisclosureCharts.Outcome outcome = DisclosureCharts.of(sentences, "三");
        assertThat(outcome.chart()).isEmpty();
        assertThat(outcome.reason()).isEqualTo("各项均为 0");
    }

    // ---- tools --------------------------------------------------------------------------------

    private List<String> images(Path pdf) {
        String list = run(tool("pdfimages", "poppler-utils").toString(), "-list", pdf.toString());
        return list.lines().skip(2).filter(l -> !l.isBlank()).toList();
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** A program on the PATH; skipped where missing, except under CI=true (bin/test installs them). */
    private static Path tool(String name, String debianPackage) {
        String path = System.getenv("PATH");
        Optional<Path> found = path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(name + " is not on the PATH: install " + debianPackage);
        }
        Assumptions.assumeTrue(found.isPresent(), name + " is not on the PATH (" + debianPackage + ")");
        return found.get();
    }

    private String run(String... command) {
        try {
            Path log = Files.createTempFile(dir, "out", ".txt");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
