package org.jixiao.web.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;

/**
 * The entry page's forms for one period: a line for the unit as a whole, one for each project and
 * indicator the unit has entered this year (filled with what it entered for the period), and a few
 * blank lines for new ones; or, after a refused save, the lines exactly as typed.
 */
record EntryPage(int year, FiscalPeriod period, List<Option> periods, String moneyUnit,
                 List<MonitoringEntry.FigureLine> figures, List<MonitoringEntry.IndicatorLine> indicators) {

    /** A period the form offers: its code (2024-Q1) and label (2024年第一季度). */
    record Option(String code, String label) {
    }

    /** Blank lines offered for new projects and indicators. */
    static final int BLANK_LINES = 3;

    static List<Option> periods(int year) {
        List<Option> out = new ArrayList<>();
        List<FiscalPeriod> all = new ArrayList<>(FiscalPeriod.quarters(year));
        all.add(FiscalPeriod.halfYear(year, 1));
        all.add(FiscalPeriod.halfYear(year, 2));
        all.addAll(FiscalPeriod.months(year));
        all.forEach(p -> out.add(new Option(p.toString(), p.label())));
        return out;
    }

    /** The forms filled from the unit's records. */
    static EntryPage of(int year, FiscalPeriod period, MonitoringWorkbook entered) {
        Set<String> projects = new LinkedHashSet<>();
        projects.add("");
        entered.figures().forEach(f -> projects.add(f.project()));
        String moneyUnit = "WAN_YUAN";
        List<MonitoringEntry.FigureLine> figures = new ArrayList<>();
        for (String project : projects) {
            Optional<FigureRow> now = entered.figures().stream()
                    .filter(f -> f.project().equals(project) && f.figure().period().equals(period)).findFirst();
            String budget = "";
            String executed = "";
            String rate = "";
            if (now.isPresent() && now.get().figure() instanceof ExecutionFigure.Amounts a) {
                budget = a.budget().value().toPlainString();
                executed = a.executed().in(a.budget().unit()).value().toPlainString();
                moneyUnit = a.budget().unit().name();
            } else if (now.isPresent() && now.get().figure() instanceof ExecutionFigure.Stated s) {
                rate = s.rate().percent().toPlainString();
            }
            figures.add(new MonitoringEntry.FigureLine(project, budget, executed, rate));
        }
        for (int i = 0; i < BLANK_LINES; i++) {
            figures.add(new MonitoringEntry.FigureLine("", "", "", ""));
        }
        // each indicator once: its latest record for the names and targets, this period's for the actual
        Map<String, IndicatorRow> byCode = new LinkedHashMap<>();
        entered.indicators().forEach(i -> byCode.put(i.code(), i));
        entered.indicators().stream().filter(i -> i.period().equals(period)).forEach(i -> byCode.put(i.code(), i));
        List<MonitoringEntry.IndicatorLine> indicators = new ArrayList<>();
        for (IndicatorRow i : byCode.values()) {
            indicators.add(new MonitoringEntry.IndicatorLine(i.code(), i.name(), i.periodTarget(), i.yearTarget(),
                    i.period().equals(period) ? i.actual() : ""));
        }
        for (int i = 0; i < BLANK_LINES; i++) {
            indicators.add(new MonitoringEntry.IndicatorLine("", "", "", "", ""));
        }
        return new EntryPage(year, period, periods(year), moneyUnit, figures, indicators);
    }

    /** The figures lines of a posted form (p.N, b.N, e.N, r.N), in order. */
    static List<MonitoringEntry.FigureLine> figureLines(Map<String, String> form) {
        List<MonitoringEntry.FigureLine> lines = new ArrayList<>();
        for (int i = 0; i < lines(form, "p."); i++) {
            lines.add(new MonitoringEntry.FigureLine(form.getOrDefault("p." + i, ""), form.getOrDefault("b." + i, ""),
                    form.getOrDefault("e." + i, ""), form.getOrDefault("r." + i, "")));
        }
        return lines;
    }

    /** The indicator lines of a posted form (c.N, n.N, t.N, y.N, a.N), in order. */
    static List<MonitoringEntry.IndicatorLine> indicatorLines(Map<String, String> form) {
        List<MonitoringEntry.IndicatorLine> lines = new ArrayList<>();
        for (int i = 0; i < lines(form, "c."); i++) {
            lines.add(new MonitoringEntry.IndicatorLine(form.getOrDefault("c." + i, ""), form.getOrDefault("n." + i, ""),
                    form.getOrDefault("t." + i, ""), form.getOrDefault("y." + i, ""), form.getOrDefault("a." + i, "")));
        }
        return lines;
    }

    /** How many lines a form has: one past the highest index of a field with this prefix (at most 1000). */
    private static int lines(Map<String, String> form, String prefix) {
        int count = 0;
        for (String key : form.keySet()) {
            if (key.startsWith(prefix) && key.substring(prefix.length()).matches("\\d{1,3}")) {
                count = Math.max(count, Integer.parseInt(key.substring(prefix.length())) + 1);
            }
        }
        return count;
    }

    EntryPage withFigures(String moneyUnit, List<MonitoringEntry.FigureLine> typed) {
        return new EntryPage(year, period, periods, moneyUnit, typed, indicators);
    }

    EntryPage withIndicators(List<MonitoringEntry.IndicatorLine> typed) {
        return new EntryPage(year, period, periods, moneyUnit, figures, typed);
    }
}
