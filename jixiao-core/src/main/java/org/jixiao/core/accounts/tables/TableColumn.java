package org.jixiao.core.accounts.tables;

import java.util.Objects;

/**
 * A column of a standard disclosure table: its stable id ("basic"), its Chinese label (基本支出), the
 * label of the merged header above it ("本年支出"; empty when the column has none) and its role.
 */
public record TableColumn(String id, String label, String group, ColumnRole role) {

    public TableColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(role, "role");
    }

    /** "本年支出·基本支出", or the label alone. */
    public String fullLabel() {
        return group.isEmpty() ? label : group + "·" + label;
    }
}
