package org.jixiao.web.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.monitoring.ExecutionMonitor;
import org.jixiao.core.monitoring.ExecutionScore;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.HalfYearPlanCheck;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.QuarterlyExecutionScoring;
import org.jixiao.core.monitoring.dashboard.Dashboards;
import org.jixiao.core.monitoring.dashboard.Overview;
import org.jixiao.core.monitoring.dashboard.UnitDashboard;
import org.jixiao.core.monitoring.dashboard.UnitMonitoring;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.PlanRow;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Units;
import org.springframework.stereotype.Component;

/**
 * The dashboards, for the pages and the API: loads the records in the user's scope and hands them
 * to the core ({@link Dashboards}, {@link QuarterlyExecutionScoring}, {@link HalfYearPlanCheck},
 * {@link IndicatorProgress}); nothing is computed here. Scores and findings of the evaluation tables
 * are not part of these views (the overview page has them): the core's views get empty lists.
 */
@Component
class MonitoringViews {

    /** How the unit's execution score is computed: Shenzhen's rule (1 point a quarter, 2 for the average, 6 in all). */
    static final QuarterlyExecutionScoring SCORING = QuarterlyExecutionScoring.SHENZHEN;

    /** One unit: one year ({@code dashboard} and the rest) or all its years ({@code acrossYears}). */
    record UnitView(long unitId, String unitName, List<Integer> years, Optional<Integer> year, ExecutionMonitor monitor,
                    Optional<UnitDashboard> dashboard, List<IndicatorProgress> indicators, List<DeviationRow> deviations,
                    Optional<ExecutionScore> score, Optional<Score> scoreRounded, Optional<String> scoreProblem,
                    Optional<PlanView> plan, Optional<Overview> acrossYears, boolean canWrite) {
    }

    /** The spending plan checked, and the time progress at mid-year to compare its share with. */
    record PlanView(HalfYearPlanCheck.Report report, Percentage timeProgressAtMidYear, List<PlanRow> lines) {
    }

    /** Across the units in the scope: one year, or all ({@code year} empty). */
    record OverviewView(List<Integer> years, Optional<Integer> year, ExecutionMonitor monitor, Overview overview,
                        Map<String, Long> unitIds) {
    }

    private final MonitoringRecords records;
    private final Units units;
    private final MonitoringProperties properties;

    MonitoringViews(MonitoringRecords records, Units units, MonitoringProperties properties) {
        this.records = records;
        this.units = units;
        this.properties = properties;
    }

    ExecutionMonitor monitor() {
        return properties.monitor();
    }

    /** The unit's dashboard, or empty when the unit is not in the user's scope (answered as not found). */
    Optional<UnitView> unit(CurrentUser user, long unitId, Optional<Integer> year) {
        Optional<Units.Unit> unit = units.find(unitId).filter(u -> user.scope().contains(u.path()));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        ExecutionMonitor monitor = monitor();
        String name = unit.get().name();
        List<MonitoringRecords.Stored> all = records.load(unitId, Optional.empty());
        List<Integer> years = all.stream().map(MonitoringRecords.Stored::year).sorted(Comparator.reverseOrder()).toList();
        boolean canWrite = MonitoringEntry.mayWrite(user, unitId);
        if (year.isEmpty()) {
            List<UnitMonitoring> monitorings = all.stream().map(s -> core(s, name)).toList();
            Overview across = Dashboards.overview(monitor, monitorings, List.of(), List.of(), GradeScale.NATIONAL, Optional.empty());
            return Optional.of(new UnitView(unitId, name, years, year, monitor, Optional.empty(), List.of(), List.of(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(across), canWrite));
        }
        int y = year.get();
        MonitoringRecords.Stored stored = all.stream().filter(s -> s.year() == y).findFirst()
                .orElse(new MonitoringRecords.Stored(unitId, name, unit.get().path(), y,
                        new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of())));
        UnitMonitoring um = core(stored, name);
        UnitDashboard dashboard = Dashboards.unit(monitor, um, List.of(), List.of());

        Optional<ExecutionScore> score = Optional.empty();
        Optional<String> scoreProblem = Optional.empty();
        Optional<ExecutionSeries> own = um.execution().stream().filter(s -> s.scope() == ExecutionSeries.Scope.UNIT).findFirst();
        if (own.isPresent() && !own.get().of(FiscalPeriod.Kind.QUARTER).isEmpty()) {
            try {
                score = Optional.of(SCORING.score(own.get().figures(), monitor.timeProgress()));
            } catch (IllegalArgumentException e) {
                scoreProblem = Optional.of(e.getMessage());
            }
        }
        return Optional.of(new UnitView(unitId, name, years, year, monitor, Optional.of(dashboard), um.indicators(),
                stored.content().deviations(), score, score.map(s -> s.rounded(RoundingPolicy.STANDARD)), scoreProblem,
                plan(stored.content().plan(), y, monitor), Optional.empty(), canWrite));
    }

