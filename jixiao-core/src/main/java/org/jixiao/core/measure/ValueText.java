package org.jixiao.core.measure;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.number.Decimals;

/**
 * Reads values the way real tables write them: full-width or half-width, with OCR spaces inside
 * words and numbers, signs as symbols or words ("≧95", "不低于90%", "小于5次", "1项以上"),
 * units after the number ("百分比" is "%"), dates to the month.
 */
public final class ValueText {

    private ValueText() {
    }

    /** Sign words, longest first so that 大于等于 wins over 大于. */
    private static final List<Map.Entry<String, Comparison>> PREFIXES = List.of(
            Map.entry("大于或等于", Comparison.AT_LEAST),
            Map.entry("小于或等于", Comparison.AT_MOST),
            Map.entry("大于等于", Comparison.AT_LEAST),
            Map.entry("小于等于", Comparison.AT_MOST),
            Map.entry("不低于", Comparison.AT_LEAST),
            Map.entry("不少于", Comparison.AT_LEAST),
            Map.entry("不小于", Comparison.AT_LEAST),
            Map.entry("不高于", Comparison.AT_MOST),
            Map.entry("不超过", Comparison.AT_MOST),
            Map.entry("不多于", Comparison.AT_MOST),
            Map.entry("不大于", Comparison.AT_MOST),
            Map.entry("至少", Comparison.AT_LEAST),
            Map.entry("至多", Comparison.AT_MOST),
            Map.entry("大于", Comparison.MORE_THAN),
            Map.entry("高于", Comparison.MORE_THAN),
            Map.entry("多于", Comparison.MORE_THAN),
            Map.entry("超过", Comparison.MORE_THAN),
            Map.entry("小于", Comparison.LESS_THAN),
            Map.entry("低于", Comparison.LESS_THAN),
            Map.entry("少于", Comparison.LESS_THAN),
            Map.entry("等于", Comparison.EQUAL),
            Map.entry(">=", Comparison.AT_LEAST),
            Map.entry("<=", Comparison.AT_MOST),
            Map.entry("≥", Comparison.AT_LEAST),
            Map.entry("≤", Comparison.AT_MOST),
            Map.entry(">", Comparison.MORE_THAN),
            Map.entry("<", Comparison.LESS_THAN),
            Map.entry("=", Comparison.EQUAL));

