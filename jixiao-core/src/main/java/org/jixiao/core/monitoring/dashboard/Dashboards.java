package org.jixiao.core.monitoring.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.ExecutionMonitor;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.ExecutionStatus;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.ProgressStatus;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;

/**
 * Builds the dashboard's view models from what units entered: pure functions, no state. The web
 * application turns them into charts; nothing here knows about charts.
 */
public final class Dashboards {

    /** The subject of the combined curve across units. */
    public static final String ALL_UNITS = "全部单位";

    /** Severities counted even when none is open, in this order; others follow by name. */
    public static final List<String> SEVERITY_ORDER = List.of("ERROR", "WARNING", "INFO");

    /** Width of the score histogram's bins, in points. */
    public static final BigDecimal BIN_WIDTH = BigDecimal.TEN;

    private Dashboards() {
    }

    // ------------------------------------------------------------------ curves

    public static CurvePoint point(ExecutionStatus status) {
        String note = status.progress().isPresent() ? "" : status.explanation();
        return new CurvePoint(status.period(), status.progress(), status.timeProgress(), status.pointsBehind(),
                status.level(), note);
    }

    public static ExecutionCurve curve(ExecutionMonitor monitor, ExecutionSeries series) {
        return new ExecutionCurve(series.subject(), series.scope(), series.year(),
                monitor.assess(series).stream().map(Dashboards::point).toList());
    }

