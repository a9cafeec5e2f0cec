package org.jixiao.formats.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * A cell as the person sees it, as text: a string as typed (white space around it trimmed, and the
 * apostrophe {@link SafeText} puts before formula-like text taken off again); a number as its plain
 * decimal to Excel's 15 significant digits (0.30000000000000004 → 0.3), shown as a percentage when
 * its format is one (0.9575 → "95.75%"), as a date when its format is one (45657 → "2024年12月31日");
 * TRUE/FALSE as 是/否; a formula as its last computed value ("" when the file keeps none). An error
 * value (#DIV/0!, #REF! …) is reported by {@link #isError}.
 *
 * <p>One instance per workbook: it remembers, per number format, whether the format is a date.
 */
final class CellText {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final boolean date1904;
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    /** Whether the cell holds an error value, typed or computed. */
    static boolean isError(Cell cell) {
        if (cell == null) {
            return false;
        }
        if (cell.getType() == CellType.ERROR) {
            return true;
        }
        return cell.getType() == CellType.FORMULA && cell.getRawValue() != null && ERRORS.contains(cell.getRawValue().strip());
    }

    String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY, ERROR -> "";
            case STRING -> string(cell.getText());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "是" : "否";
            case NUMBER -> number(cell.getRawValue(), cell.getDataFormatString());
            case FORMULA -> formula(cell);
        };
    }

    private String formula(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isBlank() || ERRORS.contains(raw.strip())) {
            return "";
        }
        // the cached value of a formula may be a number or a text; only a number is formatted
        if (looksNumeric(raw)) {
            return number(raw, cell.getDataFormatString());
        }
        return string(raw);
    }

    private String number(String raw, String format) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return string(raw);
        }
        if (format != null && !format.isEmpty()) {
            if (isDate(format)) {
                LocalDate day = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(value.longValue());
                return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
            }
            if (format.indexOf('%') >= 0) {
                return plain(value.movePointRight(2)) + "%";
            }
        }
        return plain(value);
    }

    /** The value to Excel's 15 significant digits, without trailing zeros or an exponent. */
    static String plain(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_DIGITS).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    static String string(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        if (s.length() > 1 && s.charAt(0) == '\'' && SafeText.startsLikeAFormula(s.substring(1))) {
            s = s.substring(1);
        }
        return s;
    }

    private boolean isDate(String format) {
        return dateFormats.computeIfAbsent(format, CellText::dateFormat);
    }

    /** A number format showing a date: y or d outside quoted text, brackets and escapes ("yyyy-mm-dd", "m/d/yy"). */
    static boolean dateFormat(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!bracket && (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == '年' || c == '日')) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksNumeric(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'E' && c != 'e') {
                return false;
            }
        }
        return true;
    }
}
