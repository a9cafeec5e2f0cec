package org.jixiao.core.accounts.tables;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.core.accounts.ClassificationText;

/**
 * The standard tables of a unit's final-accounts disclosure (部门决算公开 · 第五部分 单位决算表), in the
 * order of the national template as the Baotou report lists them. Each has a fixed {@link TableLayout}.
 */
public enum StandardTable {
    SUMMARY(1, "收入支出决算总表"),
    INCOME(2, "收入决算表"),
    EXPENDITURE(3, "支出决算表"),
    FISCAL_SUMMARY(4, "财政拨款收入支出决算总表"),
    GENERAL_EXPENDITURE(5, "一般公共预算财政拨款支出决算表"),
    GENERAL_BASIC(6, "一般公共预算财政拨款基本支出决算明细表"),
    GENERAL_PROJECT(7, "一般公共预算财政拨款项目支出决算明细表"),
    FUND(8, "政府性基金预算财政拨款收入支出决算表"),
    STATE_CAPITAL(9, "国有资本经营预算财政拨款收入支出决算表"),
    THREE_COSTS(10, "财政拨款“三公”经费支出决算表"),
    OTHER(11, "机关运行经费支出、国有资产占用情况及政府采购支出信息表");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};

    private final int number;
    private final String title;

    StandardTable(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** 1 to 11, the table's place in the template. */
    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** "一、收入支出决算总表", as the report's table of contents writes it. */
    public String numberedTitle() {
        return NUMERALS[number - 1] + "、" + title;
    }

    public TableLayout layout() {
        return Layouts.of(this);
    }

    /**
     * A title's numbering as publishers write it before the name: "一、", "5 ", "表1", "表 5：", "附表3-2",
     * "附件1：表一", "（三）", "1.2". Chinese numerals need a separator or a leading 表/附表 (else "一般…" would lose its
     * 一); after 表 they are tried shortest first by the caller's exact match.
     */
    private static final Pattern NUMBERING = Pattern.compile(
            "(?:(?:附表|附件|表)[0-9]+(?:[-.][0-9]+)*[、.:\\-]?|(?:附表|附件|表)[一二三四五六七八九十]+[、.:\\-]?"
                    + "|[0-9]+(?:[-.][0-9]+)*[、.:\\-]?|[一二三四五六七八九十]+[、.:\\-]|\\([0-9一二三四五六七八九十]+\\))*");

    /** Notes after a title: "（单位：万元）", "（2024年度）", "（续）", "续表", "公开05表". */
    private static final Pattern TRAILING_NOTES = Pattern.compile("(?:\\([^()]*\\)|续表|续|公开[0-9]+表)+$");

    /**
     * The table with this title, written with or without its number ("十、", "表1", "附表3-2", "（一）"), spaces,
     * quotes or full-width forms, and notes in brackets after it ("（单位：万元）", "（续）"). Anything else before
     * the name (a unit's name, a year) is not accepted here; the published-tables reader strips those first.
     */
    public static Optional<StandardTable> byTitle(String text) {
        String key = TRAILING_NOTES.matcher(key(text)).replaceFirst("");
        for (StandardTable t : values()) {
            String title = key(t.title);
            if (key.endsWith(title) && NUMBERING.matcher(key.substring(0, key.length() - title.length())).matches()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return ClassificationText.nameKey(text == null ? "" : text).replace("\"", "");
    }
}
