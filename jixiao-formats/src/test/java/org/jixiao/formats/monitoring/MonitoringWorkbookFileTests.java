package org.jixiao.formats.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.formats.monitoring.MonitoringExamples.YEAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.UnreadableFileException.Code;
import org.junit.jupiter.api.Test;

/** Files refused before any cell is read: each with its stable code and a Chinese reason naming the file. */
class MonitoringWorkbookFileTests {

    private static final byte[] GOOD = MonitoringExamples.template(MonitoringExamples.shenzhenAndSuzhou());

    @Test
    void aFileOverTheLimitIsRefused() {
        ReadLimits small = new ReadLimits(GOOD.length - 1, 200L << 20, 10_000, 100, 1_000_000, 2_000_000, 1_000);
        assertRefused(GOOD, small, Code.FILE_TOO_LARGE, "文件“监控.xlsx”超过 0 MB");
    }

    @Test
    void anExcel97WorkbookIsRefusedWithWhatToDo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("执行情况");
            xls.write(out);
        }
        assertRefused(out.toByteArray(), ReadLimits.DEFAULTS, Code.UNSUPPORTED, "另存为 .xlsx");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(GOOD);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertRefused(out.toByteArray(), ReadLimits.DEFAULTS, Code.ENCRYPTED, "设有打开密码");
    }

    @Test
    void textAndBrokenFilesAreRefused() {
        assertRefused("项目,期间\n".getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULTS, Code.NOT_XLSX, "不是 Excel 工作簿");
        assertRefused(new byte[0], ReadLimits.DEFAULTS, Code.NOT_XLSX, "是空文件");
        byte[] truncated = java.util.Arrays.copyOf(GOOD, GOOD.length / 2);
        assertRefused(truncated, ReadLimits.DEFAULTS, Code.CORRUPT, "已损坏");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsParsed() throws IOException {
        // a sheet that inflates 50 MB of spaces from a few tens of kilobytes
        byte[] bomb = rewrite(GOOD, "xl/worksheets/sheet1.xml", out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
        });
        assertRefused(bomb, ReadLimits.DEFAULTS, Code.ZIP_BOMB, "压缩比超过 100 倍");
        ReadLimits tight = new ReadLimits(20L << 20, 10L << 20, 10_000, 100_000, 1_000_000, 2_000_000, 1_000);
        assertRefused(bomb, tight, Code.ZIP_BOMB, "解压后超过 10 MB");
    }

    @Test
    void aDoctypeIsRefusedAsAnXxeAttempt() throws IOException {
        byte[] xxe = rewrite(GOOD, "xl/sharedStrings.xml", out -> out.write(("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8)));
        assertRefused(xxe, ReadLimits.DEFAULTS, Code.XXE, "含有 DOCTYPE 声明");
    }

    @Test
    void tooManyCellsAreRefused() {
        ReadLimits few = new ReadLimits(20L << 20, 200L << 20, 10_000, 100, 1_000_000, 10, 1_000);
        assertRefused(GOOD, few, Code.TOO_MANY_CELLS, "单元格超过10个");
    }

    @Test
    void aWordDocumentOrAPlainZipIsNotAWorkbook() throws IOException {
        byte[] word = removeEntry(rewrite(GOOD, "word/document.xml", out -> out.write("<w:document/>".getBytes(StandardCharsets.UTF_8))),
                "xl/workbook.xml");
        assertRefused(word, ReadLimits.DEFAULTS, Code.NOT_XLSX, "是 Word 文档");
        byte[] zip = removeEntry(GOOD, "xl/workbook.xml");
        assertRefused(zip, ReadLimits.DEFAULTS, Code.NOT_XLSX, "是 ZIP 压缩包");
    }

    @Test
    void aFileIsFoundAndMeasuredBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path missing = dir.resolve("无.xlsx");
        assertThatThrownBy(() -> MonitoringWorkbookReader.read(missing, java.util.OptionalInt.empty(), ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_FOUND));
        java.nio.file.Path good = java.nio.file.Files.write(dir.resolve("监控.xlsx"), GOOD);
        assertThat(MonitoringWorkbookReader.read(good, java.util.OptionalInt.empty(), ReadLimits.DEFAULTS))
                .isEqualTo(MonitoringExamples.shenzhenAndSuzhou());
        ReadLimits small = new ReadLimits(GOOD.length - 1, 200L << 20, 10_000, 100, 1_000_000, 2_000_000, 1_000);
        assertThatThrownBy(() -> MonitoringWorkbookReader.read(good, java.util.OptionalInt.empty(), small))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(Code.FILE_TOO_LARGE));
    }

    /** The workbook without one entry. */
    static byte[] removeEntry(byte[] xlsx, String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries(xlsx)) {
                if (!entry.name().equals(entryName)) {
                    zip.putNextEntry(new ZipEntry(entry.name()));
                    zip.write(entry.bytes());
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void theRefusalNamesTheFileAndEndsWithTheCode() {
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("监控.xlsx", "x".getBytes(StandardCharsets.UTF_8), YEAR, ReadLimits.DEFAULTS))
                .hasMessage("文件“监控.xlsx”不是 Excel 工作簿（.xlsx）：内容不是 ZIP 格式的 Office 文件，可能只是改了扩展名［NOT_XLSX］");
    }

    private static void assertRefused(byte[] content, ReadLimits limits, Code code, String reason) {
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("监控.xlsx", content, YEAR, limits))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(reason).endsWith("［" + code + "］");
                });
    }

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with one entry's content replaced (or added), everything else as it was. */
    static byte[] rewrite(byte[] xlsx, String entryName, Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries(xlsx)) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                if (entry.name().equals(entryName)) {
                    content.write(zip);
                    replaced = true;
                } else {
                    zip.write(entry.bytes());
                }
                zip.closeEntry();
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(entryName));
                content.write(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    record Entry(String name, byte[] bytes) {
    }

    /**
     * The entries by the ZIP directory (java.util.zip.ZipFile; fastexcel's streamed entries have
     * ZIP64 data descriptors that ZipInputStream misreads).
     */
    static List<Entry> entries(byte[] xlsx) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("monitoring", ".xlsx");
        try {
            java.nio.file.Files.write(tmp, xlsx);
            List<Entry> out = new java.util.ArrayList<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    out.add(new Entry(e.getName(), zip.getInputStream(e).readAllBytes()));
                }
            }
            return out;
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    @Test
    void theRewrittenWorkbookWithoutChangesStillReads() throws IOException {
        byte[] same = rewrite(GOOD, "docProps/extra.xml", out -> out.write("<x/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(MonitoringWorkbookReader.read("监控.xlsx", same, YEAR, ReadLimits.DEFAULTS))
                .isEqualTo(MonitoringExamples.shenzhenAndSuzhou());
        assertThat(new ZipInputStream(new ByteArrayInputStream(same)).getNextEntry()).isNotNull();
    }
}
