package org.jixiao.core.accounts.disclosure;

import java.util.Objects;
import org.jixiao.core.number.Amount;

/** One part of a whole whose share the narrative states (本年一般公共预算财政拨款收入 528.68 万元，占 96.11%). */
public record Share(String name, Amount amount) {

    public Share {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }
}
