package org.jixiao.core.accounts.tables;

import java.util.Arrays;
import java.util.Optional;

/**
 * 行政单位 or 事业单位: decides how the narrative names 机关运行经费 (a 事业单位 such as Baotou's
 * 电化教育馆 writes "公用经费").
 */
public enum UnitKind {
    ADMINISTRATIVE("行政单位", "机关运行经费"),
    INSTITUTION("事业单位", "公用经费");

    private final String label;
    private final String runningCostsName;

    UnitKind(String label, String runningCostsName) {
        this.label = label;
        this.runningCostsName = runningCostsName;
    }

    public String label() {
        return label;
    }

    /** 机关运行经费 or 公用经费. */
    public String runningCostsName() {
        return runningCostsName;
    }

    public static Optional<UnitKind> byLabel(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst();
    }
}
