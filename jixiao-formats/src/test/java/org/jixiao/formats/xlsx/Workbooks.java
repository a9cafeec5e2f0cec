package org.jixiao.formats.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading an exported file back with Apache POI, as another program would. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Cell> cells(XSSFSheet sheet) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The first row whose cell in column {@code col} is the text {@code text}. */
    static Optional<Row> rowWith(XSSFSheet sheet, int col, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static List<String> texts(XSSFSheet sheet) {
        return cells(sheet).stream().filter(c -> c.getCellType() == CellType.STRING).map(Cell::getStringCellValue).toList();
    }
}
