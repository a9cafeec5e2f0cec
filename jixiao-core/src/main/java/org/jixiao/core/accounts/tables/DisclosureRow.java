package org.jixiao.core.accounts.tables;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Decimals;

/**
 * A row of a disclosure table: its key (a fixed line's id such as "income", or a classification code
 * as digits, "2050299"), its name as written (for a code row; a fixed line's label comes from the
 * layout), its figures by column id (a blank cell has none), and where it was read from ("第12行";
 * empty when entered in code).
 *
 * <p>{@code origin} is provenance, not content: two rows with the same key, name and figures are equal
 * wherever they were read.
 */
public record DisclosureRow(String key, String name, Map<String, BigDecimal> values, String origin) {

    public DisclosureRow {
        Objects.requireNonNull(key, "key");
        name = name == null ? "" : name.strip();
        origin = origin == null ? "" : origin;
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (value != null) {
                copy.put(Objects.requireNonNull(column, "column"), Decimals.canonical(value));
            }
        });
        values = Map.copyOf(copy);
    }

    /** Whether the key is a classification code (digits) rather than a fixed line. */
    public boolean isCode() {
        return isCode(key);
    }

    static boolean isCode(String key) {
        return !key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public Optional<BigDecimal> value(String column) {
        return Optional.ofNullable(values.get(column));
    }

    public DisclosureRow withOrigin(String where) {
        return new DisclosureRow(key, name, values, where);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisclosureRow r && key.equals(r.key) && name.equals(r.name) && values.equals(r.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, values);
    }
}
