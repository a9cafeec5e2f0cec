package org.jixiao.core.accounts.tables;

/** What the figures of a column of a disclosure table are. */
public enum ColumnRole {
    /** 决算数: the year's accounts, as the table publishes them. */
    ACCOUNTS,
    /** 年初预算数 (for the “三公” table, 全年预算数): the year's budget, compared with by the narrative. */
    BUDGET,
    /** 上年决算数: the previous year's accounts, compared with by the narrative. */
    PREVIOUS,
    /** A percentage the table states (完成年初预算的 %), recomputed from two other columns of its row. */
    RATE
}
