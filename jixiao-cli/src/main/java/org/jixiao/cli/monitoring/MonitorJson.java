package org.jixiao.cli.monitoring;

import java.util.List;
import java.util.Map;
import org.jixiao.cli.Json;
import org.jixiao.cli.Refused;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.ExecutionScore;
import org.jixiao.core.monitoring.ExecutionStatus;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.monitoring.WarningThresholds;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Percentage;
import org.jixiao.formats.UnreadableFileException;

/**
 * {@code monitor --format json} (docs/cli.md): amounts, percentages, points and scores as decimal
 * strings, exactly as the core gives them (percentages and points as shown, two decimals); counts,
 * rows and years as numbers.
 */
final class MonitorJson {

    private MonitorJson() {
    }

    static Map<String, Object> json(MonitorReport r) {
        Map<String, Object> o = Json.object();
        o.put("file", r.file());
        o.put("imported", true);
        o.put("year", r.year());
        o.put("timeProgress", r.monitor().timeProgress().name());
        o.put("thresholds", thresholds(r.monitor().thresholds()));
        o.put("series", r.series().stream().map(MonitorJson::series).toList());
        o.put("executionScore", r.score().map(s -> score(s, r)).orElse(null));
        o.put("executionScoreProblem", r.scoreProblem().orElse(null));
        o.put("indicators", r.indicators().stream().map(MonitorJson::indicator).toList());
        o.put("lateItems", r.lateItems().stream().map(MonitorJson::late).toList());
        o.put("lateWithoutCause", (int) r.lateWithoutCause());
        o.put("deviations", r.deviations().stream().map(MonitorJson::deviation).toList());
        o.put("problems", List.of());
        return o;
    }

    /** A refused workbook: the file's code when it cannot be read, else every bad cell. */
    static Map<String, Object> refused(String file, UnreadableFileException unreadable, List<MonitorReport.Problem> problems) {
        return Refused.json(file, unreadable, problems.stream().map(MonitorJson::problem).toList());
    }

    private static Map<String, Object> thresholds(WarningThresholds t) {
        Map<String, Object> o = Json.object();
        o.put("yellowAbove", t.yellowAbove().stripTrailingZeros().toPlainString());
        o.put("redAbove", t.redAbove().stripTrailingZeros().toPlainString());
        o.put("inclusive", t.inclusive());
        o.put("description", t.describe());
        return o;
    }

    private static Map<String, Object> series(MonitorReport.SeriesReport s) {
        Map<String, Object> o = Json.object();
        o.put("subject", s.series().subject());
        o.put("scope", s.series().scope().name());
        o.put("periods", s.periods().stream().map(MonitorJson::period).toList());
        return o;
    }

    private static Map<String, Object> period(MonitorReport.PeriodLine line) {
        ExecutionStatus s = line.status();
        Map<String, Object> o = Json.object();
        period(o, s.period());
        o.put("row", line.row());
        if (s.figure() instanceof ExecutionFigure.Amounts a) {
            o.put("moneyUnit", a.budget().unit().name());
            o.put("budget", a.budget().value());
            o.put("executed", a.executed().in(a.budget().unit()).value());
        } else {
            o.put("moneyUnit", null);
            o.put("budget", null);
            o.put("executed", null);
        }
        o.put("stated", s.figure() instanceof ExecutionFigure.Stated);
        o.put("progress", s.progress().map(Percentage::shown).orElse(null));
        o.put("timeProgress", s.timeProgress().shown());
        o.put("pointsBehind", s.pointsBehindShown().orElse(null));
        o.put("level", s.level().map(WarningLevel::code).orElse(null));
        o.put("levelLabel", s.level().map(WarningLevel::label).orElse(null));
        o.put("explanation", s.explanation());
        return o;
    }

    private static Map<String, Object> score(ExecutionScore s, MonitorReport r) {
        Map<String, Object> o = Json.object();
        o.put("year", s.year());
        o.put("terms", s.terms().stream().map(t -> {
            Map<String, Object> m = Json.object();
            period(m, t.period());
            m.put("progress", t.progress().shown());
            m.put("timeProgress", t.timeProgress().shown());
            m.put("ratio", t.ratio());
            return m;
        }).toList());
        o.put("ratioSum", s.ratioSum());
        o.put("averageRatio", s.averageRatio());
        o.put("exact", s.exact().points());
        o.put("score", s.score().points());
        o.put("rounded", r.scoreRounded().orElseThrow().points());
        o.put("weight", s.weight().points());
        o.put("explanation", s.explanation());
        return o;
    }

    private static Map<String, Object> indicator(MonitorReport.IndicatorLine line) {
        IndicatorProgress p = line.progress();
        Map<String, Object> o = Json.object();
        o.put("code", p.code());
        o.put("name", p.name());
        period(o, p.period());
        o.put("row", line.row().row());
        o.put("periodTarget", line.row().periodTarget());
        o.put("yearTarget", line.row().yearTarget());
        o.put("actual", line.row().actual());
        o.put("status", p.status().name());
        o.put("statusLabel", p.status().label());
        o.put("reason", p.unclear().map(Enum::name).orElse(null));
        o.put("explanation", p.explanation());
        return o;
    }

    private static Map<String, Object> late(LateItem l) {
        Map<String, Object> o = Json.object();
        o.put("kind", l.kind().name());
        o.put("item", l.item());
        o.put("name", l.name());
        period(o, l.period());
        o.put("level", l.level().map(WarningLevel::code).orElse(null));
        o.put("levelLabel", l.level().map(WarningLevel::label).orElse(null));
        o.put("detail", l.detail());
        o.put("needsCause", l.needsCause());
        o.put("deviation", l.deviation().map(MonitorJson::cause).orElse(null));
        return o;
    }

    private static Map<String, Object> deviation(MonitorReport.DeviationLine line) {
        Map<String, Object> o = Json.object();
        o.put("kind", line.row().kind().name());
        o.put("item", line.deviation().item());
        period(o, line.deviation().period());
        o.put("row", line.row().row());
        o.putAll(cause(line.deviation()));
        return o;
    }

    private static Map<String, Object> cause(Deviation d) {
        Map<String, Object> o = Json.object();
        o.put("cause", d.cause().name());
        o.put("causeLabel", d.cause().label());
        o.put("explanation", d.explanation());
        o.put("correctiveAction", d.correctiveAction());
        o.put("likelihood", d.likelihood().name());
        o.put("likelihoodLabel", d.likelihood().label());
        return o;
    }

    private static Map<String, Object> problem(MonitorReport.Problem p) {
        Map<String, Object> o = Json.object();
        o.put("code", p.code());
        o.put("severity", "error");
        o.put("sheet", p.sheet());
        o.put("cell", p.cell());
        o.put("row", p.row());
        o.put("message", p.message());
        o.put("expected", p.expected());
        o.put("found", p.found());
        return o;
    }

    private static void period(Map<String, Object> o, FiscalPeriod period) {
        o.put("period", period.toString());
        o.put("label", period.label());
    }
}
