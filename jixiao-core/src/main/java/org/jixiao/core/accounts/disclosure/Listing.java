package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.number.Amount;

/**
 * A figure and the amounts the narrative lists under it (六 "人员经费 466.31 万元。主要包括：基本工资 142.83 万元、…",
 * 七 "商品和服务支出 36.55 万元。主要包括：…"): all copied from the tables, none derived. The total is the
 * table's own figure, not the sum of the items (the two may differ by rounding: Baotou 466.31 beside Σ 466.30).
 */
public record Listing(String name, Amount total, List<Share> items) {

    public Listing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(total, "total");
        items = List.copyOf(items);
    }
}
