package org.jixiao.core.framework;

/** 指标性质: quantitative (定量) or qualitative (定性). */
public enum Nature {
    QUANTITATIVE("定量"),
    QUALITATIVE("定性");

    private final String label;

    Nature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
