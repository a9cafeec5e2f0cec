package org.jixiao.formats.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.formats.report.PieChart;

/**
 * The charts of a disclosure: 图1 收入决算结构 (二, income by source) and 图2 支出决算结构 (三,
 * expenditure by kind), as pie charts made from the very sentences the narrative prints — each
 * {@link Sentence.Family#SHARE} sentence's figures: its amount (万元) and its share of the whole — so
 * every number on a chart is one the text states, rounded the same way (two decimals, half-up; zero as
 * "0"): "528.68 万元", "96.11%".
 *
 * <p>Only parts above zero are drawn (the narrative lists the zero ones: "本年经营收入 0 万元，占 0%");
 * names drop the narrative's "本年". A part below zero cannot be a slice, and a section whose parts
 * are all zero has nothing to draw: either way there is no chart, and the reason says so.
 */
final class DisclosureCharts {

    /** A chart's width, in percent of the text width. */
    static final int PERCENT = 88;

    /** A chart, or the reason there is none. */
    record Outcome(Optional<PieChart> chart, String reason) {
    }

    private DisclosureCharts() {
    }

    /** The pie chart of a section's shares ("二" or "三"), from the generated sentences. */
    static Outcome of(List<Sentence> sentences, String section) {
        List<PieChart.Slice> slices = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.section().equals(section) || s.family() != Sentence.Family.SHARE) {
                continue;
            }
            BigDecimal amount = s.figures().get(0).value();
            if (amount.signum() < 0) {
                return new Outcome(Optional.empty(), "“" + s.subject() + "”为负数（" + DisclosureReport.amount(amount) + " 万元），不能画成扇形");
            }
            if (amount.signum() > 0) {
                String name = s.subject().startsWith("本年") ? s.subject().substring(2) : s.subject();
                slices.add(new PieChart.Slice(name, amount, DisclosureReport.amount(amount) + " 万元",
                        DisclosureReport.percent(s.figures().get(1).value()) + "%"));
            }
        }
        if (slices.isEmpty()) {
            return new Outcome(Optional.empty(), "各项均为 0");
        }
        return new Outcome(Optional.of(new PieChart(slices)), "");
    }
}
