package org.jixiao.core.accounts.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.accounts.ClassificationKind;
import org.jixiao.core.accounts.Level;

/**
 * The layouts of the standard tables. Line and column ids are stable (English) and used by the checks,
 * the narrative and the formats; labels are the national template's Chinese.
 */
final class Layouts {

    private static final Map<StandardTable, TableLayout> LAYOUTS = new EnumMap<>(StandardTable.class);

    static {
        LAYOUTS.put(StandardTable.SUMMARY, summary());
        LAYOUTS.put(StandardTable.INCOME, income());
        LAYOUTS.put(StandardTable.EXPENDITURE, expenditure());
        LAYOUTS.put(StandardTable.FISCAL_SUMMARY, fiscalSummary());
        LAYOUTS.put(StandardTable.GENERAL_EXPENDITURE, generalExpenditure());
        LAYOUTS.put(StandardTable.GENERAL_BASIC, generalBasic());
        LAYOUTS.put(StandardTable.GENERAL_PROJECT, generalProject());
        LAYOUTS.put(StandardTable.FUND, fundLike());
        LAYOUTS.put(StandardTable.STATE_CAPITAL, fundLike());
        LAYOUTS.put(StandardTable.THREE_COSTS, threeCosts());
        LAYOUTS.put(StandardTable.OTHER, other());
    }

    private Layouts() {
    }

    static TableLayout of(StandardTable table) {
        return LAYOUTS.get(table);
    }

    private static TableColumn col(String id, String label, String group, ColumnRole role) {
        return new TableColumn(id, label, group, role);
    }

    private static TableColumn accounts(String id, String label) {
        return col(id, label, "", ColumnRole.ACCOUNTS);
    }

    private static TableColumn accounts(String id, String label, String group) {
        return col(id, label, group, ColumnRole.ACCOUNTS);
    }

    private static TableLine line(String id, String label) {
        return TableLine.money(id, label);
    }

    /** 收入支出决算总表: income by source, balances, expenditure by 类. */
    private static TableLayout summary() {
        List<LayoutPart> parts = new ArrayList<>(List.of(
                line("general", "一、一般公共预算财政拨款收入"),
                line("fund", "二、政府性基金预算财政拨款收入"),
                line("capital", "三、国有资本经营预算财政拨款收入"),
                line("superior", "四、上级补助收入"),
                line("business", "五、事业收入"),
                line("operating", "六、经营收入"),
                line("affiliated", "七、附属单位上缴收入"),
                line("other", "八、其他收入"),
                line("income", "本年收入合计"),
                line("surplusUsed", "使用非财政拨款结余（含专用结余）"),
                line("opening", "年初结转和结余"),
                line("incomeTotal", "收入总计"),
                new CodeRows(ClassificationKind.FUNCTIONAL, Level.CLASS),
                line("expenditure", "本年支出合计"),
                line("distribution", "结余分配"),
                line("closing", "年末结转和结余"),
                line("expenditureTotal", "支出总计")));
        return new TableLayout(List.of(
                accounts("accounts", "决算数"),
                col("budget", "年初预算数", "", ColumnRole.BUDGET),
                col("previous", "上年决算数", "", ColumnRole.PREVIOUS)), parts)
                .sum("income", "general", "fund", "capital", "superior", "business", "operating", "affiliated", "other")
                .sum("incomeTotal", "income", "surplusUsed", "opening")
                .sumOfClasses("expenditure")
                .sum("expenditureTotal", "expenditure", "distribution", "closing")
                .lineBalance(List.of("opening", "income", "surplusUsed"), List.of("expenditure", "distribution"), "closing");
    }

    /** 收入决算表: income by function and by source. */
    private static TableLayout income() {
        return new TableLayout(List.of(
                accounts("total", "本年收入合计"),
                accounts("fiscal", "财政拨款收入"),
                accounts("superior", "上级补助收入"),
                accounts("business", "事业收入"),
                accounts("operating", "经营收入"),
                accounts("affiliated", "附属单位上缴收入"),
                accounts("other", "其他收入")),
                List.of(line("total", "合计"), new CodeRows(ClassificationKind.FUNCTIONAL, Level.ITEM)))
                .sumOfClasses("total")
                .columnSum("total", "fiscal", "superior", "business", "operating", "affiliated", "other");
    }

