package org.jixiao.core.monitoring;

/** 完成可能性: whether the year's target can still be met, as a monitoring form asks it. */
public enum Likelihood {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The answer as a form writes it; throws when the text is none of the three. */
    public static Likelihood fromLabel(String text) {
        String t = text == null ? "" : text.strip();
        for (Likelihood l : values()) {
            if (t.equals(l.label)) {
                return l;
            }
        }
        throw new IllegalArgumentException("不是完成可能性：“" + text + "”（确定能、有可能、完全不可能）");
    }
}
