package org.jixiao.core.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Percentage;

/**
 * The funds block of a project self-evaluation: the total (年度资金总额) and its sources. The
 * execution rate is executed ÷ adjusted budget (全年执行数 ÷ 全年预算数).
 */
public record FundsBlock(FundsLine total, List<FundsLine> sources) {

    public FundsBlock {
        Objects.requireNonNull(total, "total");
        sources = List.copyOf(sources);
    }

    public Optional<Percentage> executionRate() {
        if (total.adjustedBudget().isEmpty() || total.executed().isEmpty() || total.adjustedBudget().get().isZero()) {
            return Optional.empty();
        }
        return Optional.of(total.executed().get().percentOf(total.adjustedBudget().get()));
    }

    /** A column of the total row that disagrees with the sum of the source rows. */
    public record Mismatch(String column, Amount stated, Amount sumOfSources) {
    }

    /** Every column whose total differs from the sum of its sources (blank source cells count as zero). */
    public List<Mismatch> mismatches() {
        List<Mismatch> out = new ArrayList<>();
        check("年初预算数", FundsLine::initialBudget, out);
        check("全年预算数", FundsLine::adjustedBudget, out);
        check("全年执行数", FundsLine::executed, out);
        return out;
    }

    private void check(String column, Function<FundsLine, Optional<Amount>> cell, List<Mismatch> out) {
        Optional<Amount> stated = cell.apply(total);
        if (stated.isEmpty() || sources.isEmpty() || sources.stream().allMatch(s -> cell.apply(s).isEmpty())) {
            return;
        }
        Amount sum = Amount.zero(MoneyUnit.WAN_YUAN);
        for (FundsLine source : sources) {
            sum = cell.apply(source).map(sum::plus).orElse(sum);
        }
        if (sum.compareTo(stated.get()) != 0) {
            out.add(new Mismatch(column, stated.get(), sum));
        }
    }
}
