package org.jixiao.core.accounts.tables;

import java.util.List;
import org.jixiao.core.number.MoneyUnit;

/**
 * Demo data: the 2024 disclosure tables of 包头市电化教育馆, rebuilt from its published narrative
 * (the seed publishes its tables only as "见附件"). Every figure the narrative states is here as it
 * states it; where the narrative is wrong (22.35 %, 卫生健康 增加 0.78, 住房保障 增加 0.86) the
 * tables carry the figures its own amounts give. What the narrative does not state is filled in
 * consistently: the 其他收入 21.39 万元 is spent on 2059999 其他教育支出 as 项目支出 (61.89 − 40.50),
 * the 财政拨款 项目支出 of 2059999 is 38.25 (名师视界 19.35 + 教师培训 18.90) and that of 2050299 2.25
 * (教育三项改革), 服务采购授予中小企业 is 4.43 − 0.81. The 一分钱 differences of the published
 * totals (基本支出 488.17 beside Σ 488.18; 人员经费 466.31 beside Σ 466.30) are kept: rounding explains
 * them. The 年初预算 of 收入、支出总计 (449.16) is the one the narrative implies (550.07 − 100.91), although
 * it is below the 财政拨款 年初预算 (451.50): the checks report that.
 */
public final class DemoTables {

    private DemoTables() {
    }

