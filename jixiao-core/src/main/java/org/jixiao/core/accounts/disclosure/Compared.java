package org.jixiao.core.accounts.disclosure;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * A figure of the disclosure and the figures it is compared with: its 年初预算 (or 全年预算) and its
 * 上年决算, when the disclosure states a comparison with them.
 */
public record Compared(String name, Amount current, Optional<Amount> budget, Optional<Amount> previous) {

    public Compared {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(previous, "previous");
    }

    public Compared withBudget(Amount value) {
        return new Compared(name, current, Optional.of(value), previous);
    }

    public Compared withPrevious(Amount value) {
        return new Compared(name, current, budget, Optional.of(value));
    }
}
