package org.jixiao.formats.monitoring;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.monitoring.FiscalPeriod;

/**
 * Reads a monitoring period as people and machines write it: {@code 2024-Q1}, {@code 2024-03},
 * {@code 2024-H1} (the core's own form), {@code 2024年第一季度}, {@code 2024年一季度}, {@code 2024年3月},
 * {@code 2024年上半年}; without the year ({@code 第一季度}, {@code Q1}, {@code 3月}, {@code 上半年}) the
 * given year is taken. Full-width characters and spaces are folded first.
 */
public final class MonitoringPeriods {

    private static final Pattern MACHINE = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(?:(\\d{4})年(?:度)?)?(.+)");
    private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度?|Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月(?:份)?(?:底|末)?");
    private static final Pattern HALF = Pattern.compile("([上下])半年|H([12])");
    private static final String QUARTER_WORDS = "一二三四";

    private MonitoringPeriods() {
    }

    /** The period the text names, or empty when it names none (or a month outside 1–12). */
    public static Optional<FiscalPeriod> parse(String text, int defaultYear) {
        String t = ValueText.compact(text).toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = MACHINE.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), m.group(2));
        }
        m = CHINESE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = m.group(1) == null ? defaultYear : Integer.parseInt(m.group(1));
        String rest = m.group(2);
        Matcher q = QUARTER.matcher(rest);
        if (q.matches()) {
            String n = q.group(1) != null ? q.group(1) : q.group(2);
            int quarter = QUARTER_WORDS.indexOf(n) >= 0 ? QUARTER_WORDS.indexOf(n) + 1 : Integer.parseInt(n);
            return period(year, FiscalPeriod.Kind.QUARTER, quarter);
        }
        Matcher mo = MONTH.matcher(rest);
        if (mo.matches()) {
            return period(year, FiscalPeriod.Kind.MONTH, Integer.parseInt(mo.group(1)));
        }
        Matcher h = HALF.matcher(rest);
        if (h.matches()) {
            int half = h.group(1) != null ? (h.group(1).equals("上") ? 1 : 2) : Integer.parseInt(h.group(2));
            return period(year, FiscalPeriod.Kind.HALF_YEAR, half);
        }
        return Optional.empty();
    }

    private static Optional<FiscalPeriod> of(int year, String part) {
        if (part.startsWith("Q")) {
            return period(year, FiscalPeriod.Kind.QUARTER, part.charAt(1) - '0');
        }
        if (part.startsWith("H")) {
            return period(year, FiscalPeriod.Kind.HALF_YEAR, part.charAt(1) - '0');
        }
        return period(year, FiscalPeriod.Kind.MONTH, Integer.parseInt(part));
    }

    private static Optional<FiscalPeriod> period(int year, FiscalPeriod.Kind kind, int number) {
        if (year < 1 || year > 9999 || number < 1 || number > kind.perYear()) {
            return Optional.empty();
        }
        return Optional.of(new FiscalPeriod(year, kind, number));
    }
}
