package org.jixiao.cli.monitoring;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.ExecutionScore;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.ExecutionStatus;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Percentage;

/** {@code monitor}'s text for people: every figure as the core shows it. */
final class MonitorText {

    private MonitorText() {
    }

    static void print(MonitorReport r, PrintWriter out) {
        out.printf("%s：%d 年度运行监控；序时进度：%s；%s%n", r.file(), r.year(), r.monitor().timeProgress().name(),
                r.monitor().thresholds().describe());
        for (MonitorReport.SeriesReport s : r.series()) {
            out.println();
            out.println(s.series().scope() == ExecutionSeries.Scope.UNIT ? s.series().subject()
                    : "项目：" + s.series().subject());
            for (MonitorReport.PeriodLine line : s.periods()) {
                out.println("  " + period(line.status()));
            }
        }

        out.println();
        if (r.score().isPresent()) {
            ExecutionScore s = r.score().get();
            out.printf("季度预算执行率得分：%s 分（满分 %s；精确值 %s）%n", r.scoreRounded().orElseThrow(), s.weight(), s.exact());
            out.println("  " + s.explanation());
        } else if (r.scoreProblem().isPresent()) {
            out.println("季度预算执行率得分：无法计算——" + r.scoreProblem().get());
        } else {
            out.println("季度预算执行率得分：部门整体没有季度支出进度，不计算");
        }

        if (!r.indicators().isEmpty()) {
            out.println();
            out.println("指标进度：");
            for (MonitorReport.IndicatorLine line : r.indicators()) {
                IndicatorProgress p = line.progress();
                out.printf("  %s %s（%s）：%s%s——%s%n", p.code(), p.name(), p.period().label(), p.status().label(),
                        p.unclear().map(u -> "［" + u.name() + "］").orElse(""), p.explanation());
            }
        }

        out.println();
        if (r.lateItems().isEmpty()) {
            out.println("滞后事项：无");
        } else {
            out.printf("滞后事项 %d 项（%d 项未说明原因）：%n", r.lateItems().size(), r.lateWithoutCause());
            for (LateItem l : r.lateItems()) {
                String who = l.kind() == LateItem.Kind.INDICATOR ? l.item() + " " + l.name() : l.name();
                out.printf("  %s %s（%s）%s：%s%n", l.kind().label(), who, l.period().label(),
                        l.level().map(level -> " " + level.label()).orElse(""), l.detail());
                out.println("    " + l.deviation().map(MonitorText::cause).orElse("需说明原因：未填写偏差说明"));
            }
        }
        if (!r.deviations().isEmpty()) {
            out.println();
            out.printf("已填写的偏差说明 %d 条：%n", r.deviations().size());
            for (MonitorReport.DeviationLine line : r.deviations()) {
                Deviation d = line.deviation();
                out.printf("  %s %s（%s）：%s%n", line.row().kind().label(), d.item(), d.period().label(), cause(d));
            }
        }
    }

    private static String period(ExecutionStatus s) {
        StringBuilder b = new StringBuilder(s.period().label()).append("  ");
        if (s.figure() instanceof ExecutionFigure.Amounts a) {
            b.append("累计执行 ").append(a.executed()).append(" / 全年预算 ").append(a.budget()).append("  ");
        }
        if (s.progress().isEmpty()) {
            return b.append(s.explanation()).toString();
        }
        b.append("支出进度 ").append(s.progress().map(Percentage::toString).orElse("")).append("  序时进度 ").append(s.timeProgress());
        BigDecimal gap = s.pointsBehindShown().orElseThrow();
        b.append(gap.signum() < 0 ? "  超前 " + gap.negate().toPlainString() : "  落后 " + gap.toPlainString()).append(" 个百分点  ");
        b.append(s.level().map(WarningLevel::label).orElse(""));
        return b.toString();
    }

    private static String cause(Deviation d) {
        return "原因：" + d.cause().label() + (d.explanation().isEmpty() ? "" : "，" + d.explanation())
                + "；纠偏措施：" + d.correctiveAction() + "；完成可能性：" + d.likelihood().label();
    }
}
