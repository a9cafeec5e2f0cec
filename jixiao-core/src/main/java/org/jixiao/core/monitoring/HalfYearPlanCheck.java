package org.jixiao.core.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;

/**
 * Checks a spending plan (a target table's 支出 with 半年计划执行数 and 全年预算数): no row may plan to
 * spend more by mid-year than its whole year's budget, and every parent row must be the sum of its
 * parts ({@link AmountTable#mismatches()}) — Suzhou's 项目支出 states 299.62 where its projects add
 * to 299.60. It also gives the share of the year the plan spends by mid-year, for comparison with
 * time progress (50 %) or a half-year 预算执行率 target.
 */
public final class HalfYearPlanCheck {

    /** The column names of a target table's spending plan. */
    public static final String HALF_YEAR = "半年计划执行数";
    public static final String FULL_YEAR = "全年预算数";

    private HalfYearPlanCheck() {
    }

    /** A row that plans more for the half year than its full-year budget. */
    public record Excess(AmountRow row, Amount halfYear, Amount fullYear) {
        public Excess {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(halfYear, "halfYear");
            Objects.requireNonNull(fullYear, "fullYear");
        }

        public String message() {
            return "“" + row.label() + "”半年计划执行数" + halfYear.shown().toPlainString() + "超过全年预算数"
                    + fullYear.shown().toPlainString();
        }
    }

    /**
     * What the check found. {@code plannedShare} is the top-level rows' half-year total ÷ full-year
     * total (empty when the full year is zero or a column is absent).
     */
    public record Report(String table, List<Excess> excesses, List<AmountTable.Mismatch> mismatches,
                         Amount halfYearTotal, Amount fullYearTotal, Optional<Percentage> plannedShare) {
        public Report {
            Objects.requireNonNull(table, "table");
            excesses = List.copyOf(excesses);
            mismatches = List.copyOf(mismatches);
            Objects.requireNonNull(halfYearTotal, "halfYearTotal");
            Objects.requireNonNull(fullYearTotal, "fullYearTotal");
            Objects.requireNonNull(plannedShare, "plannedShare");
        }

        public boolean isConsistent() {
            return excesses.isEmpty() && mismatches.isEmpty();
        }

        /** Every problem in Chinese, one a line, in table order (excesses first, then sums). */
        public List<String> messages() {
            List<String> out = new ArrayList<>();
            excesses.forEach(e -> out.add(e.message()));
            for (AmountTable.Mismatch m : mismatches) {
                out.add("“" + m.row().label() + "”" + m.column() + "为" + m.stated().shown().toPlainString()
                        + "，其明细合计为" + m.sumOfParts().shown().toPlainString()
                        + "，相差" + m.stated().minus(m.sumOfParts()).shown().toPlainString());
            }
            return out;
        }
    }

    /** Checks a plan with the standard columns 半年计划执行数 and 全年预算数. */
    public static Report check(AmountTable plan) {
        return check(plan, HALF_YEAR, FULL_YEAR);
    }

    public static Report check(AmountTable plan, String halfYearColumn, String fullYearColumn) {
        Objects.requireNonNull(plan, "plan");
        if (!plan.columns().contains(halfYearColumn) || !plan.columns().contains(fullYearColumn)) {
            throw new IllegalArgumentException("表“" + plan.name() + "”没有“" + halfYearColumn + "”和“" + fullYearColumn + "”两列");
        }
        List<Excess> excesses = new ArrayList<>();
        collect(plan.rows(), halfYearColumn, fullYearColumn, excesses);
        Amount half = plan.total(halfYearColumn);
        Amount full = plan.total(fullYearColumn);
        Optional<Percentage> share = full.value().signum() > 0 ? Optional.of(half.percentOf(full)) : Optional.empty();
        return new Report(plan.name(), excesses, plan.mismatches(), half, full, share);
    }

    private static void collect(List<AmountRow> rows, String halfColumn, String fullColumn, List<Excess> out) {
        for (AmountRow row : rows) {
            Optional<Amount> half = row.value(halfColumn);
            Optional<Amount> full = row.value(fullColumn);
            if (half.isPresent() && full.isPresent() && half.get().compareTo(full.get()) > 0) {
                out.add(new Excess(row, half.get(), full.get()));
            }
            collect(row.children(), halfColumn, fullColumn, out);
        }
    }
}
