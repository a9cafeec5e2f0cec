package org.jixiao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader choice for a file held in memory (an upload) is the same as for a file on disk. */
class OfficeFileTests {

    @Test
    void theNameOrTheMagicBytesMakeAnOfficeFile() {
        byte[] text = "某单位 2024 年度".getBytes(StandardCharsets.UTF_8);
        byte[] docx = Docx.small("x");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertThat(DocxReader.isOfficeFile("report.DOCX", text)).isTrue();
        assertThat(DocxReader.isOfficeFile("report.xls", new byte[0])).isTrue();
        assertThat(DocxReader.isOfficeFile("report.md", docx)).isTrue();
        assertThat(DocxReader.isOfficeFile("report.txt", ole2)).isTrue();
        assertThat(DocxReader.isOfficeFile("report.md", text)).isFalse();
        assertThat(DocxReader.isOfficeFile("docx", text)).isFalse();
        assertThat(DocxReader.isOfficeFile(null, null)).isFalse();
    }
}
