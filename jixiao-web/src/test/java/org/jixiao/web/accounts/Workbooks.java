package org.jixiao.web.accounts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a written disclosure workbook with POI, as a person would in Excel. */
final class Workbooks {

    private Workbooks() {
    }

    /** Sets the cell in the row whose 项目 (column B) is {@code label}, value column {@code column} (0 = C). */
    static byte[] setByLabel(byte[] xlsx, String sheet, String label, int column, Object value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheet(sheet);
            for (Row row : s) {
                Cell b = row.getCell(1);
                if (b != null && b.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && b.getStringCellValue().strip().equals(label)) {
                    set(row.getCell(2 + column) == null ? row.createCell(2 + column) : row.getCell(2 + column), value);
                    return write(book);
                }
            }
            throw new IllegalArgumentException(sheet + " has no row " + label);
        }
    }

    /** Sets a cell by its address ("B4"). */
    static byte[] set(byte[] xlsx, String sheet, String address, Object value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
            Sheet s = book.getSheet(sheet);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            set(cell, value);
            return write(book);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static byte[] write(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
