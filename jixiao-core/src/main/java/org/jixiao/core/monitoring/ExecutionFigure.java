package org.jixiao.core.monitoring;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;

/**
 * One period's budget execution of a project or a unit, cumulative from January to the period's end
 * (累计支出进度): either the amounts — executed against the budget (全年预算数, the adjusted budget
 * as it stands at the period's end) — or, where a report states only the rate (Shenzhen's 7.73 %,
 * 38.09 %, 72.71 %, 97.29 %), the rate itself.
 */
public sealed interface ExecutionFigure {

    FiscalPeriod period();

    /** Execution progress: executed ÷ budget, or the stated rate; empty when it cannot be computed. */
    Optional<Percentage> progress();

    /** Why there is no progress, when there is none; empty otherwise. */
    Optional<String> whyNoProgress();

    /** Executed so far against the year's (adjusted) budget, in one money unit or two. */
    record Amounts(FiscalPeriod period, Amount budget, Amount executed) implements ExecutionFigure {
        public Amounts {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(executed, "executed");
        }

        @Override
        public Optional<Percentage> progress() {
            return budget.value().signum() > 0 ? Optional.of(executed.percentOf(budget)) : Optional.empty();
        }

        @Override
        public Optional<String> whyNoProgress() {
            return budget.value().signum() > 0 ? Optional.empty()
                    : Optional.of("全年预算数为" + budget + "，无法计算支出进度");
        }
    }

    /** A progress rate as a report states it, without the amounts behind it. */
    record Stated(FiscalPeriod period, Percentage rate) implements ExecutionFigure {
        public Stated {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(rate, "rate");
        }

        @Override
        public Optional<Percentage> progress() {
            return Optional.of(rate);
        }

        @Override
        public Optional<String> whyNoProgress() {
            return Optional.empty();
        }
    }

    static Amounts amounts(FiscalPeriod period, Amount budget, Amount executed) {
        return new Amounts(period, budget, executed);
    }

    static Stated stated(FiscalPeriod period, String rate) {
        return new Stated(period, Percentage.of(rate));
    }
}
