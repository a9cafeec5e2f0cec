package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.report.Report.Column;
import org.jixiao.formats.report.Report.Figure;
import org.jixiao.formats.report.Report.Row;
import org.jixiao.formats.report.Report.RowStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The blocks the disclosure added to the model — column groups, a spanning first cell, figures — in both writers. */
class ReportBlocksTests {

    private static final byte[] PNG = new PieChart(List.of(new PieChart.Slice("甲", BigDecimal.ONE, "1 万元", "100.00%")))
            .png(CjkFonts.find());

    /** 科目编码, 项目 over both rows; 决算数 over 合计 and 基本支出; a line's label over 科目编码 and 项目. */
    private static Report report() {
        Report.Table table = new Report.Table(List.of(new Column("科目编码", 20, false), new Column("项目", 40, false),
                new Column("合计", 20, true, "决算数"), new Column("基本支出", 20, true, "决算数")),
                List.of(new Row(List.of("合计", "", "3.00", "2.00"), RowStyle.TOTAL, 2),
                        new Row(List.of("205", "教育支出", "3.00", "2.00"), RowStyle.NORMAL)));
        return new Report("分组表头", new ReportTitle("单位", "", 2024), List.of(new Report.Section("一、表与图",
                List.of(table, new Figure(PNG, 50, "图1 结构")))));
    }

    @Test
    void theModelRefusesWhatCannotBeWritten() {
        assertThatThrownBy(() -> new Row(List.of("合计", "不空", "1"), RowStyle.NORMAL, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("应为空");
        assertThatThrownBy(() -> new Figure("not a png".getBytes(), 50, "图")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不是 PNG");
        Figure figure = new Figure(PNG, 50, "图");
        figure.png()[0] = 0; // the model keeps its own copy
        assertThat(figure.png()[0]).isEqualTo((byte) 0x89);
        assertThat(figure).isEqualTo(new Figure(PNG.clone(), 50, "图"));
        assertThat(figure.width()).isEqualTo(1600);
        assertThat(report().texts()).containsExactly("分组表头", "一、表与图", "科目编码", "项目", "决算数", "合计", "基本支出",
                "合计", "", "3.00", "2.00", "205", "教育支出", "3.00", "2.00", "图1 结构");
    }

    @Test
    void xhtmlHasRowspanColspanAndTheImageInline() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(Xhtml.of(report()))));

        NodeList rows = ((Element) doc.getElementsByTagName("thead").item(0)).getElementsByTagName("tr");
        assertThat(rows.getLength()).isEqualTo(2);
        NodeList top = ((Element) rows.item(0)).getElementsByTagName("th");
        assertThat(top.getLength()).isEqualTo(3);
        assertThat(((Element) top.item(0)).getAttribute("rowspan")).isEqualTo("2");
        assertThat(((Element) top.item(2)).getAttribute("colspan")).isEqualTo("2");
        assertThat(top.item(2).getTextContent()).isEqualTo("决算数");
        assertThat(((Element) rows.item(1)).getElementsByTagName("th").getLength()).isEqualTo(2);
        Element label = (Element) ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("td").item(0);
        assertThat(label.getAttribute("colspan")).isEqualTo("2");
        String src = ((Element) doc.getElementsByTagName("img").item(0)).getAttribute("src");
        assertThat(src).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))).isEqualTo(PNG);
    }

    @Test
    void wordHasMergedCellsThatJixiaosReaderLinesUpAndThePicture() throws Exception {
        byte[] docx = ReportFixtures.docx(report());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("科目编码", "项目", "决算数");
            assertThat(table.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(table.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
            assertThat(table.getRow(2).getTableCells()).hasSize(3);
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(ImageIO.read(new ByteArrayInputStream(doc.getAllPictures().get(0).getData())).getWidth()).isEqualTo(1600);
        }
        PublishedDocument read = DocxReader.read("blocks.docx", docx, ReadLimits.DEFAULTS);
        PublishedTable table = read.tables().get(0);
        assertThat(table.rows()).extracting(PublishedTable.Row::cells).containsExactly(
                List.of("科目编码", "项目", "决算数", ""), List.of("", "", "合计", "基本支出"),
                List.of("合计", "", "3.00", "2.00"), List.of("205", "教育支出", "3.00", "2.00"));
        assertThat(read.paragraphs()).extracting(PublishedDocument.Paragraph::text).contains("图1 结构");
    }
}
