package org.jixiao.core.monitoring.dashboard;

import java.util.Objects;

/**
 * A finding as the dashboard takes it (from the reviewer, an audit or the finance bureau's check):
 * whose, which year, how severe — a name such as ERROR, WARNING, INFO — and whether it is still open.
 */
public record FindingEntry(String unit, int year, String severity, boolean open) {

    public FindingEntry {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(severity, "severity");
        if (severity.isBlank()) {
            throw new IllegalArgumentException("severity is blank");
        }
    }
}
