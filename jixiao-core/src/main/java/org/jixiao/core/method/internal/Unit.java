package org.jixiao.core.method.internal;

import java.math.BigDecimal;

/** A condition and the marker that follows it: "达到90%" + "得2分", "一项重点工作没有完成" + "扣4分". */
final class Unit {

    /** What the marker says. The set of kinds in a text decides which rule it is. */
    enum Kind {
        /** 得2分, or a bare "优秀8分". */
        GAIN,
        /** 得满分: the points are the weight. */
        FULL,
        /** 不得分. */
        ZERO,
        /** "…要求(1分)": a checklist item. */
        PAREN,
        /** 加3分. */
        ADD,
        /** 扣4分. */
        SUB,
        /** 根据完成度得分. */
        PARTIAL,
        /** 实际值/指标值×分值 and its kin. */
        RATIO,
        /** 最高5分, 以分值为限. */
        CAP,
        /** 扣完为止. */
        FLOOR,
        /** 酌情扣分, 专家评分: a person decides. */
        DISCRETION
    }

    Kind kind;
    BigDecimal points;
    int condStart;
    int condEnd;
    int markStart;
    int markEnd;
    Sentence sentence;
    Ratio.Kind ratio;
    /** For CAP and DISCRETION: 'a' adding, 's' subtracting, 'o' other. */
    char sign = 'o';

    Unit(Kind kind, int markStart, int markEnd) {
        this.kind = kind;
        this.markStart = markStart;
        this.markEnd = markEnd;
    }

    /** Where the unit's text starts: its condition, or its marker when the condition is empty. */
    int start() {
        return Math.min(condStart, markStart);
    }
}
