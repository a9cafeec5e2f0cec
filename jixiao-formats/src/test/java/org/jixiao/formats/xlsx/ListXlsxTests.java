package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The list export: a frozen header row with an autofilter, then one row per table in numbers and text. */
class ListXlsxTests {

    private static byte[] export(ListHeadings headings, List<ListRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListXlsx.write(out, headings, rows);
        return out.toByteArray();
    }

    @Test
    void headerNumbersAndTexts() throws Exception {
        byte[] xlsx = export(ListHeadings.CHINESE, List.of(
                new ListRow("包头市电化教育馆", "教育三项改革资金", 2024, "已公开", new BigDecimal("80.46"), "良", 0, 2),
                new ListRow("南京市电化教育馆", "部门整体支出", 2024, "草稿", null, "", 2, 1)));
        try (XSSFWorkbook book = Workbooks.read(xlsx)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("绩效自评列表");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("单位", "项目", "年度", "状态", "总分", "等级", "错误", "提示");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("包头市电化教育馆");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2024.0);
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(first.getCell(4).getNumericCellValue())).isEqualByComparingTo("80.46");
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("良");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(2.0);

            Row second = sheet.getRow(2);
            assertThat(second.getCell(4) == null || second.getCell(4).getCellType() == CellType.BLANK).isTrue();
            assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H3");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        }
    }

    @Test
    void theHeadingsAreTheCallersAndManyRowsStreamThrough() throws Exception {
        ListHeadings english = new ListHeadings("Tables", "Unit", "Project", "Year", "Status", "Total", "Grade",
                "Errors", "Warnings");
        int count = ListXlsx.FLUSH_EVERY * 2 + 500;
        List<ListRow> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            rows.add(new ListRow("Unit " + (n % 7), "Project " + n, 2020 + n % 5, "Draft",
                    new BigDecimal(n).movePointLeft(2), n % 2 == 0 ? "Good" : "", n % 3, 0));
        }
        try (XSSFWorkbook book = Workbooks.read(export(english, rows))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tables");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Warnings");
            assertThat(sheet.getLastRowNum()).isEqualTo(count);
            Row last = sheet.getRow(count);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("Project " + (count - 1));
            assertThat(BigDecimal.valueOf(last.getCell(4).getNumericCellValue())).isEqualByComparingTo("24.99");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H" + (count + 1));
        }
    }

    @Test
    void anEmptyListIsTheHeaderAlone() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(export(ListHeadings.CHINESE, List.of()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H1");
        }
    }
}
