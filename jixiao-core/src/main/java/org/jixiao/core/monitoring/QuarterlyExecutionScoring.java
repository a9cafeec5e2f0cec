package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.Score;

/**
 * 预算执行率 scored from the quarters, as Shenzhen's department framework states it (附件一, 效率性):
 * each quarter earns (cumulative execution progress ÷ time progress) × {@code perQuarter} points, and
 * the year's average of those four ratios earns × {@code forAverage} points more; the sum is kept
 * within 0 and the weight. With Shenzhen's 1, 2 and 6 and the quarters 7.73 %, 38.09 %, 72.71 %,
 * 97.29 % against 25 %, 50 %, 75 %, 100 % the score is 4.52005, published as 4.52.
 *
 * <p>The sum is computed as one fraction (Σ progressᵢ × Π other time progresses ÷ Π time progresses)
 * and divided once, so a score whose exact value has a short decimal expansion — 4.52005 — comes out
 * exactly, not as 4.520049…9.
 */
public record QuarterlyExecutionScoring(Score perQuarter, Score forAverage, Score weight) {

    /** Shenzhen: 1 point a quarter, 2 for the average, 6 in all. */
    public static final QuarterlyExecutionScoring SHENZHEN =
            new QuarterlyExecutionScoring(Score.of(1), Score.of(2), Score.of(6));

    private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    public QuarterlyExecutionScoring {
        Objects.requireNonNull(perQuarter, "perQuarter");
        Objects.requireNonNull(forAverage, "forAverage");
        Objects.requireNonNull(weight, "weight");
        if (perQuarter.isNegative() || forAverage.isNegative() || weight.isNegative()) {
            throw new IllegalArgumentException("分值不能为负");
        }
    }

    /** The score from the four quarters' cumulative progress, in order, against linear time progress. */
    public ExecutionScore score(int year, List<Percentage> quarterProgress) {
        if (quarterProgress.size() != 4) {
            throw new IllegalArgumentException("需要四个季度的支出进度，给出了" + quarterProgress.size() + "个");
        }
        List<ExecutionFigure> figures = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            figures.add(new ExecutionFigure.Stated(FiscalPeriod.quarter(year, q), quarterProgress.get(q - 1)));
        }
        return score(figures, TimeProgress.LINEAR);
    }

    /**
     * The score from the quarters' figures (amounts or stated rates, months ignored) against a time
     * progress schedule. The four quarters of one year must all be there with a computable progress,
     * and no quarter's time progress may be zero: otherwise there is nothing to score, and this throws
     * {@link IllegalArgumentException} saying what is missing.
     */
    public ExecutionScore score(List<? extends ExecutionFigure> figures, TimeProgress timeProgress) {
        List<ExecutionFigure> quarters = figures.stream()
                .filter(f -> f.period().kind() == FiscalPeriod.Kind.QUARTER)
                .sorted((a, b) -> a.period().compareTo(b.period()))
                .map(ExecutionFigure.class::cast)
                .toList();
        if (quarters.isEmpty()) {
            throw new IllegalArgumentException("没有季度支出进度");
        }
        int year = quarters.get(0).period().year();
        List<BigDecimal> progress = new ArrayList<>(4);
        List<BigDecimal> time = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            FiscalPeriod period = FiscalPeriod.quarter(year, q);
            ExecutionFigure figure = quarters.stream().filter(f -> f.period().equals(period)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("缺少" + period.label() + "支出进度"));
            if (quarters.stream().filter(f -> f.period().equals(period)).count() > 1) {
                throw new IllegalArgumentException(period.label() + "支出进度重复");
            }
            Percentage p = figure.progress().orElseThrow(() -> new IllegalArgumentException(
                    period.label() + "：" + figure.whyNoProgress().orElse("无法计算支出进度")));
            Percentage t = timeProgress.at(period);
            if (t.percent().signum() == 0) {
                throw new IllegalArgumentException(period.label() + "序时进度为0，无法计算执行率");
            }
            progress.add(p.percent());
            time.add(t.percent());
        }
        if (quarters.size() != 4) {
            throw new IllegalArgumentException("季度支出进度不属于同一年度或多于四个季度");
        }

        // Σ pᵢ/tᵢ = N / D with D = Π tᵢ and N = Σ pᵢ × Π_{j≠i} tⱼ, all exact.
        BigDecimal denominator = BigDecimal.ONE;
        for (BigDecimal t : time) {
            denominator = denominator.multiply(t);
        }
        BigDecimal numerator = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            BigDecimal term = progress.get(i);
            for (int j = 0; j < 4; j++) {
                if (j != i) {
                    term = term.multiply(time.get(j));
                }
            }
            numerator = numerator.add(term);
        }
        BigDecimal n = BigDecimal.valueOf(4);
        BigDecimal ratioSum = Decimals.divide(numerator, denominator);
        BigDecimal average = Decimals.divide(numerator, denominator.multiply(n));
        // score = Σ × perQuarter + Σ ÷ 4 × forAverage = N × (4 × perQuarter + forAverage) ÷ (4 × D)
        BigDecimal raw = Decimals.divide(numerator.multiply(perQuarter.points().multiply(n).add(forAverage.points())),
                denominator.multiply(n));
        Score exact = Score.of(raw);
        Score capped = exact.within(Score.ZERO, weight);

        List<ExecutionScore.Term> terms = new ArrayList<>(4);
        StringBuilder why = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            BigDecimal ratio = Decimals.divide(progress.get(i), time.get(i));
            terms.add(new ExecutionScore.Term(FiscalPeriod.quarter(year, i + 1), new Percentage(progress.get(i)),
                    new Percentage(time.get(i)), Decimals.canonical(ratio)));
            why.append(QUARTERS[i]).append(new Percentage(progress.get(i))).append("÷").append(new Percentage(time.get(i)))
                    .append("=").append(shown(ratio)).append("；");
        }
        why.append("合计").append(shown(ratioSum)).append("×").append(perQuarter).append("分")
                .append("，全年平均执行率").append(shown(average)).append("×").append(forAverage).append("分")
                .append("，得").append(exact);
        if (capped.compareTo(exact) != 0) {
            why.append("，限定在0至").append(weight).append("分之间得").append(capped);
        }
        return new ExecutionScore(year, terms, Decimals.canonical(ratioSum), Decimals.canonical(average), exact,
                capped, weight, why.toString());
    }

    private static String shown(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
