package org.jixiao.core.accounts.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.accounts.Classification;
import org.jixiao.core.accounts.ClassificationEntry;
import org.jixiao.core.accounts.ClassificationKind;
import org.jixiao.core.accounts.ShippedClassifications;
import org.jixiao.core.accounts.disclosure.Assets;
import org.jixiao.core.accounts.disclosure.Compared;
import org.jixiao.core.accounts.disclosure.Disclosure;
import org.jixiao.core.accounts.disclosure.FunctionalClass;
import org.jixiao.core.accounts.disclosure.FunctionalItem;
import org.jixiao.core.accounts.disclosure.Listing;
import org.jixiao.core.accounts.disclosure.NarrativeGenerator;
import org.jixiao.core.accounts.disclosure.Procurement;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.accounts.disclosure.Share;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;

/**
 * From tables to narrative: the {@link Disclosure} (the figures 第二部分 单位决算情况说明 is written
 * from) taken from the disclosure tables, with the 年初预算 and 上年决算 of their budget and previous
 * columns, named as the national narrative template names them (so the sentences pair with a
 * published narrative's):
 *
 * <ul>
 *   <li>一: 收入支出决算总表 收入总计 (决算, 年初预算, 上年决算) and its lines against 上年决算;</li>
 *   <li>二: the 总表's income by source, shares of 本年收入合计; 三: the 支出决算表's 合计 row by kind,
 *       shares of 本年支出合计;</li>
 *   <li>四: 财政拨款收入支出决算总表 收入总计 (合计 column, 年初预算, 上年决算);</li>
 *   <li>五: 一般公共预算财政拨款支出决算表: the 合计 row against 年初预算, each 类 with its 项 (a 款
 *       without 项 stands for itself), named "款（款）项（项）";</li>
 *   <li>八: the “三公” table (预算数, 决算数, 上年决算数); 九, 十: the 政府性基金 and 国有资本经营 tables'
 *       本年支出 against 上年决算; 十一: 机关运行经费 (a 事业单位's "公用经费") against 上年决算;</li>
 *   <li>六: 一般公共预算财政拨款基本支出决算明细表: 合计, and 人员经费 / 公用经费 each with the 款 that have a
 *       non-zero figure in its column, in code order; 七: …项目支出决算明细表: 合计, each 类 with its non-zero 款;</li>
 *   <li>十二, 十三: the 其他相关情况 table's 政府采购 amounts (the shares are recomputed, never taken from its
 *       % lines) and its 车辆 and 设备 counts.</li>
 * </ul>
 *
 * All amounts are given to the generator in 万元 (a table kept in 元 is converted). A table or cell
 * that is missing leaves its section or comparison out.
 */
public final class TablesNarrative {

    private TablesNarrative() {
    }

    /** The narrative's sentences generated from the tables (causes left as placeholders). */
    public static List<Sentence> sentences(DisclosureTables tables) {
        return NarrativeGenerator.generate(disclosure(tables));
    }

