package org.jixiao.web.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Percentage;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.PlanRow;
import org.jixiao.web.organisation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monitoring tables (V4__monitoring.sql). Reads are by unit or by scope (the unit path prefix,
 * in the query itself); writes replace a record with the same key (the same project and period, …)
 * and log what changed. The records are the workbook's rows (row numbers 0): what a unit enters on
 * the page, imports and downloads again is one shape.
 */
@Repository
class MonitoringRecords {

    /** One unit's records for one year, with the unit's id, name and path. */
    record Stored(long unitId, String unitName, String unitPath, int year, MonitoringWorkbook content) {
    }

    /** A line of the monitoring log. */
    record LogEntry(String record, String item, String oldValue, String newValue, String changedBy, OffsetDateTime changedAt) {
    }

    private final JdbcClient jdbc;

    MonitoringRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ reading

    /** Every unit-year in the scope with any record, ordered by unit (tree order) and year; one year or all. */
    List<Stored> load(Scope scope, Optional<Integer> year) {
        return load("u.path like :scope", scope.likePattern(), year);
    }

    /** One unit's years with any record (one year or all), oldest first. */
    List<Stored> load(long unitId, Optional<Integer> year) {
        return load("u.id = :scope", unitId, year);
    }

    /** The years with any record in the scope, newest first. */
    List<Integer> years(Scope scope) {
        return jdbc.sql("""
                select distinct year from (
                    select unit_id, year from monitoring_execution union all select unit_id, year from monitoring_indicator
                    union all select unit_id, year from monitoring_deviation union all select unit_id, year from monitoring_plan) r
                join org_unit u on u.id = r.unit_id where u.path like :scope order by year desc""")
                .param("scope", scope.likePattern()).query(Integer.class).list();
    }

    private List<Stored> load(String unitCondition, Object unitParam, Optional<Integer> year) {
        String yearCondition = year.isPresent() ? " and r.year = :year" : "";
        Map<String, Builder> units = new LinkedHashMap<>();
        // every unit-year first (in tree order), so that the maps below keep that order
        jdbc.sql("""
                select distinct u.id, u.name, u.path, r.year from (
                    select unit_id, year from monitoring_execution union all select unit_id, year from monitoring_indicator
                    union all select unit_id, year from monitoring_deviation union all select unit_id, year from monitoring_plan) r
                join org_unit u on u.id = r.unit_id where\s""" + unitCondition + yearCondition + " order by u.path, r.year")
                .param("scope", unitParam).params(yearParam(year))
                .query((rs, n) -> new Builder(rs.getLong("id"), rs.getString("name"), rs.getString("path"), rs.getInt("year")))
                .list().forEach(b -> units.put(b.key(), b));
        String where = " join org_unit u on u.id = r.unit_id where " + unitCondition + yearCondition;
        jdbc.sql("select r.* from monitoring_execution r" + where + " order by r.project, r.period_kind, r.period_no")
                .param("scope", unitParam).params(yearParam(year))
                .query(rs -> {
                    units.get(key(rs)).figures.add(new FigureRow(0, rs.getString("project"), figure(rs)));
                });
        jdbc.sql("select r.* from monitoring_indicator r" + where + " order by r.id")
                .param("scope", unitParam).params(yearParam(year))
                .query(rs -> {
                    units.get(key(rs)).indicators.add(new IndicatorRow(0, rs.getString("code"), rs.getString("name"),
                            period(rs), rs.getString("period_target"), rs.getString("year_target"), rs.getString("actual")));
                });
        jdbc.sql("select r.* from monitoring_deviation r" + where + " order by r.id")
                .param("scope", unitParam).params(yearParam(year))
                .query(rs -> {
                    units.get(key(rs)).deviations.add(new DeviationRow(0, LateItem.Kind.valueOf(rs.getString("kind")),
                            rs.getString("item"), period(rs), CauseCategory.valueOf(rs.getString("cause")),
                            rs.getString("explanation"), rs.getString("corrective_action"),
                            Likelihood.valueOf(rs.getString("likelihood"))));
                });
        jdbc.sql("select r.* from monitoring_plan r" + where + " order by r.position")
                .param("scope", unitParam).params(yearParam(year))
                .query(rs -> {
                    MoneyUnit unit = MoneyUnit.valueOf(rs.getString("money_unit"));
                    units.get(key(rs)).plan.add(new PlanRow(0, rs.getString("label"), rs.getString("parent"),
                            new Amount(rs.getBigDecimal("half_year"), unit), new Amount(rs.getBigDecimal("full_year"), unit)));
                });
        return units.values().stream().map(Builder::build).toList();
    }

    private static Map<String, Object> yearParam(Optional<Integer> year) {
        return year.<Map<String, Object>>map(y -> Map.of("year", y)).orElse(Map.of());
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getLong("unit_id") + "/" + rs.getInt("year");
    }

