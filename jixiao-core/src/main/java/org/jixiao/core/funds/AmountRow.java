package org.jixiao.core.funds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * A row of an amount table with its cells by column name and its component rows (基本支出 › …,
 * 项目支出 › each project). {@code line} is where the row was read from (0 when built in code).
 */
public record AmountRow(String label, Map<String, Amount> values, List<AmountRow> children, int line) {

    public AmountRow {
        Objects.requireNonNull(label, "label");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        children = List.copyOf(children);
    }

    public Optional<Amount> value(String column) {
        return Optional.ofNullable(values.get(column));
    }
}