    public static Disclosure disclosure(DisclosureTables tables) {
        Optional<DisclosureTable> summary = tables.table(StandardTable.SUMMARY);
        Optional<DisclosureTable> expenditure = tables.table(StandardTable.EXPENDITURE);
        Optional<DisclosureTable> fiscal = tables.table(StandardTable.FISCAL_SUMMARY);
        Optional<DisclosureTable> general = tables.table(StandardTable.GENERAL_EXPENDITURE);
        Optional<DisclosureTable> three = tables.table(StandardTable.THREE_COSTS);

        Optional<Compared> totals = summary.flatMap(t -> compared(t, "incomeTotal", "accounts", "收入、支出决算总计"));
        List<Compared> incomeItems = new ArrayList<>();
        List<Compared> expenditureItems = new ArrayList<>();
        summary.ifPresent(t -> {
            compared(t, "income", "accounts", "本年收入决算合计").ifPresent(incomeItems::add);
            compared(t, "surplusUsed", "accounts", "使用非财政拨款结余（含专用结余）").ifPresent(incomeItems::add);
            compared(t, "opening", "accounts", "年初结转和结余").ifPresent(incomeItems::add);
            compared(t, "expenditure", "accounts", "本年支出决算合计").ifPresent(expenditureItems::add);
            compared(t, "distribution", "accounts", "结余分配").ifPresent(expenditureItems::add);
            compared(t, "closing", "accounts", "年末结转和结余").ifPresent(expenditureItems::add);
        });

        Optional<Amount> income = summary.flatMap(t -> wan(t, "income", "accounts"));
        List<Share> incomeBySource = new ArrayList<>();
        summary.ifPresent(t -> {
            share(t, "general", "accounts", "本年一般公共预算财政拨款收入").ifPresent(incomeBySource::add);
            share(t, "fund", "accounts", "本年政府性基金预算财政拨款收入").ifPresent(incomeBySource::add);
            share(t, "capital", "accounts", "本年国有资本经营预算财政拨款收入").ifPresent(incomeBySource::add);
            share(t, "superior", "accounts", "本年上级补助收入").ifPresent(incomeBySource::add);
            share(t, "business", "accounts", "本年事业收入").ifPresent(incomeBySource::add);
            share(t, "operating", "accounts", "本年经营收入").ifPresent(incomeBySource::add);
            share(t, "affiliated", "accounts", "本年附属单位上缴收入").ifPresent(incomeBySource::add);
            share(t, "other", "accounts", "本年其他收入").ifPresent(incomeBySource::add);
        });

        Optional<Amount> spent = expenditure.flatMap(t -> wan(t, "total", "total"))
                .or(() -> summary.flatMap(t -> wan(t, "expenditure", "accounts")));
        List<Share> byKind = new ArrayList<>();
        expenditure.ifPresent(t -> {
            share(t, "total", "basic", "本年基本支出").ifPresent(byKind::add);
            share(t, "total", "project", "本年项目支出").ifPresent(byKind::add);
            share(t, "total", "remitted", "本年上缴上级支出").ifPresent(byKind::add);
            share(t, "total", "operating", "本年经营支出").ifPresent(byKind::add);
            share(t, "total", "affiliated", "本年对附属单位补助支出").ifPresent(byKind::add);
        });

        Optional<Compared> fiscalTotals = fiscal.flatMap(t -> compared(t, "incomeTotal", "total", "财政拨款收入、支出决算总计"));
        Optional<Compared> generalTotal = general.flatMap(t -> compared(t, "total", "total", "一般公共预算财政拨款支出决算"));
        List<FunctionalClass> classes = general.map(t -> classes(t, tables.year())).orElse(List.of());

        Optional<Compared> threeCosts = three.flatMap(t -> compared(t, "total", "accounts", "财政拨款“三公”经费"))
                .map(c -> new Compared(c.name(), c.current(), c.budget(), Optional.empty()));
        List<Compared> threeItems = new ArrayList<>();
        List<Share> threeShares = new ArrayList<>();
        List<Compared> threeChanges = new ArrayList<>();
        three.ifPresent(t -> {
            for (String[] item : new String[][] {{"abroad", "因公出国（境）费"}, {"vehicles", "公务用车购置及运行维护费"}, {"reception", "公务接待费"}}) {
                compared(t, item[0], "accounts", item[1]).map(c -> new Compared(c.name(), c.current(), c.budget(), Optional.empty()))
                        .ifPresent(threeItems::add);
                share(t, item[0], "accounts", item[1] + "支出").ifPresent(threeShares::add);
            }
            for (String[] item : new String[][] {{"abroad", "因公出国（境）费支出"}, {"purchase", "公务用车购置支出"},
                    {"running", "公务用车运行维护费支出"}, {"reception", "公务接待费支出"}}) {
                compared(t, item[0], "accounts", item[1]).map(c -> new Compared(c.name(), c.current(), Optional.empty(), c.previous()))
                        .ifPresent(threeChanges::add);
            }
        });
        Optional<Amount> threeSpent = three.flatMap(t -> wan(t, "total", "accounts"));

        Optional<Compared> funds = tables.table(StandardTable.FUND)
                .flatMap(t -> compared(t, "total", "expenditure", "政府性基金预算财政拨款支出决算"));
        Optional<Compared> capital = tables.table(StandardTable.STATE_CAPITAL)
                .flatMap(t -> compared(t, "total", "expenditure", "国有资本经营预算财政拨款支出决算"));
        Optional<Compared> running = tables.table(StandardTable.OTHER)
                .flatMap(t -> compared(t, "running", "accounts", tables.kind().runningCostsName() + "支出决算"));

        Optional<DisclosureTable> basic = tables.table(StandardTable.GENERAL_BASIC);
        Optional<DisclosureTable> project = tables.table(StandardTable.GENERAL_PROJECT);
        Optional<Classification> economic = ShippedClassifications.forYear(ClassificationKind.ECONOMIC, tables.year());
        List<Listing> basicGroups = new ArrayList<>();
        basic.ifPresent(t -> {
            byColumn(t, "personnel", "人员经费", economic).ifPresent(basicGroups::add);
            byColumn(t, "public", "公用经费", economic).ifPresent(basicGroups::add);
        });
        List<Listing> projectClasses = project.map(t -> byClass(t, economic)).orElse(List.of());
        Optional<DisclosureTable> other = tables.table(StandardTable.OTHER);

        return new Disclosure(tables.unit(), tables.year(), totals, incomeItems, expenditureItems, income, incomeBySource, spent, byKind,
                fiscalTotals, generalTotal, classes, threeCosts, threeItems, threeSpent, threeShares, threeChanges, funds, capital, running,
                basic.flatMap(t -> wan(t, "total", "total")), basicGroups, project.flatMap(t -> wan(t, "total", "total")), projectClasses,
                other.flatMap(TablesNarrative::procurement), other.flatMap(TablesNarrative::assets));
    }