    private static final class Builder {
        final long unitId;
        final String name;
        final String path;
        final int year;
        final List<FigureRow> figures = new ArrayList<>();
        final List<IndicatorRow> indicators = new ArrayList<>();
        final List<DeviationRow> deviations = new ArrayList<>();
        final List<PlanRow> plan = new ArrayList<>();

        Builder(long unitId, String name, String path, int year) {
            this.unitId = unitId;
            this.name = name;
            this.path = path;
            this.year = year;
        }

        String key() {
            return unitId + "/" + year;
        }

        Stored build() {
            return new Stored(unitId, name, path, year, new MonitoringWorkbook(figures, indicators, deviations, plan));
        }
    }

    private static FiscalPeriod period(ResultSet rs) throws SQLException {
        return new FiscalPeriod(rs.getInt("year"), FiscalPeriod.Kind.valueOf(rs.getString("period_kind")), rs.getInt("period_no"));
    }

    private static ExecutionFigure figure(ResultSet rs) throws SQLException {
        FiscalPeriod period = period(rs);
        BigDecimal rate = rs.getBigDecimal("stated_rate");
        if (rate != null) {
            return new ExecutionFigure.Stated(period, new Percentage(rate));
        }
        MoneyUnit unit = MoneyUnit.valueOf(rs.getString("money_unit"));
        return new ExecutionFigure.Amounts(period, new Amount(rs.getBigDecimal("budget"), unit),
                new Amount(rs.getBigDecimal("executed"), unit));
    }

    // ------------------------------------------------------------------ writing

    /** Stores each figure, replacing one for the same project and period; logs what changed. */
    void saveFigures(long unitId, int year, List<FigureRow> figures, String by) {
        for (FigureRow f : figures) {
            FiscalPeriod p = f.figure().period();
            Optional<String> old = jdbc.sql("""
                    select * from monitoring_execution where unit_id = :unit and year = :year and project = :project
                    and period_kind = :kind and period_no = :no""")
                    .param("unit", unitId).param("year", year).param("project", f.project())
                    .param("kind", p.kind().name()).param("no", p.number())
                    .query((rs, n) -> Texts.figure(figure(rs))).optional();
            BigDecimal budget = null;
            BigDecimal executed = null;
            BigDecimal rate = null;
            String unit = null;
            if (f.figure() instanceof ExecutionFigure.Amounts a) {
                unit = a.budget().unit().name();
                budget = a.budget().value();
                executed = a.executed().in(a.budget().unit()).value();
            } else if (f.figure() instanceof ExecutionFigure.Stated s) {
                rate = s.rate().percent();
            }
            jdbc.sql("""
                    insert into monitoring_execution (unit_id, year, project, period_kind, period_no, money_unit, budget,
                        executed, stated_rate, recorded_by)
                    values (:unit, :year, :project, :kind, :no, :money, :budget, :executed, :rate, :by)
                    on conflict (unit_id, year, project, period_kind, period_no) do update set money_unit = excluded.money_unit,
                        budget = excluded.budget, executed = excluded.executed, stated_rate = excluded.stated_rate,
                        recorded_by = excluded.recorded_by, recorded_at = now()""")
                    .param("unit", unitId).param("year", year).param("project", f.project())
                    .param("kind", p.kind().name()).param("no", p.number()).param("money", unit)
                    .param("budget", budget).param("executed", executed).param("rate", rate).param("by", by).update();
            log(unitId, year, "EXECUTION", Texts.subject(f.project()) + " " + p.label(), old.orElse(null),
                    Texts.figure(f.figure()), by);
        }
    }

    void saveIndicators(long unitId, int year, List<IndicatorRow> indicators, String by) {
        for (IndicatorRow i : indicators) {
            FiscalPeriod p = i.period();
            Optional<String> old = jdbc.sql("""
                    select * from monitoring_indicator where unit_id = :unit and year = :year and code = :code
                    and period_kind = :kind and period_no = :no""")
                    .param("unit", unitId).param("year", year).param("code", i.code())
                    .param("kind", p.kind().name()).param("no", p.number())
                    .query((rs, n) -> Texts.indicator(rs.getString("name"), rs.getString("period_target"),
                            rs.getString("year_target"), rs.getString("actual"))).optional();
            jdbc.sql("""
                    insert into monitoring_indicator (unit_id, year, code, name, period_kind, period_no, period_target,
                        year_target, actual, recorded_by)
                    values (:unit, :year, :code, :name, :kind, :no, :target, :yearTarget, :actual, :by)
                    on conflict (unit_id, year, code, period_kind, period_no) do update set name = excluded.name,
                        period_target = excluded.period_target, year_target = excluded.year_target, actual = excluded.actual,
                        recorded_by = excluded.recorded_by, recorded_at = now()""")
                    .param("unit", unitId).param("year", year).param("code", i.code()).param("name", i.name())
                    .param("kind", p.kind().name()).param("no", p.number()).param("target", i.periodTarget())
                    .param("yearTarget", i.yearTarget()).param("actual", i.actual()).param("by", by).update();
            log(unitId, year, "INDICATOR", i.code() + " " + p.label(), old.orElse(null),
                    Texts.indicator(i.name(), i.periodTarget(), i.yearTarget(), i.actual()), by);
        }
    }

