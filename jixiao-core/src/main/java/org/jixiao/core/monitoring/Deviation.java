package org.jixiao.core.monitoring;

import java.util.Objects;

/**
 * 偏差原因分析及纠偏措施: what a unit records for a late item — a project behind time progress or an
 * indicator behind its half-year value. The cause category and the corrective action are required;
 * the explanation is the cause in the unit's words and may be empty. Who recorded it and when are the
 * application's business, not the core's.
 *
 * @param item              the late item: a project's name, or an indicator's code
 * @param period            the monitoring period the deviation was found in
 * @param cause             资金 / 制度 / 人员 / 设备 / 其他
 * @param explanation       the cause in words (may be empty)
 * @param correctiveAction  纠偏措施: what will be done (required, not blank)
 * @param likelihood        whether the year's target can still be met
 */
public record Deviation(String item, FiscalPeriod period, CauseCategory cause, String explanation,
                        String correctiveAction, Likelihood likelihood) {

    public Deviation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(likelihood, "likelihood");
        explanation = explanation == null ? "" : explanation.strip();
        if (item.isBlank()) {
            throw new IllegalArgumentException("偏差记录需要写明项目或指标");
        }
        if (correctiveAction == null || correctiveAction.isBlank()) {
            throw new IllegalArgumentException("偏差记录需要填写纠偏措施：" + item);
        }
        correctiveAction = correctiveAction.strip();
    }

    /** Whether this record answers for the item in the period. */
    public boolean concerns(String otherItem, FiscalPeriod otherPeriod) {
        return item.equals(otherItem) && period.equals(otherPeriod);
    }
}
