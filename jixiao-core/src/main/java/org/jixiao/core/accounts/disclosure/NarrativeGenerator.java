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
 *   <li>category change = 类决算 − Σ 项年初预算 ("与年初预算相比增加 1.60 万元").</li>
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
        d.threeCosts().ifPresent(t -> out.add(threeCostCompletion(t)));
        d.threeCostItems().forEach(t -> out.add(threeCostCompletion(t)));
        d.threeCostsSpent().ifPresent(whole -> d.threeCostShares().forEach(s -> out.add(share("八", s, whole))));
        d.threeCostChanges().forEach(c -> previous("八", c, "", out));
        d.governmentFunds().ifPresent(c -> previous("九", c, "", out));
        d.stateCapital().ifPresent(c -> previous("十", c, "", out));
        d.runningCosts().ifPresent(c -> previous("十一", c, "", out));
        return List.copyOf(out);
    }

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
