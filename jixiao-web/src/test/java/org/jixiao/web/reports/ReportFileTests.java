package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jixiao.formats.ReadLimits;
import org.junit.jupiter.api.Test;

/** Reading an upload without the application: extensions, encodings, and the .docx lines (names: UploadNameTests). */
class ReportFileTests {

    @Test
    void onlyTheReadExtensionsAreAccepted() {
        byte[] text = "# 报告".getBytes(StandardCharsets.UTF_8);
        for (String ok : new String[] {"a.txt", "a.MD", "a.html", "a.htm"}) {
            assertThat(ReportFile.read(ok, text, ReadLimits.DEFAULTS).format()).as(ok).isEqualTo(ReportFile.Format.TEXT);
        }
        for (String bad : new String[] {"a.doc", "a.pdf", "a", ".md", "a.md.exe"}) {
            assertThatThrownBy(() -> ReportFile.read(bad, text, ReadLimits.DEFAULTS)).as(bad)
                    .isInstanceOfSatisfying(ReportProblem.class, p -> assertThat(p.code()).isEqualTo("BAD_EXTENSION"));
        }
    }

    @Test
    void aWordFileNamedMarkdownIsReadAsWordAsOnTheCommandLine() throws Exception {
        ReportFile.Read read = ReportFile.read("报告.md", ReportUploadTests.docx(), ReadLimits.DEFAULTS);

        assertThat(read.format()).isEqualTo(ReportFile.Format.DOCX);
        assertThat(read.source()).isNotNull();
        // one line per block: the title paragraph, then the four rows
        assertThat(ReportLines.of(read.content())).hasSize(5).first().isEqualTo(ReportUploadTests.TITLE);
        assertThat(ReportLines.of(read.content()).get(1)).startsWith("| 一级指标 | 二级指标 |");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        ReadLimits d = ReadLimits.DEFAULTS;
        ReadLimits tiny = new ReadLimits(10, d.maxUncompressedBytes(), d.maxEntries(), d.maxCompressionRatio(),
                d.maxLines(), d.maxCells(), d.maxCellsPerRow());

        assertThatThrownBy(() -> ReportFile.read("a.md", "0123456789A".getBytes(StandardCharsets.US_ASCII), tiny))
                .isInstanceOfSatisfying(ReportProblem.class, p -> assertThat(p.code()).isEqualTo("FILE_TOO_LARGE"));
    }

    @Test
    void textLinesAreCountedAsTheReviewerCountsThem() {
        assertThat(ReportLines.of("\uFEFFa\r\nb\rc\n\nd")).containsExactly("a", "b", "c", "", "d");
        assertThat(ReportLines.of("a\n")).containsExactly("a");
        assertThat(ReviewPage.line("第1234行")).isEqualTo(1234);
        assertThat(ReviewPage.line("")).isNull();
    }
}