    /** 六: a column's total (人员经费, 公用经费) and the 款 with a non-zero figure in it. */
    private static Optional<Listing> byColumn(DisclosureTable t, String column, String name, Optional<Classification> economic) {
        return wan(t, "total", column).map(total -> new Listing(name, total, t.codeRows().stream()
                .filter(r -> r.key().length() == 5)
                .flatMap(r -> wan(t, r.key(), column).filter(a -> a.value().signum() != 0).map(a -> new Share(name(r, economic), a)).stream())
                .toList()));
    }

    /** 七: each economic 类 with its non-zero 款. */
    private static List<Listing> byClass(DisclosureTable t, Optional<Classification> economic) {
        List<Listing> out = new ArrayList<>();
        for (DisclosureRow c : t.codeRows()) {
            if (c.key().length() != 3) {
                continue;
            }
            wan(t, c.key(), "total").ifPresent(total -> out.add(new Listing(name(c, economic), total, t.codeRows().stream()
                    .filter(r -> r.key().length() == 5 && r.key().startsWith(c.key()))
                    .flatMap(r -> wan(t, r.key(), "total").filter(a -> a.value().signum() != 0).map(a -> new Share(name(r, economic), a)).stream())
                    .toList())));
        }
        return out;
    }

    /** 十二: present when the total and its three parts are; the shares are the generator's, not the table's % lines. */
    private static Optional<Procurement> procurement(DisclosureTable t) {
        Optional<Amount> total = wan(t, "procurement", "accounts");
        Optional<Amount> goods = wan(t, "goods", "accounts");
        Optional<Amount> works = wan(t, "works", "accounts");
        Optional<Amount> services = wan(t, "services", "accounts");
        if (total.isEmpty() || goods.isEmpty() || works.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Procurement(total.get(), goods.get(), works.get(), services.get(), wan(t, "sme", "accounts"),
                wan(t, "small", "accounts"), wan(t, "smeGoods", "accounts"), wan(t, "smeWorks", "accounts"), wan(t, "smeServices", "accounts")));
    }