    /** Across the units in the user's scope, for one year or all years. */
    OverviewView overview(CurrentUser user, Optional<Integer> year) {
        ExecutionMonitor monitor = monitor();
        List<MonitoringRecords.Stored> stored = records.load(user.scope(), year);
        Map<Long, String> labels = labels(stored);
        List<UnitMonitoring> monitorings = stored.stream().map(s -> core(s, labels.get(s.unitId()))).toList();
        Overview overview = Dashboards.overview(monitor, monitorings, List.of(), List.of(), GradeScale.NATIONAL, year);
        Map<String, Long> ids = new LinkedHashMap<>();
        labels.forEach((id, label) -> ids.put(label, id));
        return new OverviewView(records.years(user.scope()), year, monitor, overview, ids);
    }

    List<Integer> years(CurrentUser user) {
        return records.years(user.scope());
    }

    /** Each unit's name, made unique where two units in the list share one (the core knows units by name). */
    private static Map<Long, String> labels(List<MonitoringRecords.Stored> stored) {
        Map<String, Set<Long>> byName = new HashMap<>();
        stored.forEach(s -> byName.computeIfAbsent(s.unitName(), n -> new TreeSet<>()).add(s.unitId()));
        Map<Long, String> labels = new LinkedHashMap<>();
        for (MonitoringRecords.Stored s : stored) {
            labels.put(s.unitId(), byName.get(s.unitName()).size() > 1 ? s.unitName() + "（" + s.unitId() + "）" : s.unitName());
        }
        return labels;
    }

    // ------------------------------------------------------------------ records → core

    /** A unit-year's records as the core takes them; the unit's own series is named after the unit. */
    static UnitMonitoring core(MonitoringRecords.Stored stored, String unitLabel) {
        return stored.content().toUnitMonitoring(unitLabel, stored.year());
    }

    /** The plan lines as the core's amount table (支出, with its two columns), checked. */
    static Optional<PlanView> plan(List<PlanRow> lines, int year, ExecutionMonitor monitor) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        MoneyUnit unit = lines.get(0).halfYear().unit();
        Map<String, List<PlanRow>> children = new LinkedHashMap<>();
        lines.forEach(l -> children.computeIfAbsent(l.parent(), p -> new ArrayList<>()).add(l));
        AmountTable table = new AmountTable("支出", unit, List.of(HalfYearPlanCheck.HALF_YEAR, HalfYearPlanCheck.FULL_YEAR),
                rows("", children));
        return Optional.of(new PlanView(HalfYearPlanCheck.check(table), monitor.timeProgress().at(FiscalPeriod.halfYear(year, 1)),
                lines));
    }

    private static List<AmountRow> rows(String parent, Map<String, List<PlanRow>> children) {
        List<AmountRow> out = new ArrayList<>();
        for (PlanRow l : children.getOrDefault(parent, List.of())) {
            Map<String, Amount> values = new LinkedHashMap<>();
            values.put(HalfYearPlanCheck.HALF_YEAR, l.halfYear());
            values.put(HalfYearPlanCheck.FULL_YEAR, l.fullYear());
            out.add(new AmountRow(l.label(), values, rows(l.label(), children), l.row()));
        }
        return out;
    }
}