    void saveDeviations(long unitId, int year, List<DeviationRow> deviations, String by) {
        for (DeviationRow d : deviations) {
            FiscalPeriod p = d.period();
            Optional<String> old = jdbc.sql("""
                    select * from monitoring_deviation where unit_id = :unit and year = :year and kind = :kind
                    and item = :item and period_kind = :pkind and period_no = :no""")
                    .param("unit", unitId).param("year", year).param("kind", d.kind().name()).param("item", d.item())
                    .param("pkind", p.kind().name()).param("no", p.number())
                    .query((rs, n) -> Texts.deviation(CauseCategory.valueOf(rs.getString("cause")), rs.getString("explanation"),
                            rs.getString("corrective_action"), Likelihood.valueOf(rs.getString("likelihood")))).optional();
            jdbc.sql("""
                    insert into monitoring_deviation (unit_id, year, kind, item, period_kind, period_no, cause, explanation,
                        corrective_action, likelihood, recorded_by)
                    values (:unit, :year, :kind, :item, :pkind, :no, :cause, :explanation, :action, :likelihood, :by)
                    on conflict (unit_id, year, kind, item, period_kind, period_no) do update set cause = excluded.cause,
                        explanation = excluded.explanation, corrective_action = excluded.corrective_action,
                        likelihood = excluded.likelihood, recorded_by = excluded.recorded_by, recorded_at = now()""")
                    .param("unit", unitId).param("year", year).param("kind", d.kind().name()).param("item", d.item())
                    .param("pkind", p.kind().name()).param("no", p.number()).param("cause", d.cause().name())
                    .param("explanation", d.explanation()).param("action", d.correctiveAction())
                    .param("likelihood", d.likelihood().name()).param("by", by).update();
            log(unitId, year, "DEVIATION", d.kind().label() + " " + Texts.subject(d.item()) + " " + p.label(), old.orElse(null),
                    Texts.deviation(d.cause(), d.explanation(), d.correctiveAction(), d.likelihood()), by);
        }
    }

    /** Replaces the unit's whole plan for the year (a plan is one table: lines left out are gone). */
    void replacePlan(long unitId, int year, List<PlanRow> plan, String by) {
        List<String> old = jdbc.sql("select label, half_year, full_year, money_unit from monitoring_plan where unit_id = :unit"
                        + " and year = :year order by position")
                .param("unit", unitId).param("year", year)
                .query((rs, n) -> Texts.plan(rs.getString("label"), new Amount(rs.getBigDecimal("half_year"),
                        MoneyUnit.valueOf(rs.getString("money_unit"))), new Amount(rs.getBigDecimal("full_year"),
                        MoneyUnit.valueOf(rs.getString("money_unit"))))).list();
        jdbc.sql("delete from monitoring_plan where unit_id = :unit and year = :year")
                .param("unit", unitId).param("year", year).update();
        int position = 0;
        List<String> now = new ArrayList<>();
        for (PlanRow r : plan) {
            MoneyUnit unit = r.halfYear().unit();
            jdbc.sql("""
                    insert into monitoring_plan (unit_id, year, position, label, parent, money_unit, half_year, full_year, recorded_by)
                    values (:unit, :year, :position, :label, :parent, :money, :half, :full, :by)""")
                    .param("unit", unitId).param("year", year).param("position", ++position).param("label", r.label())
                    .param("parent", r.parent()).param("money", unit.name()).param("half", r.halfYear().value())
                    .param("full", r.fullYear().in(unit).value()).param("by", by).update();
            now.add(Texts.plan(r.label(), r.halfYear(), r.fullYear()));
        }
        log(unitId, year, "PLAN", "支出计划", old.isEmpty() ? null : String.join("；", old), String.join("；", now), by);
    }

    private void log(long unitId, int year, String record, String item, String oldValue, String newValue, String by) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        jdbc.sql("""
                insert into monitoring_log (unit_id, year, record, item, old_value, new_value, changed_by)
                values (:unit, :year, :record, :item, :old, :new, :by)""")
                .param("unit", unitId).param("year", year).param("record", record).param("item", item)
                .param("old", oldValue).param("new", newValue).param("by", by).update();
    }

    List<LogEntry> log(long unitId, int year) {
        return jdbc.sql("select * from monitoring_log where unit_id = :unit and year = :year order by id desc")
                .param("unit", unitId).param("year", year)
                .query((rs, n) -> new LogEntry(rs.getString("record"), rs.getString("item"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }
}
