package org.jixiao.core.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The one place where exact decimal arithmetic is configured. Intermediate results (ratios,
 * rule scores before rounding) keep 34 significant digits; rounding to what a table shows is
 * done only through {@link RoundingPolicy}.
 */
public final class Decimals {

    /** Precision for intermediate division: IEEE 754 decimal128, far beyond any published figure. */
    public static final MathContext EXACT = MathContext.DECIMAL128;

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** "10,339.11": digits grouped by thousands. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Decimals() {
    }

    /** Removes trailing zeros so that 2, 2.0 and 2.00 are the same value (records compare with equals). */
    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, EXACT);
    }

    /**
     * Parses a decimal as users type it: full-width digits, a thousands separator ("10,339.11"),
     * OCR spaces ("97. 83"). Returns null when the text is not a plain number.
     */
    public static BigDecimal parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                c = '.';
            } else if (c == '－' || c == '−') {
                c = '-';
            } else if (c == '，') {
                c = ',';
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                cleaned.append(c);
            }
        }
        String s = cleaned.toString();
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
    }
}
