package org.jixiao.core.accounts.tables;

/** What a fixed line of a table counts. */
public enum Quantity {
    /** Money, in the table's unit (万元 or 元), two decimals. */
    MONEY,
    /** A whole number of things (车辆 辆, 设备 台（套）). */
    COUNT,
    /** A percentage (20.27 for 20.27 %), two decimals. */
    PERCENT
}
