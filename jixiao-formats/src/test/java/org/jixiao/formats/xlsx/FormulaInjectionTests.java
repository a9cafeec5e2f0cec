package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Hostile text never becomes a formula: written into both exports and read back with POI, every
 * such cell is a string starting with the defusing apostrophe; the only formulas in the score sheet
 * are its sums of 得分 cells, and the list has none.
 */
class FormulaInjectionTests {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "＝1+1",
            "\t=1+1", "\r=1+1", "  =cmd|' /C calc'!A0", "＋1+1", "－1+1", "＠A1");

    @Test
    void hostileTextsInTheScoreSheetStayText() throws Exception {
        Evaluation.Builder b = BaotouExample.builder();
        String[] rows = {"1.3.1", "1.3.2", "2.1.1", "2.1.2", "2.2.1", "2.2.2", "1.1.1", "1.1.2", "1.2.1", "1.2.2", "3.1.1"};
        for (int n = 0; n < HOSTILE.size(); n++) {
            b.deviationReason(rows[n], HOSTILE.get(n));
        }
        b.actual("2.2.2", "=1+1");
        byte[] xlsx = ScoreSheetXlsxTests.export(new ScoreSheetXlsx.Title("@unit", "=HYPERLINK(\"http://x\",\"y\")", 2024),
                b.build());
        try (XSSFWorkbook book = Workbooks.read(xlsx)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.cells(sheet)).filteredOn(c -> c.getCellType() == CellType.FORMULA)
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getCellFormula()).matches("[A-Z0-9(),:.\\-]+"));
            List<String> texts = Workbooks.texts(sheet);
            for (String hostile : HOSTILE) {
                assertThat(texts).as(hostile).contains("'" + hostile).doesNotContain(hostile);
            }
            assertThat(texts).contains("'@unit", "'=1+1");
            assertThat(Forms.indicatorRow(sheet, "实现优质教育均衡").getCell(Forms.col(sheet, "实际完成值")).getStringCellValue())
                    .isEqualTo("'=1+1");
        }
    }

    @Test
    void hostileTextsInTheListStayText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ListXlsx list = ListXlsx.open(out, ListHeadings.CHINESE)) {
            for (String hostile : HOSTILE) {
                list.add(new ListRow(hostile, hostile, 2024, hostile, new BigDecimal("1"), hostile, 0, 0));
            }
        }
        try (XSSFWorkbook book = Workbooks.read(out.toByteArray())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.cells(sheet)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            for (int n = 0; n < HOSTILE.size(); n++) {
                for (int col : new int[] {0, 1, 3, 5}) {
                    Cell cell = sheet.getRow(n + 1).getCell(col);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo("'" + HOSTILE.get(n));
                }
            }
        }
    }

    @Test
    void ordinaryTextAndSignedNumbersAreLeftAlone() {
        for (String plain : List.of("有效减小", "≥57节", "-5", "+3.5", "-2%", "＋1", "1-2月", "a=b", "邮箱 x@y.cn", "", "  ")) {
            assertThat(SafeText.startsLikeAFormula(plain)).as(plain).isFalse();
            assertThat(SafeText.cell(plain)).isEqualTo(plain);
        }
        for (String hostile : HOSTILE) {
            assertThat(SafeText.startsLikeAFormula(hostile)).as(hostile).isTrue();
        }
        assertThat(SafeText.cell(null)).isEmpty();
    }

    @Test
    void charactersXmlForbidsAreRemoved() throws Exception {
        String dirty = "a\u0000b\u0001c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i";
        assertThat(SafeText.cell(dirty)).isEqualTo("abcdefghi");
        // tab, line breaks, CJK and a character outside the BMP are legal and kept
        assertThat(SafeText.cell("甲\t乙\n丙\r丁😀")).isEqualTo("甲\t乙\n丙\r丁😀");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListXlsx.write(out, ListHeadings.CHINESE, List.of(new ListRow(dirty, "\u0007=1+1", 2024, "草稿", null, "", 0, 0)));
        String sheetXml = sheetXml(out.toByteArray());
        assertThat(sheetXml).doesNotContain("\u0000", "\u0001", "\u0007", "\u000B", "&#0;", "&#1;", "&#7;");
        try (XSSFWorkbook book = Workbooks.read(out.toByteArray())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("abcdefghi");
            // the control character hid the "=" from nothing: removed first, then defused
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=1+1");
        }
    }

    @Test
    void aTextLongerThanExcelAllowsIsCut() {
        String longText = "长".repeat(SafeText.MAX_CELL_CHARS + 10);
        assertThat(SafeText.cell(longText)).hasSize(SafeText.MAX_CELL_CHARS);
        String pairs = "😀".repeat(SafeText.MAX_CELL_CHARS);
        String cut = SafeText.cell(pairs);
        assertThat(cut.length()).isLessThanOrEqualTo(SafeText.MAX_CELL_CHARS);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    /** The workbook's XML parts as stored in the file (sheet and shared strings). */
    static String sheetXml(byte[] xlsx) throws Exception {
        // fastexcel streams its entries with data descriptors, which ZipInputStream cannot read: go through a file
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            StringBuilder all = new StringBuilder();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/")) {
                        all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return all.toString();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