    public static DisclosureTables baotou2024() {
        MoneyUnit wan = MoneyUnit.WAN_YUAN;
        DisclosureTable summary = DisclosureTable.builder(StandardTable.SUMMARY, wan)
                .line("general", "528.68").line("fund", "0").line("capital", "0").line("superior", "0").line("business", "0")
                .line("operating", "0").line("affiliated", "0").line("other", "21.39")
                .line("income", "550.07", null, "793.53")
                .line("surplusUsed", "0", null, "0")
                .line("opening", "0", null, "0")
                .line("incomeTotal", "550.07", "449.16", "793.53")
                .code("205", "教育支出", "445.63")
                .code("208", "社会保障和就业支出", "56.04")
                .code("210", "卫生健康支出", "16.90")
                .code("221", "住房保障支出", "31.50")
                .line("expenditure", "550.07", null, "793.53")
                .line("distribution", "0", null, "0")
                .line("closing", "0", null, "0")
                .line("expenditureTotal", "550.07", null, "793.53")
                .build();
        DisclosureTable income = DisclosureTable.builder(StandardTable.INCOME, wan)
                .line("total", "550.07", "528.68", "0", "0", "0", "0", "21.39")
                .code("205", "教育支出", "445.63", "424.24", null, null, null, null, "21.39")
                .code("20502", "普通教育", "2.25", "2.25")
                .code("2050299", "其他普通教育支出", "2.25", "2.25")
                .code("20599", "其他教育支出", "443.38", "421.99", null, null, null, null, "21.39")
                .code("2059999", "其他教育支出", "443.38", "421.99", null, null, null, null, "21.39")
                .code("208", "社会保障和就业支出", "56.04", "56.04")
                .code("20805", "行政事业单位养老支出", "56.04", "56.04")
                .code("2080502", "事业单位离退休", "14.91", "14.91")
                .code("2080505", "机关事业单位基本养老保险缴费支出", "41.13", "41.13")
                .code("210", "卫生健康支出", "16.90", "16.90")
                .code("21011", "行政事业单位医疗", "16.90", "16.90")
                .code("2101102", "事业单位医疗", "16.90", "16.90")
                .code("221", "住房保障支出", "31.50", "31.50")
                .code("22102", "住房改革支出", "31.50", "31.50")
                .code("2210201", "住房公积金", "31.50", "31.50")
                .build();
        DisclosureTable expenditure = DisclosureTable.builder(StandardTable.EXPENDITURE, wan)
                .line("total", "550.07", "488.17", "61.89", "0", "0", "0")
                .code("205", "教育支出", "445.63", "383.74", "61.89")
                .code("20502", "普通教育", "2.25", null, "2.25")
                .code("2050299", "其他普通教育支出", "2.25", null, "2.25")
                .code("20599", "其他教育支出", "443.38", "383.74", "59.64")
                .code("2059999", "其他教育支出", "443.38", "383.74", "59.64")
                .code("208", "社会保障和就业支出", "56.04", "56.04")
                .code("20805", "行政事业单位养老支出", "56.04", "56.04")
                .code("2080502", "事业单位离退休", "14.91", "14.91")
                .code("2080505", "机关事业单位基本养老保险缴费支出", "41.13", "41.13")
                .code("210", "卫生健康支出", "16.90", "16.90")
                .code("21011", "行政事业单位医疗", "16.90", "16.90")
                .code("2101102", "事业单位医疗", "16.90", "16.90")
                .code("221", "住房保障支出", "31.50", "31.50")
                .code("22102", "住房改革支出", "31.50", "31.50")
                .code("2210201", "住房公积金", "31.50", "31.50")
                .build();
        DisclosureTable fiscal = DisclosureTable.builder(StandardTable.FISCAL_SUMMARY, wan)
                .line("income", "528.68", "528.68", "0", "0")
                .line("opening", "0", "0", "0", "0")
                .line("incomeTotal", "528.68", "528.68", "0", "0", "451.50", "780.40")
                .code("205", "教育支出", "424.24", "424.24")
                .code("208", "社会保障和就业支出", "56.04", "56.04")
                .code("210", "卫生健康支出", "16.90", "16.90")
                .code("221", "住房保障支出", "31.50", "31.50")
                .line("expenditure", "528.68", "528.68", "0", "0")
                .line("closing", "0", "0", "0", "0")
                .line("expenditureTotal", "528.68", "528.68", "0", "0")
                .build();
        DisclosureTable general = DisclosureTable.builder(StandardTable.GENERAL_EXPENDITURE, wan)
                .line("total", "451.50", "528.68", "488.17", "40.50", "117.09")
                .code("205", "教育支出", "353.00", "424.24", "383.74", "40.50", "120.18")
                .code("20502", "普通教育", "2.25", "2.25", null, "2.25", "100.00")
                .code("2050299", "其他普通教育支出", "2.25", "2.25", null, "2.25", "100.00")
                .code("20599", "其他教育支出", "350.75", "421.99", "383.74", "38.25", "120.31")
                .code("2059999", "其他教育支出", "350.75", "421.99", "383.74", "38.25", "120.31")
                .code("208", "社会保障和就业支出", "54.18", "56.04", "56.04", null, "103.43")
                .code("20805", "行政事业单位养老支出", "54.18", "56.04", "56.04", null, "103.43")
                .code("2080502", "事业单位离退休", "16.62", "14.91", "14.91", null, "89.71")
                .code("2080505", "机关事业单位基本养老保险缴费支出", "37.56", "41.13", "41.13", null, "109.50")
                .code("210", "卫生健康支出", "15.30", "16.90", "16.90", null, "110.46")
                .code("21011", "行政事业单位医疗", "15.30", "16.90", "16.90", null, "110.46")
                .code("2101102", "事业单位医疗", "15.30", "16.90", "16.90", null, "110.46")
                .code("221", "住房保障支出", "29.02", "31.50", "31.50", null, "108.55")
                .code("22102", "住房改革支出", "29.02", "31.50", "31.50", null, "108.55")
                .code("2210201", "住房公积金", "29.02", "31.50", "31.50", null, "108.55")
                .build();
        DisclosureTable basic = DisclosureTable.builder(StandardTable.GENERAL_BASIC, wan)
                .line("total", "488.17", "466.31", "21.86")
                .code("301", "工资福利支出", "422.70", "422.70")
                .code("30101", "基本工资", "142.83", "142.83")
                .code("30102", "津贴补贴", "26.39", "26.39")
                .code("30103", "奖金", "58.62", "58.62")
                .code("30107", "绩效工资", "101.12", "101.12")
                .code("30108", "机关事业单位基本养老保险缴费", "41.13", "41.13")
                .code("30110", "职工基本医疗保险缴费", "16.90", "16.90")
                .code("30112", "其他社会保障缴费", "4.21", "4.21")
                .code("30113", "住房公积金", "31.50", "31.50")
                .code("302", "商品和服务支出", "21.21", null, "21.21")
                .code("30201", "办公费", "1.71", null, "1.71")
                .code("30207", "邮电费", "0.46", null, "0.46")
                .code("30209", "物业管理费", "0.99", null, "0.99")
                .code("30211", "差旅费", "3.53", null, "3.53")
                .code("30216", "培训费", "0.87", null, "0.87")
                .code("30227", "委托业务费", "0.04", null, "0.04")
                .code("30228", "工会经费", "4.70", null, "4.70")
                .code("30229", "福利费", "5.73", null, "5.73")
                .code("30231", "公务用车运行维护费", "2.35", null, "2.35")
                .code("30239", "其他交通费用", "0.47", null, "0.47")
                .code("30299", "其他商品和服务支出", "0.36", null, "0.36")
                .code("303", "对个人和家庭的补助", "43.60", "43.60")
                .code("30302", "退休费", "14.91", "14.91")
                .code("30304", "抚恤金", "21.97", "21.97")
                .code("30305", "生活补助", "6.72", "6.72")
                .code("310", "资本性支出", "0.65", null, "0.65")
                .code("31002", "办公设备购置费", "0.65", null, "0.65")
                .build();
        DisclosureTable project = DisclosureTable.builder(StandardTable.GENERAL_PROJECT, wan)
                .line("total", "40.50")
                .code("302", "商品和服务支出", "36.55")
                .code("30213", "维修（护）费", "2.90")
                .code("30214", "租赁费", "11.35")
                .code("30216", "培训费", "18.90")
                .code("30227", "委托业务费", "3.40")
                .code("310", "资本性支出", "3.95")
                .code("31002", "办公设备购置", "1.70")
                .code("31007", "信息网络及软件购置更新", "2.25")
                .build();
        DisclosureTable fund = DisclosureTable.builder(StandardTable.FUND, wan)
                .line("total", "0", "0", "0", "0", "0", "0", "0").build();
        DisclosureTable capital = DisclosureTable.builder(StandardTable.STATE_CAPITAL, wan)
                .line("total", "0", "0", "0", "0", "0", "0", "0").build();
        DisclosureTable three = DisclosureTable.builder(StandardTable.THREE_COSTS, wan)
                .line("total", "2.50", "2.35", "2.34")
                .line("abroad", "0", "0", "0")
                .line("vehicles", "2.50", "2.35", "2.34")
                .line("purchase", "0", "0", "0")
                .line("running", "2.50", "2.35", "2.34")
                .line("reception", "0", "0", "0")
                .build();
        DisclosureTable other = DisclosureTable.builder(StandardTable.OTHER, wan)
                .line("running", "21.86", "23.41")
                .line("procurement", "21.86").line("goods", "0.81").line("works", "0").line("services", "21.05")
                .line("sme", "4.43").line("small", "4.05")
                .line("smeGoods", "0.81").line("smeWorks", "0").line("smeServices", "3.62")
                .line("smeShare", "20.27").line("smallShare", "18.53")
                .line("smeGoodsShare", "100").line("smeWorksShare", "0").line("smeServicesShare", "17.18")
                .line("vehicles", "2").line("vehicleMinister", "0").line("vehicleHead", "0").line("vehicleConfidential", "1")
                .line("vehicleEmergency", "1").line("vehicleEnforcement", "0").line("vehicleSpecial", "0").line("vehicleRetired", "0")
                .line("vehicleOther", "0").line("equipment", "0")
                .build();
        return new DisclosureTables("包头市电化教育馆", 2024, UnitKind.INSTITUTION,
                List.of(summary, income, expenditure, fiscal, general, basic, project, fund, capital, three, other));
    }
}
