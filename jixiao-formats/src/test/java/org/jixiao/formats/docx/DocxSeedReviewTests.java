package org.jixiao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.Reviewer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.formats.published.DemoReports;
import org.jixiao.formats.published.PublishedText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed read as text, written as a Word document (its paragraphs and tables in order, every
 * cell followed by blank cells merged across them with {@code w:gridSpan}, header cells included),
 * read back with {@link DocxReader}: the same tables, cell for cell, the same paragraphs, and the
 * same review — totals and findings by code and row (only line numbers differ between formats).
 */
class DocxSeedReviewTests {

    @TempDir
    Path dir;

    static Stream<String> seeds() {
        return DemoReports.NAMES.stream();
    }

    private record Both(PublishedDocument text, PublishedDocument docx) {
    }

    private Both read(String seed) throws IOException {
        PublishedDocument text = PublishedText.read(seed, DemoReports.text(seed));
        Path file = dir.resolve(seed.replace(".md", ".docx"));
        Files.write(file, Docx.write(text));
        return new Both(text, DocxReader.read(file));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theWordDocumentHasHorizontallyMergedCells(String seed) throws IOException {
        PublishedDocument text = PublishedText.read(seed, DemoReports.text(seed));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Docx.write(text)))) {
            long merged = docx.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream())
                    .filter(c -> c.getCTTc().getTcPr() != null && c.getCTTc().getTcPr().isSetGridSpan())
                    .count();
            assertThat(merged).isPositive();
            // The header row of Baotou's first project table: "项目 名称" | the name across the 9 other columns.
            if (seed.startsWith("baotou")) {
                assertThat(docx.getTables().get(1).getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("9");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theWordDocumentReadsAsTheSameTablesAndParagraphs(String seed) throws IOException {
        Both both = read(seed);

        assertThat(both.docx().tables()).extracting(PublishedTable::title)
                .containsExactlyElementsOf(both.text().tables().stream().map(PublishedTable::title).toList());
        assertThat(cells(both.docx())).containsExactlyElementsOf(cells(both.text()));
        assertThat(both.docx().paragraphs()).extracting(PublishedDocument.Paragraph::text)
                .containsExactlyElementsOf(both.text().paragraphs().stream().map(PublishedDocument.Paragraph::text).toList());
        assertThat(both.docx().unreadable()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theWordDocumentReviewsAsTheText(String seed) throws IOException {
        Both both = read(seed);
        Review fromText = Reviewer.review(both.text(), 2024);
        Review fromDocx = Reviewer.review(both.docx(), 2024);

        assertThat(totals(fromDocx)).containsExactlyElementsOf(totals(fromText));
        assertThat(codesAndRows(fromDocx.allFindings())).containsExactlyElementsOf(codesAndRows(fromText.allFindings()));
        assertThat(fromDocx.tables()).isNotEmpty();
    }

    private static List<List<List<String>>> cells(PublishedDocument doc) {
        return doc.tables().stream().map(t -> t.rows().stream().map(PublishedTable.Row::cells).toList()).toList();
    }

    private static List<String> totals(Review review) {
        return review.tables().stream().map(t -> t.kind() + " " + t.title() + " " + t.reportedTotal() + " "
                + t.itemsTotal() + " " + t.recomputedTotal() + " " + t.recomputedGrade()).toList();
    }

    private static List<String> codesAndRows(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.severity() + " " + f.table() + " " + f.row()).toList();
    }
}
