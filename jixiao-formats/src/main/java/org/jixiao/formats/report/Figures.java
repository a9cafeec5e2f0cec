package org.jixiao.formats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;

/**
 * How the report writes each number, in one place, so that a sentence and the table cell beside it
 * show the same digits. Scores are shown at the framework's scale (its rounding policy: Baotou's rows
 * to one decimal, totals to two), with its rounding mode; a person's judgement is shown with all the
 * decimals it was given (it is never rounded away). Amounts are 万元 and percentages are shown to two
 * decimals, half-up, as published tables do.
 */
final class Figures {

    private final RoundingPolicy rounding;

    Figures(Framework framework) {
        this.rounding = framework.rounding();
    }

    /** The counted score of a row as its 得分 cell shows it; empty while nobody has decided. */
    Optional<BigDecimal> rowScore(RowScore row) {
        if (row.score().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal points = row.score().get().points();
        int scale = row.indicator().isFundsRow() ? rounding.fundsScale() : rounding.indicatorScale();
        if (row.decision() == RowScore.Decision.JUDGEMENT) {
            scale = Math.max(scale, Math.max(0, points.stripTrailingZeros().scale()));
        }
        return Optional.of(points.setScale(scale, rounding.mode()));
    }

    /** Points lost as the shown numbers say: weight − shown score (never negative). */
    Optional<BigDecimal> lost(RowScore row) {
        Indicator indicator = row.indicator();
        if (indicator.weight().isEmpty() || indicator.rule().isBonusOrPenalty()) {
            return Optional.empty();
        }
        return rowScore(row).map(s -> indicator.weight().get().points().subtract(s).max(BigDecimal.ZERO));
    }

    /** A subtotal or the total, at the framework's total scale. */
    String total(Score score) {
        return score.points().setScale(rounding.totalScale(), rounding.mode()).toPlainString();
    }

    static String score(BigDecimal shown) {
        return shown.toPlainString();
    }

    /** A weight (分值) as the framework states it: 10, 2.5. */
    static String weight(Score weight) {
        return plain(weight.points());
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** An amount in 万元, two decimals, half-up: 34.25. */
    static String wan(Amount amount) {
        return amount.in(MoneyUnit.WAN_YUAN).value().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage, two decimals, half-up, with its sign: 6.57%. */
    static String percent(Percentage percentage) {
        return percentage.shown().toPlainString() + "%";
    }
}
