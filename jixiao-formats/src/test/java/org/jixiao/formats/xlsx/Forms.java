package org.jixiao.formats.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.formats.ReadLimits;

/**
 * A person at work on a form with Excel, played with Apache POI: opening the template, finding rows by
 * their indicator name and columns by their heading, typing numbers as numbers or as text, merging,
 * inserting blank rows, swapping columns; and the importer's and exporter's round trips.
 */
final class Forms {

    private Forms() {
    }

    static byte[] template(Framework framework) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateXlsx.write(framework, out);
        return out.toByteArray();
    }

    static byte[] export(ScoreSheetXlsx.Title title, Evaluation evaluation, Framework framework) {
        ScoreSheet sheet = Scorer.score(framework, evaluation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreSheetXlsx.write(title, evaluation, sheet, out);
        return out.toByteArray();
    }

    static ImportedWorkbook read(byte[] xlsx, List<Framework> candidates) {
        return WorkbookImport.read("表.xlsx", xlsx, candidates, ReadLimits.DEFAULTS);
    }

    static byte[] bytes(XSSFWorkbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of the indicator table's heading (the row with 三级指标). */
    static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("三级指标")) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no 三级指标 heading in " + sheet.getSheetName());
    }

    /** The column whose heading (in the indicator table's heading row) is {@code heading}. */
    static int col(XSSFSheet sheet, String heading) {
        Row header = sheet.getRow(headerRow(sheet));
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    /** The first row at or below the heading whose 三级指标 cell is {@code name}. */
    static Row indicatorRow(XSSFSheet sheet, String name) {
        int level3 = col(sheet, "三级指标");
        return rowWith(sheet, level3, name).orElseThrow(() -> new AssertionError("no row " + name));
    }

    static Optional<Row> rowWith(XSSFSheet sheet, int col, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static Cell cell(Row row, int col) {
        Cell cell = row.getCell(col);
        return cell != null ? cell : row.createCell(col);
    }

    static void text(Row row, int col, String text) {
        Cell cell = cell(row, col);
        cell.setBlank();
        cell.setCellValue(text);
    }

    static void number(Row row, int col, double value) {
        Cell cell = cell(row, col);
        cell.setBlank();
        cell.setCellValue(value);
    }

    /** A number shown as a percentage (0.99 with format "0%"), as Excel stores "99%" typed into a cell. */
    static void percent(XSSFWorkbook book, Row row, int col, double fraction) {
        Cell cell = cell(row, col);
        cell.setCellValue(fraction);
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(book.createDataFormat().getFormat("0%"));
        cell.setCellStyle(style);
    }

    /** Merges a column's cells over rows from..to as Excel does: the text of the top cell stays, the rest goes. */
    static void mergeDown(XSSFSheet sheet, int col, int from, int to) {
        for (int r = from + 1; r <= to; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(col) != null) {
                row.getCell(col).setBlank();
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(from, to, col, col));
    }

    /** Inserts {@code n} blank rows before {@code row} (Excel's 插入行). */
    static void insertRows(XSSFSheet sheet, int row, int n) {
        sheet.shiftRows(row, sheet.getLastRowNum(), n);
    }

    /** Swaps two columns' values and looks in every row from the heading down. */
    static void swapColumns(XSSFSheet sheet, int a, int b) {
        for (int r = headerRow(sheet); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Cell x = cell(row, a);
            Cell y = cell(row, b);
            Object vx = value(x);
            Object vy = value(y);
            CellStyle sx = x.getCellStyle();
            CellStyle sy = y.getCellStyle();
            set(x, vy);
            set(y, vx);
            x.setCellStyle(sy);
            y.setCellStyle(sx);
        }
    }

    private static Object value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> null;
        };
    }

    private static void set(Cell cell, Object value) {
        cell.setBlank();
        if (value instanceof String s && s.startsWith("=")) {
            cell.setCellFormula(s.substring(1));
        } else if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        }
    }
}
