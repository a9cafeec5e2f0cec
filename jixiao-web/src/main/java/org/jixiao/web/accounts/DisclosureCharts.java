package org.jixiao.web.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.accounts.disclosure.Disclosure;
import org.jixiao.core.accounts.disclosure.Share;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.core.number.MoneyUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The disclosure's two charts as ECharts options, like the seed's 图 1 收入决算图 and 图 2 支出决算图:
 * 本年收入 by source (from the 收入支出决算总表) and 本年支出 by kind (基本支出, 项目支出 … from the
 * 支出决算表), each a ring of the parts in 万元. The figures are the ones the narrative's shares are
 * written from ({@link TablesNarrative#disclosure}), shown with two decimals; a part of zero is left
 * out of the ring, and a part below zero leaves no ring at all (as in the Word and PDF report). The options are drawn by static/js/charts.js from a data attribute (no inline
 * script) and served as JSON for anything else that draws them.
 */
@Component
class DisclosureCharts {

    private final MessageSource messages;

    DisclosureCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** {"income": option or null, "expenditure": option or null}: null when the tables give no figure. */
    Map<String, Object> charts(DisclosureTables tables, Locale locale) {
        Disclosure d = TablesNarrative.disclosure(tables);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("income", ring(d.incomeBySource(), locale));
        out.put("expenditure", ring(d.expenditureByKind(), locale));
        return out;
    }

    private Map<String, Object> ring(List<Share> shares, Locale locale) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (Share s : shares) {
            if (s.amount().value().signum() < 0) {
                // a part below zero cannot be a slice: no ring rather than a wrong one (as the report's charts)
                return null;
            }
            if (!s.amount().isZero()) {
                data.add(Map.of("name", name(s.name()), "value", s.amount().in(MoneyUnit.WAN_YUAN).shown()));
            }
        }
        if (data.isEmpty()) {
            return null;
        }
        // ECharts' own placeholders: {b} the part, {c} its value, {d} its share in %
        String unit = messages.getMessage("accounts.chart.unit", null, locale);
        return Map.of(
                "tooltip", Map.of("trigger", "item", "formatter", "{b}：{c} " + unit + "（{d}%）"),
                "legend", Map.of("bottom", 0, "type", "scroll"),
                "series", List.of(Map.of(
                        "type", "pie",
                        "radius", List.of("35%", "62%"),
                        "center", List.of("50%", "45%"),
                        "label", Map.of("formatter", "{b}\n{d}%"),
                        "data", data)));
    }

    /** "本年一般公共预算财政拨款收入" as the chart names it: "一般公共预算财政拨款收入". */
    static String name(String share) {
        return share.startsWith("本年") ? share.substring(2) : share;
    }
}
