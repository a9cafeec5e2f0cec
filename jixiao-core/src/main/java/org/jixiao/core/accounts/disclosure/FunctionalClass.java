package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * A 类 of 一般公共预算财政拨款支出 by function ("教育支出"), its code when resolved, its 决算 and its 项.
 * Its 年初预算 is the sum of its items' (the seed's arithmetic: category change = 类决算 − Σ 项年初预算).
 */
public record FunctionalClass(String name, Optional<String> code, Amount accounts, List<FunctionalItem> items) {

    public FunctionalClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(accounts, "accounts");
        items = List.copyOf(items);
    }

    /** Σ 项年初预算. */
    public Amount budget() {
        return items.stream().map(FunctionalItem::budget).reduce(Amount.zero(accounts.unit()), Amount::plus);
    }
}
