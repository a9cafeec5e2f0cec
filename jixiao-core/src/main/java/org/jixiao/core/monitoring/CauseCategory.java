package org.jixiao.core.monitoring;

/** 偏差原因类别: the categories a monitoring form asks a unit to tick for a late item. */
public enum CauseCategory {
    FUNDS("资金"),
    SYSTEM("制度"),
    PERSONNEL("人员"),
    EQUIPMENT("设备"),
    OTHER("其他");

    private final String label;

    CauseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category a form writes ("资金", "资金原因"…); throws when the text names none. */
    public static CauseCategory fromLabel(String text) {
        String t = text == null ? "" : text.strip();
        for (CauseCategory c : values()) {
            if (t.equals(c.label) || t.equals(c.label + "原因") || t.equals(c.label + "方面")) {
                return c;
            }
        }
        throw new IllegalArgumentException("不是偏差原因类别：“" + text + "”（资金、制度、人员、设备、其他）");
    }
}
