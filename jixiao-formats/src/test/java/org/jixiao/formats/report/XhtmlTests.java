package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The XHTML handed to openhtmltopdf is well-formed XML whatever the texts hold, and keeps them as text. */
class XhtmlTests {

    @Test
    void markupInTheDataStaysText() throws Exception {
        String hostile = "<script>alert(1)</script> & &amp; \"q\" 'a' ]]> <!-- c --> <?pi?>\u0000\u0007";
        Report report = new Report(hostile, new ReportTitle(hostile, "", 2024),
                List.of(new Report.Section(hostile, List.of(new Report.Subheading(hostile), new Report.Paragraph(hostile + "\n" + Report.PLACEHOLDER),
                        new Report.Table(List.of(new Report.Column(hostile, 100, true)),
                                List.of(new Report.Row(List.of(hostile), Report.RowStyle.TOTAL)))))));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(Xhtml.of(report))));

        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        String clean = hostile.replace("\u0000", "").replace("\u0007", "");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(clean);
        assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(clean);
        assertThat(doc.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo(clean);
        assertThat(doc.getElementsByTagName("th").item(0).getTextContent()).isEqualTo(clean);
        assertThat(doc.getElementsByTagName("td").item(0).getTextContent()).isEqualTo(clean);
        NodeList spans = doc.getElementsByTagName("span");
        assertThat(spans.getLength()).isEqualTo(1);
        assertThat(spans.item(0).getTextContent()).isEqualTo(Report.PLACEHOLDER);
        assertThat(doc.getElementsByTagName("br").getLength()).isEqualTo(1);
    }
}