    private static final List<Map.Entry<String, Comparison>> SUFFIXES = List.of(
            Map.entry("及以上", Comparison.AT_LEAST),
            Map.entry("及以下", Comparison.AT_MOST),
            Map.entry("以上", Comparison.AT_LEAST),
            Map.entry("以下", Comparison.AT_MOST),
            Map.entry("以内", Comparison.AT_MOST));

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)([^\\d.,+-]{0,8})");

    // Compiled once: label() runs for every cell of every table reviewed.
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』《》]");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[。.;；,，、]+$");

    private static final Pattern ZERO_WORDS = Pattern.compile("^(无|零|没有|未发生)(.+)?$");

    private static final String SEP = "(?:至|到|-|~|—|–|－)";
    private static final Pattern SPAN_FULL = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月?份?" + SEP + "(?:(\\d{4})年)?(\\d{1,2})月份?(?:底|末)?");
    private static final Pattern MONTH_FULL = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月份?(?:\\d{1,2}日)?(底|末|月底)?(前|之前|以前)?");
    /** A whole year or its end: "2024年度", "2024年", "2024年底前", "2024年末". */
    private static final Pattern YEAR_FULL = Pattern.compile("(\\d{4})年(?:度)?(底|末)?(前|之前|以前)?");
    private static final Pattern SPAN_SHORT = Pattern.compile(
            "(?<!\\d)(\\d{1,2})月?份?" + SEP + "(\\d{1,2})月份?");
    private static final Pattern MONTH_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})月份?(?:\\d{1,2}日)?(底|末)?(前|之前|以前)?");

    /** Folds full-width forms to ASCII, ≧/≦ to ≥/≤, and removes all white space (OCR splits words). */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '≧' -> c = '≥';
                case '≦' -> c = '≤';
                case '−', '－' -> c = '-';
                default -> {
                }
            }
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A cell read as a label: compacted, quotes and closing punctuation removed. */
    public static String label(String text) {
        String c = compact(text);
        c = QUOTES.matcher(c).replaceAll("");
        c = CLOSING_PUNCTUATION.matcher(c).replaceAll("");
        return c;
    }

    /** Reads a target cell. */
    public static TargetValue target(String text) {
        String original = text == null ? "" : text;
        String c = label(original);
        if (c.isEmpty() || c.equals("—") || c.equals("——") || c.equals("-") || c.equals("/")) {
            return new TargetValue.None(original);
        }
        Optional<Period> period = wholePeriod(c);
        if (period.isPresent()) {
            return new TargetValue.Dated(period.get(), original);
        }
        Optional<Signed> signed = signedQuantity(c);
        if (signed.isPresent()) {
            Signed s = signed.get();
            return new TargetValue.Numeric(
                    s.comparison == null ? Comparison.AT_LEAST : s.comparison, s.quantity, s.comparison != null, original);
        }
        return new TargetValue.Label(c, original);
    }

    /** The number an actual cell states: "98%", "14个", "3.3万人次", "1项以上", "无上访" (zero). */
    public static Optional<Quantity> quantity(String text) {
        String c = label(text);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<Signed> signed = signedQuantity(c);
        if (signed.isPresent()) {
            return Optional.of(signed.get().quantity);
        }
        if (ZERO_WORDS.matcher(c).matches()) {
            return Optional.of(new Quantity(BigDecimal.ZERO, ""));
        }
        return Optional.empty();
    }

    /** The month or span a cell mentions, anywhere in its text; the year defaults when omitted. */
    public static Optional<Period> period(String text, int defaultYear) {
        String c = compact(text);
        Optional<Period> whole = wholePeriod(label(text));
        if (whole.isPresent()) {
            return whole;
        }
        try {
            Matcher m = SPAN_FULL.matcher(c);
            if (m.find()) {
                int y1 = Integer.parseInt(m.group(1));
                int y2 = m.group(3) == null ? y1 : Integer.parseInt(m.group(3));
                return Optional.of(new Period(YearMonth.of(y1, month(m.group(2))), YearMonth.of(y2, month(m.group(4))), false));
            }
            m = MONTH_FULL.matcher(c);
            if (m.find()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month(m.group(2)));
                return Optional.of(m.group(4) != null ? Period.until(ym) : Period.month(ym));
            }
            m = SPAN_SHORT.matcher(c);
            if (m.find()) {
                return Optional.of(new Period(YearMonth.of(defaultYear, month(m.group(1))),
                        YearMonth.of(defaultYear, month(m.group(2))), false));
            }
            m = MONTH_SHORT.matcher(c);
            if (m.find()) {
                YearMonth ym = YearMonth.of(defaultYear, month(m.group(1)));
                return Optional.of(m.group(3) != null ? Period.until(ym) : Period.month(ym));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A cell that is nothing but a month, a span or a deadline. */
    private static Optional<Period> wholePeriod(String c) {
        try {
            Matcher m = SPAN_FULL.matcher(c);
            if (m.matches()) {
                int y1 = Integer.parseInt(m.group(1));
                int y2 = m.group(3) == null ? y1 : Integer.parseInt(m.group(3));
                return Optional.of(new Period(YearMonth.of(y1, month(m.group(2))), YearMonth.of(y2, month(m.group(4))), false));
            }
            m = MONTH_FULL.matcher(c);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month(m.group(2)));
                return Optional.of(m.group(4) != null ? Period.until(ym) : Period.month(ym));
            }
            m = YEAR_FULL.matcher(c);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                YearMonth december = YearMonth.of(year, 12);
                if (m.group(3) != null) {
                    return Optional.of(Period.until(december));
                }
                return Optional.of(m.group(2) != null ? Period.month(december) : new Period(YearMonth.of(year, 1), december, false));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int month(String digits) {
        int m = Integer.parseInt(digits);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("month " + m);
        }
        return m;
    }

    private record Signed(Comparison comparison, Quantity quantity) {
    }

    private static Optional<Signed> signedQuantity(String c) {
        Comparison comparison = null;
        String rest = c;
        for (Map.Entry<String, Comparison> prefix : PREFIXES) {
            if (rest.startsWith(prefix.getKey())) {
                comparison = prefix.getValue();
                rest = rest.substring(prefix.getKey().length());
                break;
            }
        }
        for (Map.Entry<String, Comparison> suffix : SUFFIXES) {
            if (rest.endsWith(suffix.getKey())) {
                if (comparison == null) {
                    comparison = suffix.getValue();
                }
                rest = rest.substring(0, rest.length() - suffix.getKey().length());
                break;
            }
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = Decimals.parseOrNull(m.group(1));
        if (value == null) {
            return Optional.empty();
        }
        String unit = m.group(2);
        if (unit.equals("百分比") || unit.equals("百分点")) {
            unit = "%";
        }
        return Optional.of(new Signed(comparison, new Quantity(value, unit)));
    }
}
