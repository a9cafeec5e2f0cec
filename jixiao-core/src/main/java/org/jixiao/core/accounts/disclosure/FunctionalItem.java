package org.jixiao.core.accounts.disclosure;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * A 项 of 一般公共预算财政拨款支出 by function, as the narrative names it ("普通教育（款）其他普通教育支出（项）"),
 * its code when the functional classification resolves the name to one entry, its 年初预算 and its 决算.
 */
public record FunctionalItem(String name, Optional<String> code, Amount budget, Amount accounts) {

    public FunctionalItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(accounts, "accounts");
    }
}
