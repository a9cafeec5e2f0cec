package org.jixiao.core.funds;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * One row of a project's funds block (项目资金): 年度资金总额 or one source (其中：财政拨款, 上年结转资金,
 * 其他资金), with 年初预算数, 全年预算数 (the adjusted budget) and 全年执行数. Blank cells stay empty.
 */
public record FundsLine(String name, Optional<Amount> initialBudget, Optional<Amount> adjustedBudget,
                        Optional<Amount> executed) {

    public FundsLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initialBudget, "initialBudget");
        Objects.requireNonNull(adjustedBudget, "adjustedBudget");
        Objects.requireNonNull(executed, "executed");
    }

    /** A row in 万元 from the table's cells; a blank or null cell is empty. */
    public static FundsLine wan(String name, String initial, String adjusted, String executed) {
        return new FundsLine(name, cell(initial), cell(adjusted), cell(executed));
    }

    private static Optional<Amount> cell(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Amount.wan(text));
    }
}