    /** 十三: 车辆 (total and by kind, named as the narrative names them) and 设备 counts. */
    private static Optional<Assets> assets(DisclosureTable t) {
        Optional<Long> vehicles = count(t, "vehicles");
        Optional<Long> equipment = count(t, "equipment");
        if (vehicles.isEmpty() && equipment.isEmpty()) {
            return Optional.empty();
        }
        List<Assets.Count> kinds = new ArrayList<>();
        if (vehicles.isPresent()) {
            for (String id : VEHICLE_KINDS) {
                String label = t.layout().line(id).orElseThrow().label().replaceFirst("^其中：", "");
                count(t, id).ifPresent(n -> kinds.add(new Assets.Count(label, n)));
            }
        }
        return Optional.of(new Assets(vehicles, kinds, equipment));
    }

    private static final List<String> VEHICLE_KINDS = List.of("vehicleMinister", "vehicleHead", "vehicleConfidential", "vehicleEmergency",
            "vehicleEnforcement", "vehicleSpecial", "vehicleRetired", "vehicleOther");

    private static Optional<Long> count(DisclosureTable t, String line) {
        return t.value(line, "accounts").map(v -> v.longValueExact());
    }

    /** Each 类 of 一般公共预算财政拨款支出 with its 项 (or its 款 that have no 项). */
    private static List<FunctionalClass> classes(DisclosureTable t, int year) {
        Optional<Classification> functional = ShippedClassifications.forYear(ClassificationKind.FUNCTIONAL, year);
        List<FunctionalClass> out = new ArrayList<>();
        List<DisclosureRow> rows = t.codeRows();
        for (DisclosureRow c : rows) {
            if (c.key().length() != 3) {
                continue;
            }
            Optional<Amount> accounts = wan(t, c.key(), "total");
            if (accounts.isEmpty()) {
                continue;
            }
            List<FunctionalItem> items = new ArrayList<>();
            for (DisclosureRow section : rows) {
                if (section.key().length() != 5 || !section.key().startsWith(c.key())) {
                    continue;
                }
                List<DisclosureRow> itemRows = rows.stream().filter(r -> r.key().length() == 7 && r.key().startsWith(section.key())).toList();
                String sectionName = name(section, functional);
                if (itemRows.isEmpty()) {
                    items.add(item(t, section, sectionName + "（款）"));
                }
                for (DisclosureRow item : itemRows) {
                    items.add(item(t, item, sectionName + "（款）" + name(item, functional) + "（项）"));
                }
            }
            out.add(new FunctionalClass(name(c, functional), Optional.of(c.key()), accounts.get(), items));
        }
        return out;
    }

    private static FunctionalItem item(DisclosureTable t, DisclosureRow row, String name) {
        Amount zero = Amount.zero(MoneyUnit.WAN_YUAN);
        return new FunctionalItem(name, Optional.of(row.key()), wan(t, row.key(), "budget").orElse(zero), wan(t, row.key(), "total").orElse(zero));
    }

    /** The name as the table writes it, else the classification's. */
    private static String name(DisclosureRow row, Optional<Classification> classification) {
        if (!row.name().isEmpty()) {
            return row.name();
        }
        return classification.flatMap(f -> f.byCode(row.key())).map(ClassificationEntry::name).orElse(row.key());
    }

    private static Optional<Amount> wan(DisclosureTable t, String key, String column) {
        return t.amount(key, column).map(a -> a.in(MoneyUnit.WAN_YUAN));
    }

    private static Optional<Share> share(DisclosureTable t, String key, String column, String name) {
        return wan(t, key, column).map(a -> new Share(name, a));
    }

    /** The figure with its table's 年初预算 ("budget" column) and 上年决算 ("previous" column), where stated. */
    private static Optional<Compared> compared(DisclosureTable t, String key, String column, String name) {
        return wan(t, key, column).map(a -> new Compared(name, a, wan(t, key, "budget"), wan(t, key, "previous")));
    }
}
