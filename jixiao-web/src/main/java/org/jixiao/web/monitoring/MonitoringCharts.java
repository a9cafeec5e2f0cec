package org.jixiao.web.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.TimeProgress;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.monitoring.dashboard.CurvePoint;
import org.jixiao.core.monitoring.dashboard.ExecutionCurve;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options for the execution curves, as JSON for a page's {@code data-chart} attribute
 * (drawn by static/js/charts.js: no inline script under the Content-Security-Policy). The numbers
 * are the core's, as shown (two decimals); a point is coloured by its warning level.
 */
@Component
class MonitoringCharts {

    /** Point colours by {@link WarningLevel#code()}. */
    static final Map<String, String> COLOURS = Map.of("on-track", "#2e7d32", "yellow", "#f9a825", "red", "#c62828");

    private final JsonMapper json;
    private final MessageSource messages;

    MonitoringCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /**
     * Curves of one year against time progress: the periods any curve has, in order, on the x axis;
     * one line per curve (a gap where a curve has no figure for a period), time progress dashed.
     */
    String year(List<ExecutionCurve> curves, TimeProgress time, Locale locale) {
        TreeSet<FiscalPeriod> periods = new TreeSet<>();
        curves.forEach(c -> c.points().forEach(p -> periods.add(p.period())));
        List<String> labels = new ArrayList<>();
        periods.forEach(p -> labels.add(p.label()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (ExecutionCurve curve : curves) {
            Map<FiscalPeriod, CurvePoint> at = new HashMap<>();
            curve.points().forEach(p -> at.put(p.period(), p));
            List<Object> data = new ArrayList<>();
            periods.forEach(p -> data.add(point(Optional.ofNullable(at.get(p)))));
            series.add(line(curve.subject(), data, false));
        }
        List<Object> timeData = new ArrayList<>();
        periods.forEach(p -> timeData.add(time.at(p).shown()));
        series.add(line(messages.getMessage("monitoring.chart.timeProgress", null, locale) + "（" + time.name() + "）",
                timeData, true));
        return json.writeValueAsString(option(labels, series));
    }

    /**
     * One unit's years side by side: the months on the x axis, one line per year at the months its
     * periods end with, and time progress by month.
     */
    String years(List<ExecutionCurve> curves, TimeProgress time, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add(messages.getMessage("monitoring.chart.month", new Object[] {m}, locale));
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (ExecutionCurve curve : curves) {
            Map<Integer, CurvePoint> byMonth = new HashMap<>();
            // points are in period order; at a month with a month and a quarter, the later (the quarter) is shown
            curve.points().forEach(p -> byMonth.put(p.period().endMonth(), p));
            List<Object> data = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                data.add(point(Optional.ofNullable(byMonth.get(m))));
            }
            Map<String, Object> line = line(messages.getMessage("monitoring.chart.yearSeries", new Object[] {String.valueOf(curve.year())},
                    locale), data, false);
            line.put("connectNulls", true);
            series.add(line);
        }
        List<Object> timeData = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            timeData.add(time.atMonth(m).shown());
        }
        series.add(line(messages.getMessage("monitoring.chart.timeProgress", null, locale) + "（" + time.name() + "）",
                timeData, true));
        return json.writeValueAsString(option(labels, series));
    }

    /** A point: the progress shown (two decimals), coloured by level; null where there is no progress. */
    private static Object point(Optional<CurvePoint> point) {
        if (point.isEmpty() || point.get().executionProgress().isEmpty()) {
            return null;
        }
        CurvePoint p = point.get();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", p.executionProgress().get().shown());
        p.level().ifPresent(l -> {
            item.put("level", l.code());
            item.put("itemStyle", Map.of("color", COLOURS.get(l.code())));
        });
        return item;
    }

    private static Map<String, Object> line(String name, List<Object> data, boolean dashed) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("type", "line");
        line.put("data", data);
        line.put("symbolSize", dashed ? 4 : 9);
        if (dashed) {
            line.put("lineStyle", Map.of("type", "dashed", "color", "#607d8b"));
            line.put("itemStyle", Map.of("color", "#607d8b"));
        }
        return line;
    }

    private static Map<String, Object> option(List<String> labels, List<Map<String, Object>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 48, "right", 24, "top", 24, "bottom", 48));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", Map.of("type", "value", "min", 0, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("series", series);
        return option;
    }
}