    /** 支出决算表: expenditure by function and by kind. */
    private static TableLayout expenditure() {
        return new TableLayout(List.of(
                accounts("total", "本年支出合计"),
                accounts("basic", "基本支出"),
                accounts("project", "项目支出"),
                accounts("remitted", "上缴上级支出"),
                accounts("operating", "经营支出"),
                accounts("affiliated", "对附属单位补助支出")),
                List.of(line("total", "合计"), new CodeRows(ClassificationKind.FUNCTIONAL, Level.ITEM)))
                .sumOfClasses("total")
                .columnSum("total", "basic", "project", "remitted", "operating", "affiliated");
    }

    /** 财政拨款收入支出决算总表: the three fiscal sources, their balances, expenditure by 类. */
    private static TableLayout fiscalSummary() {
        List<LayoutPart> parts = List.of(
                line("income", "本年收入"),
                line("opening", "年初财政拨款结转和结余"),
                line("incomeTotal", "收入总计"),
                new CodeRows(ClassificationKind.FUNCTIONAL, Level.CLASS),
                line("expenditure", "本年支出合计"),
                line("closing", "年末财政拨款结转和结余"),
                line("expenditureTotal", "支出总计"));
        return new TableLayout(List.of(
                accounts("total", "合计", "决算数"),
                accounts("general", "一般公共预算财政拨款", "决算数"),
                accounts("fund", "政府性基金预算财政拨款", "决算数"),
                accounts("capital", "国有资本经营预算财政拨款", "决算数"),
                col("budget", "年初预算数", "", ColumnRole.BUDGET),
                col("previous", "上年决算数", "", ColumnRole.PREVIOUS)), parts)
                .sum("incomeTotal", "income", "opening")
                .sumOfClasses("expenditure")
                .sum("expenditureTotal", "expenditure", "closing")
                .lineBalance(List.of("opening", "income"), List.of("expenditure"), "closing")
                .columnSum("total", "general", "fund", "capital");
    }

    /** 一般公共预算财政拨款支出决算表: by 类/款/项, with 年初预算 and the completion rate. */
    private static TableLayout generalExpenditure() {
        return new TableLayout(List.of(
                col("budget", "年初预算数", "", ColumnRole.BUDGET),
                accounts("total", "合计", "决算数"),
                accounts("basic", "基本支出", "决算数"),
                accounts("project", "项目支出", "决算数"),
                col("rate", "完成年初预算（%）", "", ColumnRole.RATE)),
                List.of(line("total", "合计"), new CodeRows(ClassificationKind.FUNCTIONAL, Level.ITEM)))
                .sumOfClasses("total")
                .columnSum("total", "basic", "project")
                .columnRate("rate", "total", "budget");
    }

    /** 一般公共预算财政拨款基本支出决算明细表: by economic 类/款, 人员经费 and 公用经费. */
    private static TableLayout generalBasic() {
        return new TableLayout(List.of(
                accounts("total", "合计"),
                accounts("personnel", "人员经费"),
                accounts("public", "公用经费")),
                List.of(line("total", "合计"), new CodeRows(ClassificationKind.ECONOMIC, Level.SECTION)))
                .sumOfClasses("total")
                .columnSum("total", "personnel", "public");
    }

    /** 一般公共预算财政拨款项目支出决算明细表: by economic 类/款. */
    private static TableLayout generalProject() {
        return new TableLayout(List.of(accounts("total", "决算数")),
                List.of(line("total", "合计"), new CodeRows(ClassificationKind.ECONOMIC, Level.SECTION)))
                .sumOfClasses("total");
    }

    /** 政府性基金 / 国有资本经营预算财政拨款收入支出决算表: balances by function. */
    private static TableLayout fundLike() {
        return new TableLayout(List.of(
                accounts("opening", "年初结转和结余"),
                accounts("income", "本年收入"),
                accounts("expenditure", "小计", "本年支出"),
                accounts("basic", "基本支出", "本年支出"),
                accounts("project", "项目支出", "本年支出"),
                accounts("closing", "年末结转和结余"),
                col("previous", "上年决算数（本年支出）", "", ColumnRole.PREVIOUS)),
                List.of(line("total", "合计"), new CodeRows(ClassificationKind.FUNCTIONAL, Level.ITEM)))
                .sumOfClasses("total")
                .columnSum("expenditure", "basic", "project")
                .columnBalance(List.of("opening", "income"), List.of("expenditure"), "closing");
    }

