package org.jixiao.web.evaluations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.monitoring.dashboard.Dashboards;
import org.jixiao.core.monitoring.dashboard.ScoreDistribution;
import org.jixiao.core.monitoring.dashboard.ScoreEntry;
import org.jixiao.core.number.Score;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisor's overview of a year: tables by status, the spread of totals and grades (the
 * core's {@link Dashboards#distribution}), and the units with the most open errors. Charts are
 * ECharts options built here and drawn by static/js/charts.js (no inline script).
 */
@Controller
class OverviewController {

    private final EvaluationStore store;
    private final JsonMapper json;
    private final MessageSource messages;

    OverviewController(EvaluationStore store, JsonMapper json, MessageSource messages) {
        this.store = store;
        this.json = json;
        this.messages = messages;
    }

    /** One year across the scope: its tables, the distribution of the complete ones, its open errors. */
    record YearLine(int year, int tables, ScoreDistribution distribution, int errors) {
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Errors and warnings of one unit's tables in the year. */
    record UnitFindings(long unitId, String unit, int tables, int errors, int warnings) {
    }

    @GetMapping("/overview")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
                    Locale locale, Model model) {
        List<EvaluationStore.Summary> all = store.list(user.scope(), new EvaluationStore.Filter(null, null, null, null, ""));
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(s -> years.add(s.year()));
        // "all": every year together, with a line a year; otherwise one year (the latest by default)
        boolean allYears = "all".equals(year);
        int shown = allYears ? 0 : parseYear(year).orElse(years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.first());
        List<EvaluationStore.Summary> tables = allYears ? all : all.stream().filter(s -> s.year() == shown).toList();

        Map<Status, Integer> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s, (int) tables.stream().filter(t -> t.status() == s).count());
        }
        // only complete tables have a grade; the distribution is of those
        List<ScoreEntry> scores = tables.stream().filter(t -> t.complete() && t.total() != null && t.grade() != null)
                .map(t -> new ScoreEntry(t.unitName(), t.year(), Score.of(t.total()), new Grade(t.grade()))).toList();
        ScoreDistribution distribution = Dashboards.distribution(allYears ? Optional.empty() : Optional.of(shown), scores,
                GradeScale.NATIONAL, Dashboards.BIN_WIDTH);
        List<YearLine> byYear = new ArrayList<>();
        for (int y : years) {
            List<EvaluationStore.Summary> ofYear = all.stream().filter(t -> t.year() == y).toList();
            List<ScoreEntry> scored = scores.stream().filter(e -> e.year() == y).toList();
            byYear.add(new YearLine(y, ofYear.size(), Dashboards.distribution(Optional.of(y), scored, GradeScale.NATIONAL,
                    Dashboards.BIN_WIDTH), ofYear.stream().mapToInt(EvaluationStore.Summary::errorCount).sum()));
        }
        Map<Long, UnitFindings> units = new LinkedHashMap<>();
        for (EvaluationStore.Summary t : tables) {
            units.merge(t.unitId(), new UnitFindings(t.unitId(), t.unitName(), 1, t.errorCount(), t.warningCount()),
                    (a, b) -> new UnitFindings(a.unitId(), a.unit(), a.tables() + 1, a.errors() + b.errors(),
                            a.warnings() + b.warnings()));
        }
        List<UnitFindings> worst = units.values().stream()
                .sorted(Comparator.comparingInt(UnitFindings::errors).reversed().thenComparing(UnitFindings::unit)).toList();

        model.addAttribute("years", years);
        model.addAttribute("year", allYears ? null : shown);
        model.addAttribute("allYears", allYears);
        model.addAttribute("byYear", byYear);
        model.addAttribute("count", tables.size());
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("distribution", distribution);
        model.addAttribute("units", worst);
        model.addAttribute("statusChart", json.writeValueAsString(statusChart(byStatus, locale)));
        model.addAttribute("gradeChart", json.writeValueAsString(gradeChart(distribution)));
        return "evaluations/overview";
    }

    private Map<String, Object> statusChart(Map<Status, Integer> byStatus, Locale locale) {
        List<String> names = new ArrayList<>();
        byStatus.keySet().forEach(s -> names.add(messages.getMessage(s.messageKey(), null, locale)));
        return Map.of(
                "tooltip", Map.of(),
                "xAxis", Map.of("type", "category", "data", names),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "data", new ArrayList<>(byStatus.values()))));
    }

    private static Map<String, Object> gradeChart(ScoreDistribution d) {
        List<Map<String, Object>> data = new ArrayList<>();
        d.grades().forEach(g -> data.add(Map.of("name", g.grade().name(), "value", g.count())));
        List<String> bins = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (ScoreDistribution.Bin b : d.bins()) {
            bins.add(plain(b.from()) + "–" + plain(b.to()));
            counts.add(b.count());
        }
        return Map.of(
                "tooltip", Map.of(),
                "xAxis", Map.of("type", "category", "data", bins),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        Map.of("type", "bar", "data", counts),
                        Map.of("type", "pie", "radius", "28%", "center", List.of("80%", "30%"), "data", data)));
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
