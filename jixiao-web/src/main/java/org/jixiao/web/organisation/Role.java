package org.jixiao.web.organisation;

/**
 * What a user does. Each user has one role at one unit; what they see is that unit's subtree
 * ({@link Scope}), what they may change is decided here.
 */
public enum Role {
    /** 单位填报人: fills in and submits the unit's own tables. */
    UNIT_FILLER,
    /** 单位负责人: as the filler, and answers for the unit's submission. */
    UNIT_LEADER,
    /** 主管部门审核人: returns or approves the submitted tables of the department's units. */
    DEPARTMENT_REVIEWER,
    /** 财政审核人: checks approved tables, returns or publishes them. */
    FINANCE_REVIEWER,
    /** 审计人员: reads everything in scope, changes nothing. */
    AUDITOR,
    /** 系统管理员: sees everything, unlocks locked tables, maintains frameworks. */
    ADMIN;

    public boolean fillsIn() {
        return this == UNIT_FILLER || this == UNIT_LEADER;
    }

    public boolean reviewsForDepartment() {
        return this == DEPARTMENT_REVIEWER;
    }

    public boolean reviewsForFinance() {
        return this == FINANCE_REVIEWER;
    }

    public boolean maintainsFrameworks() {
        return this == ADMIN || this == FINANCE_REVIEWER || this == DEPARTMENT_REVIEWER || fillsIn();
    }

    /** The message key of the role's name (messages*.properties). */
    public String messageKey() {
        return "role." + name();
    }
}
