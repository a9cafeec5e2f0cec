package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.number.Percentage;

/**
 * 序时进度: how much of the year's budget should have been spent by the end of each month, as a
 * cumulative percentage. Nationally it is linear by month (month m → m ÷ 12, so the quarters end at
 * 25 %, 50 %, 75 % and 100 %); some regions count working days, and some finance bureaus state their
 * own percentages (for example 30 % / 55 % / 80 % / 100 %). All three are this record: twelve month-end
 * percentages, kept exact.
 *
 * @param name       what the schedule is, in the user's words (按月平均, 按工作日, a bureau's notice)
 * @param monthEnds  the cumulative percentage at the end of January … December; never falling, within 0–100
 */
public record TimeProgress(String name, List<Percentage> monthEnds) {

    /** Linear by month: month m → m × 100 ÷ 12 %, so quarter q → q × 25 %. The default. */
    public static final TimeProgress LINEAR = byMonthWeights("按月平均", java.util.Collections.nCopies(12, BigDecimal.ONE));

    public TimeProgress {
        Objects.requireNonNull(name, "name");
        monthEnds = List.copyOf(monthEnds);
        if (monthEnds.size() != 12) {
            throw new IllegalArgumentException("序时进度需要12个月末的累计百分比，给出了" + monthEnds.size() + "个");
        }
        Percentage previous = Percentage.ZERO;
        for (int i = 0; i < 12; i++) {
            Percentage p = Objects.requireNonNull(monthEnds.get(i), "month " + (i + 1));
            if (p.compareTo(previous) < 0 || p.compareTo(Percentage.HUNDRED) > 0) {
                throw new IllegalArgumentException("序时进度应在0%至100%之间逐月不减：" + (i + 1) + "月为" + p);
            }
            previous = p;
        }
    }

    /**
     * A schedule from the weight of each month: with the working days of each month (22, 19, 21, …)
     * the time progress at the end of month m is the days up to m ÷ the days of the year.
     */
    public static TimeProgress byMonthWeights(String name, List<BigDecimal> weights) {
        if (weights.size() != 12) {
            throw new IllegalArgumentException("需要12个月的权重，给出了" + weights.size() + "个");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (Objects.requireNonNull(w, "weight").signum() < 0) {
                throw new IllegalArgumentException("月份权重不能为负：" + w);
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("月份权重之和为0");
        }
        List<Percentage> ends = new ArrayList<>(12);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            cumulative = cumulative.add(w);
            ends.add(Percentage.ratio(cumulative, total));
        }
        return new TimeProgress(name, ends);
    }

    /** A schedule by working days per month (工作日), as the application computes them from the year's calendar. */
    public static TimeProgress workingDays(List<Integer> daysPerMonth) {
        return byMonthWeights("按工作日", daysPerMonth.stream().map(BigDecimal::valueOf).toList());
    }

    /** The time progress at the end of a period: the percentage of the month it ends with. */
    public Percentage at(FiscalPeriod period) {
        return monthEnds.get(period.endMonth() - 1);
    }

    /** The time progress at the end of a month, 1–12. */
    public Percentage atMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return monthEnds.get(month - 1);
    }
}
