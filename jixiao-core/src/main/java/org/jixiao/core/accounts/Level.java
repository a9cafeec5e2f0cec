package org.jixiao.core.accounts;

/** The levels of a classification: 类, 款, 项 (the economic classification has only 类 and 款). */
public enum Level {

    CLASS("类"),
    SECTION("款"),
    ITEM("项");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** 类, 款 or 项, as written in the suffixes "教育支出（类）". */
    public String label() {
        return label;
    }
}
