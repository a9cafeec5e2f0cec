package org.jixiao.core.monitoring;

/**
 * How far behind time progress a period's execution is (预警等级). Which gap earns which level is
 * configuration: {@link WarningThresholds}.
 */
public enum WarningLevel {
    /** Within the tolerance, or ahead of time progress. */
    ON_TRACK("正常", "on-track"),
    /** 黄色预警: behind by more than the first threshold (10 percentage points by default). */
    YELLOW("黄色预警", "yellow"),
    /** 红色预警: behind by more than the second threshold (20 percentage points by default). */
    RED("红色预警", "red");

    private final String label;
    private final String code;

    WarningLevel(String label, String code) {
        this.label = label;
        this.code = code;
    }

    /** As a report writes it: 正常, 黄色预警, 红色预警. */
    public String label() {
        return label;
    }

    /** A stable machine name for charts and JSON: on-track, yellow, red. */
    public String code() {
        return code;
    }

    public boolean isWarning() {
        return this != ON_TRACK;
    }
}
