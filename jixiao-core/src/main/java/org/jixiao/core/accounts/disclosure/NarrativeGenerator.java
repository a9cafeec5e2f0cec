package org.jixiao.core.accounts.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;

/**
 * Writes the narrative of a final-accounts disclosure from its figures, in the seeds' style and with
 * exactly the seeds' arithmetic:
 *
 * <ul>
 *   <li>change = current − base; rate = change ÷ base × 100, two decimals, half-up ("减少 243.46 万元，下降 30.68%");
 *       a change of zero is written "增加 0 万元，增长 0%"; a base of zero gives no rate unless the change is zero too;</li>
 *   <li>share = part ÷ whole × 100 ("占 96.11%"); completion = 决算 ÷ 年初预算 × 100 ("完成年初预算的 117.09%"),
 *       "0%" when the budget is zero;</li>
 *   <li>category change = 类决算 − Σ 项年初预算 ("与年初预算相比增加 1.60 万元");</li>
 *   <li>六, 七, 十三 list the tables' amounts and counts as they are ({@link Sentence.Family#LISTING}: a total is
 *       the table's own, not the sum of its items); 十二's shares of the procurement total and, by kind,
 *       of each kind's purchases are part ÷ whole × 100 like any share.</li>
 * </ul>
 *
 * Amounts are written with two decimals, percentages with two decimals; zero is written "0". The
 * cause of each change ("变动原因：…", "决算数与年初预算数的差异原因：…") is for a person to write: a
 * {@link Sentence.Family#CAUSE} placeholder is emitted in its place.
 */
public final class NarrativeGenerator {

    /** Half a unit in the second decimal: how precisely a table's amount in 万元 is known. */
    static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal UNBOUNDED = new BigDecimal("1E9");

    private NarrativeGenerator() {
    }

    public static List<Sentence> generate(Disclosure d) {
        List<Sentence> out = new ArrayList<>();
        d.totals().ifPresent(t -> totals("一", t, out));
        d.incomeTotalItems().forEach(c -> previous("一", c, "", out));
        d.expenditureTotalItems().forEach(c -> previous("一", c, "", out));
        d.income().ifPresent(whole -> d.incomeBySource().forEach(s -> out.add(share("二", s, whole))));
        d.expenditure().ifPresent(whole -> d.expenditureByKind().forEach(s -> out.add(share("三", s, whole))));
        d.fiscalTotals().ifPresent(t -> totals("四", t, out));
        d.generalExpenditure().ifPresent(g -> g.budget().ifPresent(budget -> {
            Figure rate = ratio(g.current(), budget, HALF_CENT, HALF_CENT, true);
            out.add(new Sentence("五", g.name(), Sentence.Family.COMPLETION,
                    "与年初预算 " + amount(budget.value()) + " 万元相比，完成年初预算的 " + percent(rate.value()) + "%",
                    List.of(Figure.exact(budget.value()), rate)));
        }));
        for (FunctionalClass c : d.functionalClasses()) {
            if (!c.items().isEmpty()) {
                BigDecimal change = c.accounts().minus(c.budget()).value();
                BigDecimal spread = HALF_CENT.multiply(BigDecimal.valueOf(c.items().size() + 1L));
                out.add(new Sentence("五", c.name() + "（类）", Sentence.Family.CATEGORY,
                        c.name() + "（类）决算数为 " + amount(c.accounts().value()) + " 万元，与年初预算相比" + (change.signum() >= 0 ? "增加 " : "减少 ")
                                + amount(change.abs()) + " 万元",
                        List.of(Figure.exact(c.accounts().value()), new Figure(change, change.subtract(spread), change.add(spread)))));
            }
            for (FunctionalItem item : c.items()) {
                Figure rate = ratio(item.accounts(), item.budget(), HALF_CENT, HALF_CENT, true);
                out.add(new Sentence("五", item.name(), Sentence.Family.COMPLETION,
                        "年初预算 " + amount(item.budget().value()) + " 万元，支出决算 " + amount(item.accounts().value())
                                + " 万元，完成年初预算的 " + percent(rate.value()) + "%",
                        List.of(Figure.exact(item.budget().value()), Figure.exact(item.accounts().value()), rate)));
                out.add(cause("五", item.name(), "决算数与年初预算数的差异原因："));
            }
        }
        // 六, 七 in the template's order (the web page shows the sections in the order generated)
        d.basicExpenditure().ifPresent(a -> out.add(listing("六", new Listing("一般公共预算财政拨款基本支出决算", a, List.of()))));
        d.basicGroups().forEach(g -> out.add(listing("六", g)));
        d.projectExpenditure().ifPresent(a -> out.add(listing("七", new Listing("一般公共预算财政拨款项目支出决算", a, List.of()))));
        d.projectClasses().forEach(g -> out.add(listing("七", g)));
        // a line without its 全年预算 (a table still being filled in) has no completion to state
        d.threeCosts().filter(t -> t.budget().isPresent()).ifPresent(t -> out.add(threeCostCompletion(t)));
        d.threeCostItems().stream().filter(t -> t.budget().isPresent()).forEach(t -> out.add(threeCostCompletion(t)));
        d.threeCostsSpent().ifPresent(whole -> d.threeCostShares().forEach(s -> out.add(share("八", s, whole))));
        d.threeCostChanges().forEach(c -> previous("八", c, "", out));
        d.governmentFunds().ifPresent(c -> previous("九", c, "", out));
        d.stateCapital().ifPresent(c -> previous("十", c, "", out));
        d.runningCosts().ifPresent(c -> previous("十一", c, "", out));
        d.procurement().ifPresent(p -> procurement(p, out));
        d.assets().ifPresent(a -> assets(a, out));
        return List.copyOf(out);
    }