    /**
     * The curve of several units together for a year: per period, Σ executed ÷ Σ budget over the
     * units' own (scope UNIT) series. A period where some unit has no figure, or only a stated rate,
     * cannot be combined: its point has no progress and says why.
     */
    public static Optional<ExecutionCurve> combined(ExecutionMonitor monitor, List<UnitMonitoring> units, int year) {
        List<ExecutionSeries> series = units.stream().filter(u -> u.year() == year)
                .flatMap(u -> u.execution().stream())
                .filter(s -> s.scope() == ExecutionSeries.Scope.UNIT)
                .toList();
        if (series.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<FiscalPeriod> periods = new TreeSet<>();
        series.forEach(s -> s.figures().forEach(f -> periods.add(f.period())));
        List<CurvePoint> points = new ArrayList<>();
        for (FiscalPeriod period : periods) {
            Amount budget = null;
            Amount executed = null;
            List<String> lacking = new ArrayList<>();
            for (ExecutionSeries s : series) {
                Optional<ExecutionFigure> figure = s.figures().stream().filter(f -> f.period().equals(period)).findFirst();
                if (figure.isPresent() && figure.get() instanceof ExecutionFigure.Amounts a) {
                    budget = budget == null ? a.budget() : budget.plus(a.budget());
                    executed = executed == null ? a.executed() : executed.plus(a.executed());
                } else {
                    lacking.add(s.subject());
                }
            }
            if (lacking.isEmpty()) {
                points.add(point(monitor.status(ALL_UNITS, new ExecutionFigure.Amounts(period, budget, executed))));
            } else {
                points.add(new CurvePoint(period, Optional.empty(), monitor.timeProgress().at(period), Optional.empty(),
                        Optional.empty(), period.label() + "：" + String.join("、", lacking) + "未填报预算数和执行数，无法合计"));
            }
        }
        return Optional.of(new ExecutionCurve(ALL_UNITS, ExecutionSeries.Scope.UNIT, year, points));
    }

    // ------------------------------------------------------------------ late items

    /**
     * A unit's late items: each series whose latest period carries a warning, and each indicator
     * behind its value for the period, with the deviation the unit recorded for it, if any (same item,
     * same period).
     */
    public static List<LateItem> lateItems(ExecutionMonitor monitor, UnitMonitoring unit) {
        List<LateItem> out = new ArrayList<>();
        for (ExecutionSeries series : unit.execution()) {
            Optional<ExecutionStatus> latest = monitor.latest(series);
            if (latest.isPresent() && latest.get().isWarning()) {
                ExecutionStatus s = latest.get();
                out.add(new LateItem(unit.unit(), unit.year(), LateItem.Kind.EXECUTION, series.subject(), series.subject(),
                        s.period(), s.explanation(), s.level(), deviation(unit, series.subject(), s.period())));
            }
        }
        for (IndicatorProgress indicator : unit.indicators()) {
            if (indicator.isBehind()) {
                out.add(new LateItem(unit.unit(), unit.year(), LateItem.Kind.INDICATOR, indicator.code(), indicator.name(),
                        indicator.period(), indicator.explanation(), Optional.empty(),
                        deviation(unit, indicator.code(), indicator.period())));
            }
        }
        return out;
    }

    private static Optional<Deviation> deviation(UnitMonitoring unit, String item, FiscalPeriod period) {
        return unit.deviations().stream().filter(d -> d.concerns(item, period)).findFirst();
    }

    // ------------------------------------------------------------------ scores and findings

    /** The distribution of the entries (already filtered to a year, or not), in the scale's grade order. */
    public static ScoreDistribution distribution(Optional<Integer> year, List<ScoreEntry> entries, GradeScale scale,
                                                 BigDecimal binWidth) {
        Objects.requireNonNull(year, "year");
        if (binWidth.signum() <= 0) {
            throw new IllegalArgumentException("bin width " + binWidth);
        }
        Map<Grade, Integer> grades = new LinkedHashMap<>();
        scale.bands().forEach(b -> grades.put(b.grade(), 0));
        entries.forEach(e -> grades.merge(e.grade(), 1, Integer::sum));
        List<ScoreDistribution.GradeCount> gradeCounts = grades.entrySet().stream()
                .map(g -> new ScoreDistribution.GradeCount(g.getKey(), g.getValue())).toList();
        if (entries.isEmpty()) {
            return new ScoreDistribution(year, 0, Optional.empty(), Optional.empty(), Optional.empty(), gradeCounts, List.of());
        }
        Score min = entries.stream().map(ScoreEntry::total).min(Comparator.naturalOrder()).orElseThrow();
        Score max = entries.stream().map(ScoreEntry::total).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal sum = entries.stream().map(e -> e.total().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Score mean = Score.of(Decimals.divide(sum, BigDecimal.valueOf(entries.size())));
        TreeMap<BigDecimal, Integer> bins = new TreeMap<>();
        BigDecimal first = binFloor(min.points(), binWidth);
        BigDecimal last = binFloor(max.points(), binWidth);
        for (BigDecimal from = first; from.compareTo(last) <= 0; from = from.add(binWidth)) {
            bins.put(Decimals.canonical(from), 0);
        }
        entries.forEach(e -> bins.merge(Decimals.canonical(binFloor(e.total().points(), binWidth)), 1, Integer::sum));
        List<ScoreDistribution.Bin> binList = bins.entrySet().stream()
                .map(b -> new ScoreDistribution.Bin(b.getKey(), Decimals.canonical(b.getKey().add(binWidth)), b.getValue()))
                .toList();
        return new ScoreDistribution(year, entries.size(), Optional.of(min), Optional.of(max), Optional.of(mean),
                gradeCounts, binList);
    }

    private static BigDecimal binFloor(BigDecimal value, BigDecimal width) {
        return value.divide(width, 0, RoundingMode.FLOOR).multiply(width);
    }

    /** Open findings by severity: ERROR, WARNING, INFO always (zero included), then any other severity by name. */
    public static List<Count<String>> openFindings(List<FindingEntry> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        SEVERITY_ORDER.forEach(s -> counts.put(s, 0));
        new TreeSet<>(findings.stream().map(FindingEntry::severity).toList()).forEach(s -> counts.putIfAbsent(s, 0));
        findings.stream().filter(FindingEntry::open).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Count<>(e.getKey(), e.getValue())).toList();
    }

    private static <E extends Enum<E>> List<Count<E>> byEnum(E[] keys, List<E> values) {
        List<Count<E>> out = new ArrayList<>();
        for (E key : keys) {
            out.add(new Count<>(key, (int) values.stream().filter(key::equals).count()));
        }
        return out;
    }

    // ------------------------------------------------------------------ the two views

    /** One unit's year. {@code scores} and {@code findings} may hold other units and years: only this unit's year is used. */
    public static UnitDashboard unit(ExecutionMonitor monitor, UnitMonitoring unit, List<ScoreEntry> scores,
                                     List<FindingEntry> findings) {
        Optional<ExecutionCurve> own = unit.execution().stream().filter(s -> s.scope() == ExecutionSeries.Scope.UNIT)
                .findFirst().map(s -> curve(monitor, s));
        List<ExecutionCurve> projects = unit.execution().stream().filter(s -> s.scope() == ExecutionSeries.Scope.PROJECT)
                .map(s -> curve(monitor, s)).toList();
        List<WarningLevel> projectLevels = projects.stream()
                .flatMap(c -> c.latest().flatMap(CurvePoint::level).stream()).toList();
        List<ProgressStatus> statuses = unit.indicators().stream().map(IndicatorProgress::status).toList();
        List<LateItem> late = lateItems(monitor, unit);
        Optional<ScoreEntry> score = scores.stream()
                .filter(s -> s.unit().equals(unit.unit()) && s.year() == unit.year()).findFirst();
        List<FindingEntry> unitFindings = findings.stream()
                .filter(f -> f.unit().equals(unit.unit()) && f.year() == unit.year()).toList();
        return new UnitDashboard(unit.unit(), unit.year(), own, projects, byEnum(WarningLevel.values(), projectLevels),
                byEnum(ProgressStatus.values(), statuses), late, (int) late.stream().filter(LateItem::needsCause).count(),
                openFindings(unitFindings), score);
    }

    /**
     * Across units, for one year ({@code year} present) or for every year found in the inputs. Units
     * are listed in the order given, years ascending; the score distributions use {@code scale}'s grade
     * order and 10-point bins.
     */
    public static Overview overview(ExecutionMonitor monitor, List<UnitMonitoring> units, List<ScoreEntry> scores,
                                    List<FindingEntry> findings, GradeScale scale, Optional<Integer> year) {
        TreeSet<Integer> years = new TreeSet<>();
        if (year.isPresent()) {
            years.add(year.get());
        } else {
            units.forEach(u -> years.add(u.year()));
            scores.forEach(s -> years.add(s.year()));
            findings.forEach(f -> years.add(f.year()));
        }
        List<UnitMonitoring> inScope = units.stream().filter(u -> years.contains(u.year()))
                .sorted(Comparator.comparingInt(UnitMonitoring::year)).toList();
        List<ExecutionCurve> unitCurves = new ArrayList<>();
        List<LateItem> late = new ArrayList<>();
        for (UnitMonitoring u : inScope) {
            u.execution().stream().filter(s -> s.scope() == ExecutionSeries.Scope.UNIT)
                    .forEach(s -> unitCurves.add(curve(monitor, s)));
            late.addAll(lateItems(monitor, u));
        }
        List<ExecutionCurve> combined = new ArrayList<>();
        years.forEach(y -> combined(monitor, inScope, y).ifPresent(combined::add));
        List<WarningLevel> latest = unitCurves.stream().flatMap(c -> c.latest().flatMap(CurvePoint::level).stream()).toList();
        List<ScoreEntry> scoresInScope = scores.stream().filter(s -> years.contains(s.year())).toList();
        List<ScoreDistribution> byYear = new ArrayList<>();
        for (int y : years) {
            byYear.add(distribution(Optional.of(y), scoresInScope.stream().filter(s -> s.year() == y).toList(), scale,
                    BIN_WIDTH));
        }
        ScoreDistribution overall = distribution(year, scoresInScope, scale, BIN_WIDTH);
        List<FindingEntry> findingsInScope = findings.stream().filter(f -> years.contains(f.year())).toList();
        return new Overview(List.copyOf(years), unitCurves, combined, byEnum(WarningLevel.values(), latest), byYear,
                overall, openFindings(findingsInScope), late);
    }
}
