package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the narrative generated from a {@link Disclosure}: the section it belongs to
 * ("一" … "十三"), its subject (the figure it is about, as the disclosure names it), its family,
 * its text in the seeds' style, and its figures in the order the text states them. A
 * {@link Family#CAUSE} sentence is a placeholder for a person to write ({@link #CAUSE_PLACEHOLDER}).
 */
public record Sentence(String section, String subject, Family family, String text, List<Figure> figures) {

    public static final String CAUSE_PLACEHOLDER = "〔由单位填写〕";

    /** The kinds of sentence generated. */
    public enum Family {
        /** "与上年决算相比，减少 243.46 万元，下降 30.68%": change = current − base, rate = change ÷ base. */
        CHANGE,
        /** "本年其他收入 21.39 万元，占 3.89%": share = part ÷ whole. */
        SHARE,
        /** "年初预算 350.75 万元，支出决算 421.99 万元，完成年初预算的 120.31%": completion = 决算 ÷ 年初预算. */
        COMPLETION,
        /** "卫生健康支出（类）决算数为 16.90 万元，与年初预算相比增加 1.60 万元": 类决算 − Σ 项年初预算. */
        CATEGORY,
        /** "变动原因：〔由单位填写〕": not generated, never a difference. */
        CAUSE,
        /**
         * "人员经费 466.31 万元。主要包括：基本工资 142.83 万元、…", "共有车辆 2 辆，其中：…": amounts and counts copied
         * from the tables, nothing derived (六, 七, 十二, 十三).
         */
        LISTING
    }

    public Sentence {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
    }

    /** Pairs a generated sentence with the published one: same section, subject and family. */
    public String key() {
        return section + "｜" + subject + "｜" + family;
    }

    public boolean isPlaceholder() {
        return family == Family.CAUSE;
    }
}