    /** 六, 七: "人员经费 466.31 万元。主要包括：基本工资 142.83 万元、…"; every figure an input. */
    private static Sentence listing(String section, Listing l) {
        List<Figure> figures = new ArrayList<>(List.of(Figure.exact(l.total().value())));
        StringBuilder text = new StringBuilder(l.name()).append(" ").append(amount(l.total().value())).append(" 万元");
        if (!l.items().isEmpty()) {
            text.append("。主要包括：");
            for (int i = 0; i < l.items().size(); i++) {
                Share item = l.items().get(i);
                text.append(i == 0 ? "" : "、").append(item.name()).append(" ").append(amount(item.amount().value())).append(" 万元");
                figures.add(Figure.exact(item.amount().value()));
            }
        }
        return new Sentence(section, l.name(), Sentence.Family.LISTING, text.toString(), figures);
    }

    /**
     * 十二: the total and its parts (inputs); 中小企业 and 小微企业 contracts with their shares of the total;
     * by kind the 中小企业 share of that kind's purchases (only when its amount is known: the published
     * text states the share alone, which is never an input).
     */
    private static void procurement(Procurement p, List<Sentence> out) {
        out.add(new Sentence("十二", "政府采购支出总额", Sentence.Family.LISTING,
                "政府采购支出总额 " + amount(p.total().value()) + " 万元，其中：政府采购货物支出 " + amount(p.goods().value()) + " 万元、政府采购工程支出 "
                        + amount(p.works().value()) + " 万元、政府采购服务支出 " + amount(p.services().value()) + " 万元",
                List.of(Figure.exact(p.total().value()), Figure.exact(p.goods().value()), Figure.exact(p.works().value()),
                        Figure.exact(p.services().value()))));
        p.sme().ifPresent(a -> out.add(awarded("政府采购授予中小企业合同金额", a, p.total())));
        p.small().ifPresent(a -> out.add(awarded("授予小微企业合同金额", a, p.total())));
        p.smeGoods().ifPresent(a -> out.add(byKind("货物", a, p.goods())));
        p.smeWorks().ifPresent(a -> out.add(byKind("工程", a, p.works())));
        p.smeServices().ifPresent(a -> out.add(byKind("服务", a, p.services())));
    }

    private static Sentence awarded(String name, Amount part, Amount total) {
        Figure rate = ratio(part, total, HALF_CENT, HALF_CENT, true);
        return new Sentence("十二", name, Sentence.Family.SHARE,
                name + " " + amount(part.value()) + " 万元，占政府采购支出总额的 " + percent(rate.value()) + "%",
                List.of(Figure.exact(part.value()), rate));
    }

    private static Sentence byKind(String kind, Amount part, Amount whole) {
        Figure rate = ratio(part, whole, HALF_CENT, HALF_CENT, true);
        String name = kind + "采购授予中小企业合同金额";
        return new Sentence("十二", name, Sentence.Family.SHARE, name + "占" + kind + "支出金额的 " + percent(rate.value()) + "%", List.of(rate));
    }

    /** 十三: "共有车辆 2 辆，其中：机要通信用车 1 辆、…"; "单价 100 万元（含）以上的设备（不含车辆）0 台（套）". Counts are exact. */
    private static void assets(Assets a, List<Sentence> out) {
        a.vehicles().ifPresent(n -> {
            List<Figure> figures = new ArrayList<>(List.of(Figure.exact(BigDecimal.valueOf(n))));
            StringBuilder text = new StringBuilder("共有车辆 ").append(n).append(" 辆");
            for (int i = 0; i < a.vehicleKinds().size(); i++) {
                Assets.Count k = a.vehicleKinds().get(i);
                text.append(i == 0 ? "，其中：" : "、").append(k.name()).append(" ").append(k.count()).append(" 辆");
                figures.add(Figure.exact(BigDecimal.valueOf(k.count())));
            }
            out.add(new Sentence("十三", "车辆", Sentence.Family.LISTING, text.toString(), figures));
        });
        a.equipment().ifPresent(n -> out.add(new Sentence("十三", EQUIPMENT, Sentence.Family.LISTING,
                "单价 100 万元（含）以上的设备（不含车辆）" + n + " 台（套）",
                List.of(Figure.exact(new BigDecimal("100")), Figure.exact(BigDecimal.valueOf(n))))));
    }

    /** The subject of 十三's equipment sentence. */
    static final String EQUIPMENT = "单价100万元（含）以上的设备（不含车辆）";

