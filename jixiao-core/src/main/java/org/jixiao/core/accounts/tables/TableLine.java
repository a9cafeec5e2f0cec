package org.jixiao.core.accounts.tables;

import java.util.Objects;

/**
 * A fixed line of a standard table ("本年收入合计", "公务接待费"): its stable id, its Chinese label as
 * the template writes it, what it counts, and for a {@link Quantity#COUNT} its unit ("辆").
 */
public record TableLine(String id, String label, Quantity quantity, String countUnit) implements LayoutPart {

    public TableLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quantity, "quantity");
        countUnit = countUnit == null ? "" : countUnit;
    }

    static TableLine money(String id, String label) {
        return new TableLine(id, label, Quantity.MONEY, "");
    }
}
