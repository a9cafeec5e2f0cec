package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;

/**
 * What a user typed into a table: per indicator the 实际完成值, a judgement (score and
 * justification), the 偏差原因, a not-applicable reason; and the funds lines. Kept as text exactly
 * as typed, so a rejected save gives every character back.
 */
public record Entries(Map<String, Entry> rows, List<Funds> funds) {

    public Entries {
        rows = new LinkedHashMap<>(rows);
        funds = List.copyOf(funds);
    }

    public record Entry(String actual, String judgementScore, String judgementReason, String deviationReason,
                        String notApplicable) {
        public static final Entry EMPTY = new Entry("", "", "", "", "");

        public Entry {
            actual = clean(actual);
            judgementScore = clean(judgementScore);
            judgementReason = clean(judgementReason);
            deviationReason = clean(deviationReason);
            notApplicable = clean(notApplicable);
        }
    }

    /** A funds line (年度资金总额 first, then its sources), amounts in 万元 as typed. */
    public record Funds(String name, String initial, String adjusted, String executed) {
        public Funds {
            name = clean(name);
            initial = clean(initial);
            adjusted = clean(adjusted);
            executed = clean(executed);
        }
    }

    /** The funds lines of the national project template (项目支出绩效自评表): the total, then its sources. */
    public static final List<String> TEMPLATE_FUNDS = List.of("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金");

    /** The funds lines a new table of this framework starts with: the template's when it has a funds row. */
    public static List<String> fundsLinesFor(Framework framework) {
        return framework.indicators().stream().anyMatch(Indicator::isFundsRow) ? TEMPLATE_FUNDS : List.of();
    }

    public Entry row(String code) {
        return rows.getOrDefault(code, Entry.EMPTY);
    }

    /** Form field names: a.CODE, js.CODE, jr.CODE, dr.CODE, na.CODE; funds f.N.name|initial|adjusted|executed. */
    public static Entries fromForm(Framework framework, Map<String, String> form, int fundsLines) {
        Map<String, Entry> rows = new LinkedHashMap<>();
        for (Indicator i : framework.indicators()) {
            String c = i.code();
            rows.put(c, new Entry(form.get("a." + c), form.get("js." + c), form.get("jr." + c), form.get("dr." + c),
                    form.get("na." + c)));
        }
        List<Funds> funds = new ArrayList<>();
        for (int n = 0; n < fundsLines; n++) {
            funds.add(new Funds(form.get("f." + n + ".name"), form.get("f." + n + ".initial"),
                    form.get("f." + n + ".adjusted"), form.get("f." + n + ".executed")));
        }
        return new Entries(rows, funds);
    }

    /** Control characters other than line breaks are dropped; a value is at most 2,000 characters. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), 2000));
        s.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .limit(2000).forEach(b::appendCodePoint);
        return b.toString().strip();
    }
}