    /** 财政拨款“三公”经费支出决算表, one line per item (the national table has them as columns). */
    private static TableLayout threeCosts() {
        return new TableLayout(List.of(
                col("budget", "预算数", "", ColumnRole.BUDGET),
                accounts("accounts", "决算数"),
                col("previous", "上年决算数", "", ColumnRole.PREVIOUS)),
                List.of(
                        line("total", "合计"),
                        line("abroad", "因公出国（境）费"),
                        line("vehicles", "公务用车购置及运行费"),
                        line("purchase", "其中：公务用车购置费"),
                        line("running", "其中：公务用车运行费"),
                        line("reception", "公务接待费")))
                .sum("total", "abroad", "vehicles", "reception")
                .sum("vehicles", "purchase", "running");
    }

    /** 机关运行经费支出、国有资产占用情况及政府采购支出信息表 (其他相关情况). */
    private static TableLayout other() {
        List<LayoutPart> parts = List.of(
                line("running", "机关运行经费支出"),
                line("procurement", "政府采购支出总额"),
                line("goods", "政府采购货物支出"),
                line("works", "政府采购工程支出"),
                line("services", "政府采购服务支出"),
                line("sme", "授予中小企业合同金额"),
                line("small", "其中：授予小微企业合同金额"),
                line("smeGoods", "货物采购授予中小企业合同金额"),
                line("smeWorks", "工程采购授予中小企业合同金额"),
                line("smeServices", "服务采购授予中小企业合同金额"),
                percent("smeShare", "授予中小企业合同金额占政府采购支出总额的比例（%）"),
                percent("smallShare", "授予小微企业合同金额占政府采购支出总额的比例（%）"),
                percent("smeGoodsShare", "货物采购授予中小企业合同金额占货物支出金额的比例（%）"),
                percent("smeWorksShare", "工程采购授予中小企业合同金额占工程支出金额的比例（%）"),
                percent("smeServicesShare", "服务采购授予中小企业合同金额占服务支出金额的比例（%）"),
                count("vehicles", "车辆合计", "辆"),
                count("vehicleMinister", "其中：副部（省）级及以上领导用车", "辆"),
                count("vehicleHead", "主要负责人用车", "辆"),
                count("vehicleConfidential", "机要通信用车", "辆"),
                count("vehicleEmergency", "应急保障用车", "辆"),
                count("vehicleEnforcement", "执法执勤用车", "辆"),
                count("vehicleSpecial", "特种专业技术用车", "辆"),
                count("vehicleRetired", "离退休干部服务用车", "辆"),
                count("vehicleOther", "其他用车", "辆"),
                count("equipment", "单价100万元（含）以上设备（不含车辆）", "台（套）"));
        return new TableLayout(List.of(
                accounts("accounts", "决算数（数量）"),
                col("previous", "上年决算数", "", ColumnRole.PREVIOUS)), parts)
                .sum("procurement", "goods", "works", "services")
                .sum("sme", "smeGoods", "smeWorks", "smeServices")
                .sum("vehicles", "vehicleMinister", "vehicleHead", "vehicleConfidential", "vehicleEmergency", "vehicleEnforcement",
                        "vehicleSpecial", "vehicleRetired", "vehicleOther")
                .lineRate("smeShare", "sme", "procurement")
                .lineRate("smallShare", "small", "procurement")
                .lineRate("smeGoodsShare", "smeGoods", "goods")
                .lineRate("smeWorksShare", "smeWorks", "works")
                .lineRate("smeServicesShare", "smeServices", "services")
                .atMost("small", "sme")
                .atMost("sme", "procurement")
                .atMost("smeGoods", "goods")
                .atMost("smeWorks", "works")
                .atMost("smeServices", "services");
    }

    private static TableLine percent(String id, String label) {
        return new TableLine(id, label, Quantity.PERCENT, "");
    }

    private static TableLine count(String id, String label, String unit) {
        return new TableLine(id, label, Quantity.COUNT, unit);
    }
}
