package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.formats.report.ReportFixtures.compact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.report.ReportFixtures.Case;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.api.Test;

/** The Word report read back by POI, by Jixiao's own Word reader and by LibreOffice. */
class DocxReportTests {

    @Test
    void poiReadsAnA4DocumentWithHeadingsAndARealTableWhoseHeadingRepeats() throws IOException {
        Case c = ReportFixtures.baotou();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFixtures.docx(c.report())))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(16838));
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(c.report().title());
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactlyElementsOf(c.report().sections().stream().map(Report.Section::heading).toList());
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(doc.getTables()).hasSize(2); // funds, scores
            XWPFTable scores = doc.getTables().get(1);
            XWPFTableRow header = scores.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(cell -> cell.getText()).containsExactly("一级指标", "二级指标", "三级指标",
                    "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
            List<Report.Row> rows = ReportFixtures.scoreTable(c.report()).rows();
            assertThat(scores.getRows()).hasSize(rows.size() + 1);
            for (int r = 0; r < rows.size(); r++) {
                assertThat(scores.getRow(r + 1).getTableCells()).extracting(cell -> cell.getText()).as("row " + r)
                        .containsExactlyElementsOf(rows.get(r).cells());
            }
            XWPFTableRow total = scores.getRow(rows.size());
            assertThat(total.getCell(0).getText()).isEqualTo("总分");
            assertThat(total.getCell(6).getText()).isEqualTo("80.46");
            // the placeholder is highlighted where the funds row lost points without a reason
            List<XWPFRun> runs = scores.getRow(1).getCell(7).getParagraphs().get(0).getRuns();
            assertThat(runs).anySatisfy(run -> {
                assertThat(run.text()).isEqualTo(Report.PLACEHOLDER);
                assertThat(run.getTextHighlightColor().toString()).isEqualTo("yellow");
            });
        }
    }

    @Test
    void jixiaosWordReaderReadsTheTableBackCellForCell() {
        Case c = ReportFixtures.nanjing();
        PublishedDocument doc = DocxReader.read("nanjing-report.docx", ReportFixtures.docx(c.report()), ReadLimits.DEFAULTS);

        assertThat(doc.unreadable()).isEmpty();
        PublishedTable table = doc.tables().stream().filter(t -> t.rows().get(0).cells().get(0).equals("一级指标")).findFirst()
                .orElseThrow();
        List<Report.Row> rows = ReportFixtures.scoreTable(c.report()).rows();
        assertThat(table.rows()).hasSize(rows.size() + 1);
        for (int r = 0; r < rows.size(); r++) {
            assertThat(table.rows().get(r + 1).cells()).containsExactlyElementsOf(rows.get(r).cells());
        }
        assertThat(doc.paragraphs()).extracting(PublishedDocument.Paragraph::text)
                .contains("南京市电化教育馆(南京市教育信息化中心)2024年度绩效自评得分97.90分，评价等级为“优”。其中“加减分项”计1.00分。");
    }

    /** LibreOffice Writer opens the file and its text export has every sentence and every table row. */
    @Test
    void libreOfficeReadsTheSameNumbers() throws IOException {
        Path soffice = ReportFixtures.tool("soffice", "libreoffice-writer-nogui");
        Path dir = ReportFixtures.tempDir();
        try {
            for (Case c : List.of(ReportFixtures.baotou(), ReportFixtures.nanjing())) {
                String name = c.framework().id();
                Files.write(dir.resolve(name + ".docx"), ReportFixtures.docx(c.report()));
                ReportFixtures.run(dir, soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.toString(), dir.resolve(name + ".docx").toString());
                Path txt = dir.resolve(name + ".txt");
                assertThat(txt).as("LibreOffice converted " + name + " (Writer installed?)").exists();
                String text = compact(Files.readString(txt, StandardCharsets.UTF_8));
                assertThat(text).contains(compact(c.report().title()));
                for (String sentence : c.report().texts()) {
                    assertThat(text).contains(compact(sentence));
                }
                // a table row's cells come out one after another: the whole row, in order
                for (Report.Row row : ReportFixtures.scoreTable(c.report()).rows()) {
                    assertThat(text).contains(compact(String.join("", row.cells())));
                }
                assertThat(text).contains("总分100" + c.sheet().total().points().setScale(2).toPlainString());
            }
        } finally {
            ReportFixtures.delete(dir);
        }
    }
}
