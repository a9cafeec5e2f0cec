package org.jixiao.core.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A reporting period of a fiscal year (the calendar year in China): a month, a quarter or a half
 * year. Monitoring figures are cumulative to the period's end (累计至期末), so a period is known by
 * its last month: the first quarter ends in March, the first half in June.
 */
public record FiscalPeriod(int year, Kind kind, int number) implements Comparable<FiscalPeriod> {

    /** How long a period is. */
    public enum Kind {
        MONTH(1, 12),
        QUARTER(3, 4),
        HALF_YEAR(6, 2);

        private final int months;
        private final int perYear;

        Kind(int months, int perYear) {
            this.months = months;
            this.perYear = perYear;
        }

        /** Months in one period: 1, 3 or 6. */
        public int months() {
            return months;
        }

        /** Periods in a year: 12, 4 or 2. */
        public int perYear() {
            return perYear;
        }
    }

    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};

    /** Months first, then quarters, then halves when two periods end in the same month. */
    private static final Comparator<FiscalPeriod> ORDER = Comparator.comparingInt(FiscalPeriod::year)
            .thenComparingInt(FiscalPeriod::endMonth)
            .thenComparing(FiscalPeriod::kind);

    public FiscalPeriod {
        Objects.requireNonNull(kind, "kind");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(kind + " " + number + " is not in 1.." + kind.perYear());
        }
    }

    public static FiscalPeriod month(int year, int month) {
        return new FiscalPeriod(year, Kind.MONTH, month);
    }

    public static FiscalPeriod quarter(int year, int quarter) {
        return new FiscalPeriod(year, Kind.QUARTER, quarter);
    }

    /** The first (1, 上半年) or second (2, 下半年) half of the year. */
    public static FiscalPeriod halfYear(int year, int half) {
        return new FiscalPeriod(year, Kind.HALF_YEAR, half);
    }

    /** The twelve months of a year, in order. */
    public static List<FiscalPeriod> months(int year) {
        return all(year, Kind.MONTH);
    }

    /** The four quarters of a year, in order. */
    public static List<FiscalPeriod> quarters(int year) {
        return all(year, Kind.QUARTER);
    }

    private static List<FiscalPeriod> all(int year, Kind kind) {
        List<FiscalPeriod> out = new ArrayList<>(kind.perYear());
        for (int n = 1; n <= kind.perYear(); n++) {
            out.add(new FiscalPeriod(year, kind, n));
        }
        return out;
    }

    /** The month the period ends with, 1–12: month m → m, quarter q → 3q, half h → 6h. */
    public int endMonth() {
        return number * kind.months();
    }

    public YearMonth end() {
        return YearMonth.of(year, endMonth());
    }

    /** True for the period that ends with the year (December, the fourth quarter, the second half). */
    public boolean endsTheYear() {
        return endMonth() == 12;
    }

    /** As reports write it: 2024年3月, 2024年第一季度, 2024年上半年. */
    public String label() {
        return year + "年" + switch (kind) {
            case MONTH -> number + "月";
            case QUARTER -> "第" + QUARTER_NAMES[number - 1] + "季度";
            case HALF_YEAR -> number == 1 ? "上半年" : "下半年";
        };
    }

    @Override
    public int compareTo(FiscalPeriod other) {
        return ORDER.compare(this, other);
    }

    /** A stable machine form: 2024-03, 2024-Q1, 2024-H1. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
        };
    }
}
