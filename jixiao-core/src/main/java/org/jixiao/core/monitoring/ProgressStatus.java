package org.jixiao.core.monitoring;

/** Where an indicator stands against its value for the period (半年指标值) at a monitoring check. */
public enum ProgressStatus {
    /** The period's value is met, or exceeded where a higher value is better. */
    ON_TRACK("符合进度"),
    /** The period's value is not met. */
    BEHIND("进度滞后"),
    /** The figures do not say: a person must judge, and the reason says why. */
    CANNOT_TELL("无法判断");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