    private static void totals(String section, Compared t, List<Sentence> out) {
        t.budget().ifPresent(b -> {
            out.add(change(section, t.name() + "·与年初预算相比", "与年初预算相比，收、支总计各", t.current(), b));
            out.add(cause(section, t.name() + "·与年初预算相比", "变动原因："));
        });
        previous(section, t, "收、支总计各", out);
    }

    private static void previous(String section, Compared c, String prefix, List<Sentence> out) {
        c.previous().ifPresent(p -> {
            out.add(change(section, c.name() + "·与上年决算相比", "与上年决算相比，" + prefix, c.current(), p));
            out.add(cause(section, c.name() + "·与上年决算相比", "变动原因："));
        });
    }

    private static Sentence change(String section, String subject, String opening, Amount current, Amount base) {
        BigDecimal change = current.minus(base).value();
        boolean up = change.signum() >= 0;
        Figure amountFigure = Figure.exact(change);
        StringBuilder text = new StringBuilder(opening).append(up ? "增加 " : "减少 ").append(amount(change.abs())).append(" 万元");
        List<Figure> figures = new ArrayList<>(List.of(amountFigure));
        if (base.value().signum() != 0 || change.signum() == 0) {
            // The base is current − change: both known to half a cent.
            Figure rate = ratio(change.abs(), base.value().abs(), HALF_CENT, HALF_CENT.add(HALF_CENT), change.signum() == 0);
            Figure signed = up ? rate : new Figure(rate.value().negate(), rate.high().negate(), rate.low().negate());
            text.append("，").append(up ? "增长 " : "下降 ").append(percent(rate.value())).append("%");
            figures.add(signed);
        }
        return new Sentence(section, subject, Sentence.Family.CHANGE, text.toString(), figures);
    }

    private static Sentence share(String section, Share s, Amount whole) {
        Figure rate = ratio(s.amount(), whole, HALF_CENT, HALF_CENT, true);
        return new Sentence(section, s.name(), Sentence.Family.SHARE,
                s.name() + " " + amount(s.amount().value()) + " 万元，占 " + percent(rate.value()) + "%",
                List.of(Figure.exact(s.amount().value()), rate));
    }

    private static Sentence threeCostCompletion(Compared t) {
        Amount budget = t.budget().orElseThrow();
        Figure rate = ratio(t.current(), budget, HALF_CENT, HALF_CENT, true);
        return new Sentence("八", t.name(), Sentence.Family.COMPLETION,
                t.name() + "全年预算 " + amount(budget.value()) + " 万元，支出决算 " + amount(t.current().value()) + " 万元，完成预算的 "
                        + percent(rate.value()) + "%",
                List.of(Figure.exact(budget.value()), Figure.exact(t.current().value()), rate));
    }

    private static Sentence cause(String section, String subject, String label) {
        return new Sentence(section, subject, Sentence.Family.CAUSE, label + Sentence.CAUSE_PLACEHOLDER, List.of());
    }

    private static Figure ratio(Amount part, Amount whole, BigDecimal partSpread, BigDecimal wholeSpread, boolean zeroOverZero) {
        return ratio(part.value(), whole.in(part.unit()).value(), partSpread, wholeSpread, zeroOverZero);
    }

    /**
     * part ÷ whole × 100 and its range over part ± partSpread and whole ± wholeSpread. A zero whole
     * gives 0 when the part is zero too (the seeds write "0%"), else a figure that is never a
     * difference (it cannot be bounded).
     */
    private static Figure ratio(BigDecimal part, BigDecimal whole, BigDecimal partSpread, BigDecimal wholeSpread, boolean zeroOverZero) {
        if (whole.signum() == 0) {
            return part.signum() == 0 && zeroOverZero ? Figure.exact(BigDecimal.ZERO)
                    : new Figure(BigDecimal.ZERO, UNBOUNDED.negate(), UNBOUNDED);
        }
        BigDecimal value = part.multiply(Decimals.HUNDRED).divide(whole, Decimals.EXACT);
        BigDecimal wholeLow = whole.subtract(wholeSpread);
        if (wholeLow.signum() <= 0) {
            return new Figure(value, UNBOUNDED.negate(), UNBOUNDED);
        }
        BigDecimal low = part.subtract(partSpread).max(BigDecimal.ZERO).multiply(Decimals.HUNDRED).divide(whole.add(wholeSpread), Decimals.EXACT);
        BigDecimal high = part.add(partSpread).multiply(Decimals.HUNDRED).divide(wholeLow, Decimals.EXACT);
        if (part.signum() == 0 && partSpread.signum() > 0 && zeroOverZero) {
            low = BigDecimal.ZERO;
        }
        return new Figure(value, low, high);
    }

    /** An amount as the seeds write it: two decimals ("550.07", "2.50"), zero as "0". */
    static String amount(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage: two decimals, half-up ("22.47"), zero as "0". */
    static String percent(BigDecimal value) {
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP);
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    /** For {@link DisclosureReader}: an amount in 万元. */
    static Amount wan(BigDecimal value) {
        return new Amount(value, MoneyUnit.WAN_YUAN);
    }
}
