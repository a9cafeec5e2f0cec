package org.jixiao.core.monitoring.dashboard;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.WarningLevel;

/**
 * Something behind: a project or unit whose latest execution is behind time progress with a warning,
 * or an indicator behind its value for the period. Every late item needs a cause and a corrective
 * action; {@code deviation} is the record that gives them, if the unit has made one.
 *
 * @param item   a project's or unit's name, or an indicator's code
 * @param detail what is behind, in Chinese (the status's explanation)
 * @param level  the warning level, for execution; empty for an indicator
 */
public record LateItem(String unit, int year, Kind kind, String item, String name, FiscalPeriod period, String detail,
                       Optional<WarningLevel> level, Optional<Deviation> deviation) {

    public enum Kind {
        EXECUTION("预算执行"),
        INDICATOR("绩效指标");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public LateItem {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(deviation, "deviation");
    }

    /** No cause and corrective action recorded yet. */
    public boolean needsCause() {
        return deviation.isEmpty();
    }
}
