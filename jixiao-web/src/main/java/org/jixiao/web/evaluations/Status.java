package org.jixiao.web.evaluations;

/**
 * Where a table is in the workflow: 草稿 → 已提交 → 已退回 ↔ 重新提交 → 已审核 → 已公开.
 */
public enum Status {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

    public String messageKey() {
        return "status." + name();
    }
}
