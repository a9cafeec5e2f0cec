package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Decimals;

/** Reading published cells: OCR spaces, dashes for "not applicable", numbers as written. */
public final class Cells {

    private static final Pattern DASHES = Pattern.compile("[—\\-/－–]+");

    private Cells() {
    }

    public static String compact(String cell) {
        return ValueText.compact(cell);
    }

    /** Blank, or a dash meaning "nothing here" (—, ——, -, /). */
    public static boolean isEmpty(String cell) {
        String c = compact(cell);
        return c.isEmpty() || DASHES.matcher(c).matches();
    }

    /** The number a cell states ("80. 46" → 80.46, "96.75%" → 96.75), if it is nothing but a number. */
    public static Optional<BigDecimal> number(String cell) {
        String c = compact(cell).replace("%", "");
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Decimals.parseOrNull(c));
    }

    /** Decimals a published number was written with ("4.8" → 1, "99.68" → 2, "10" → 0). */
    public static int decimalsOf(String cell) {
        String c = compact(cell).replace("%", "");
        int dot = c.indexOf('.');
        return dot < 0 ? 0 : c.length() - dot - 1;
    }

    /** A weight (分值) as published: a number not below zero; anything else is no weight at all. */
    public static Optional<org.jixiao.core.number.Score> weight(String cell) {
        if (cell == null || isEmpty(cell)) {
            return Optional.empty();
        }
        return number(cell).filter(n -> n.signum() >= 0).map(org.jixiao.core.number.Score::of);
    }
}
