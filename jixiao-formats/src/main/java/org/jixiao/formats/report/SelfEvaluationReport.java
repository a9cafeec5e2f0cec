package org.jixiao.formats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.RowScore.Decision;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.report.Report.Block;
import org.jixiao.formats.report.Report.Column;
import org.jixiao.formats.report.Report.Paragraph;
import org.jixiao.formats.report.Report.Row;
import org.jixiao.formats.report.Report.RowStyle;
import org.jixiao.formats.report.Report.Section;
import org.jixiao.formats.report.Report.Subheading;
import org.jixiao.formats.report.Report.Table;

/**
 * Builds a self-evaluation report from data alone: the framework, the evaluation as entered, its
 * score sheet ({@code Scorer.score}) and the findings of {@link Reviewer#checkEntry}. Nothing is
 * typed in by hand: every number in a sentence is the number in the table, formatted by the same
 * {@link Figures}, so the text cannot disagree with its table. What the data does not hold (a lost
 * point's reason) is marked {@link Report#PLACEHOLDER}, visibly.
 *
 * <p>Sections follow the published seeds: 一、基本情况; 二、绩效目标及实现情况; 三、绩效自评表;
 * 四、偏差原因分析及改进措施; 五、存在问题; 六、评价结论.
 */
public final class SelfEvaluationReport {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ReportTitle title;
    private final Evaluation evaluation;
    private final ScoreSheet sheet;
    private final Framework framework;
    private final Figures figures;
    private final List<Finding> findings;

    private SelfEvaluationReport(ReportTitle title, Evaluation evaluation, ScoreSheet sheet) {
        this.title = title;
        this.evaluation = evaluation;
        this.sheet = sheet;
        this.framework = sheet.framework();
        this.figures = new Figures(framework);
        this.findings = Reviewer.checkEntry(sheet, evaluation);
    }

    /**
     * The report of a scored evaluation.
     *
     * @param sheet {@code Scorer.score(framework, evaluation)}
     * @throws IllegalArgumentException when the sheet was not scored from this evaluation's framework,
     *                                  or the framework is not a project or department evaluation
     */
    public static Report build(ReportTitle title, Evaluation evaluation, ScoreSheet sheet) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(sheet, "sheet");
        if (!sheet.framework().id().equals(evaluation.frameworkId())) {
            throw new IllegalArgumentException("评分表属于指标体系“" + sheet.framework().id() + "”，自评数据属于“"
                    + evaluation.frameworkId() + "”，不能合成一份报告");
        }
        if (!sheet.framework().kind().isScored()) {
            throw new IllegalArgumentException("绩效目标表不计分，不能生成自评报告：" + sheet.framework().title());
        }
        return new SelfEvaluationReport(title, evaluation, sheet).report();
    }

    private boolean isProject() {
        return framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION;
    }

    private Report report() {
        String heading = title.unit() + title.year() + "年度"
                + (isProject() ? title.project() + "项目支出绩效自评报告" : "部门整体支出绩效自评报告");
        List<Section> sections = List.of(
                new Section("一、基本情况", basics()),
                new Section("二、绩效目标及实现情况", targets()),
                new Section("三、" + formName() + "（" + title.year() + "年度）", List.of(scoreTable(), tableNote())),
                new Section("四、偏差原因分析及改进措施", deviations()),
                new Section("五、存在问题", problems()),
                new Section("六、评价结论", conclusion()));
        return new Report(heading, title, sections);
    }

    private String formName() {
        return isProject() ? "项目支出绩效自评表" : "部门整体支出绩效自评表";
    }

    // 一、基本情况 ------------------------------------------------------------------------------

    private List<Block> basics() {
        List<Block> out = new ArrayList<>();
        StringBuilder who = new StringBuilder();
        if (isProject()) {
            who.append("项目名称：").append(orPlaceholder(title.project())).append("。实施单位：")
                    .append(orPlaceholder(title.unit())).append("。");
        } else {
            who.append("单位名称：").append(orPlaceholder(title.unit())).append("。评价方式：部门（单位）整体支出绩效自评。");
        }
        who.append("评价年度：").append(title.year()).append("年度。");
        out.add(new Paragraph(who.toString()));
        out.add(new Paragraph("评价依据的指标体系为“" + framework.title() + "”（" + framework.year() + "年），满分"
                + Figures.weight(framework.fullMark()) + "分" + bonusClause() + "，共" + framework.indicators().size()
                + "项指标，评价等级按得分划分为" + grades() + "。"));
        Optional<FundsBlock> funds = evaluation.funds();
        if (funds.isEmpty()) {
            out.add(new Paragraph(isProject() ? "本次自评未填报项目资金情况。" : "本次自评未填报资金情况。"));
            return out;
        }
        out.add(new Paragraph(fundsSentence(funds.get())));
        out.add(fundsTable(funds.get()));
        return out;
    }

    private String bonusClause() {
        List<String> bonus = new ArrayList<>();
        for (Node node : framework.nodes()) {
            if (node instanceof Group group && group.isBonus()) {
                bonus.add("“" + group.name() + "”另计，净值不超过±" + Figures.weight(group.bonusCap().get()) + "分");
            }
        }
        return bonus.isEmpty() ? "" : "（" + String.join("；", bonus) + "）";
    }

    private String grades() {
        List<String> bands = new ArrayList<>();
        for (var band : framework.grades().bands()) {
            bands.add("“" + band.grade().name() + "”（" + Figures.plain(band.floor()) + "分及以上）");
        }
        return String.join("、", bands);
    }

    private String fundsSentence(FundsBlock funds) {
        FundsLine total = funds.total();
        List<String> parts = new ArrayList<>();
        total.initialBudget().ifPresent(a -> parts.add("年初预算数" + Figures.wan(a) + "万元"));
        total.adjustedBudget().ifPresent(a -> parts.add("全年预算数" + Figures.wan(a) + "万元"));
        total.executed().ifPresent(a -> parts.add("全年执行数" + Figures.wan(a) + "万元"));
        String subject = isProject() ? "项目" : "单位";
        if (parts.isEmpty()) {
            return subject + "资金各栏均未填写。";
        }
        String rate = funds.executionRate().map(r -> "，预算执行率为" + Figures.percent(r) + "（全年执行数÷全年预算数）")
                .orElse("，全年预算数或全年执行数未填写（或全年预算数为0），预算执行率无法计算");
        return subject + "资金（" + total.name() + "）" + String.join("，", parts) + rate + "。";
    }

    private Table fundsTable(FundsBlock funds) {
        List<Column> columns = List.of(new Column("资金", 28, false), new Column("年初预算数（万元）", 18, true),
                new Column("全年预算数（万元）", 18, true), new Column("全年执行数（万元）", 18, true), new Column("执行率", 18, true));
        List<Row> rows = new ArrayList<>();
        rows.add(fundsRow(funds.total(), RowStyle.TOTAL));
        for (FundsLine source : funds.sources()) {
            rows.add(fundsRow(source, RowStyle.NORMAL));
        }
        return new Table(columns, rows);
    }

    private static Row fundsRow(FundsLine line, RowStyle style) {
        String rate = "";
        if (line.adjustedBudget().isPresent() && line.executed().isPresent() && !line.adjustedBudget().get().isZero()) {
            rate = Figures.percent(line.executed().get().percentOf(line.adjustedBudget().get()));
        }
        return new Row(List.of(line.name(), line.initialBudget().map(Figures::wan).orElse(""),
                line.adjustedBudget().map(Figures::wan).orElse(""), line.executed().map(Figures::wan).orElse(""), rate), style);
    }

    // 二、绩效目标及实现情况 ------------------------------------------------------------------------

    private List<Block> targets() {
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(countSentence()));
        int n = 0;
        List<Indicator> loose = new ArrayList<>();
        for (Node node : framework.nodes()) {
            if (node instanceof Indicator indicator) {
                loose.add(indicator);
            }
        }
        if (!loose.isEmpty()) {
            boolean fundsOnly = loose.stream().allMatch(Indicator::isFundsRow);
            out.add(new Subheading("（" + numeral(++n) + "）" + (fundsOnly ? "预算执行情况" : "其他指标")));
            for (Indicator indicator : loose) {
                out.add(new Paragraph(achievement(indicator, List.of())));
            }
        }
        for (Node node : framework.nodes()) {
            if (node instanceof Group group) {
                out.add(new Subheading("（" + numeral(++n) + "）" + group.name()));
                List<String> path = List.of(group.name());
                for (Node child : group.children()) {
                    achievements(child, path, out);
                }
                out.add(new Paragraph(subtotalSentence(group)));
            }
        }
        return out;
    }

    private void achievements(Node node, List<String> path, List<Block> out) {
        if (node instanceof Indicator indicator) {
            out.add(new Paragraph(achievement(indicator, path)));
            return;
        }
        Group group = (Group) node;
        List<String> inner = new ArrayList<>(path);
        inner.add(group.name());
        for (Node child : group.children()) {
            achievements(child, inner, out);
        }
    }

    private String countSentence() {
        int achieved = 0;
        int partly = 0;
        int pending = 0;
        int notApplicable = 0;
        int bonus = 0;
        for (RowScore row : sheet.rows()) {
            switch (status(row)) {
                case ACHIEVED -> achieved++;
                case PARTLY, MISSED -> partly++;
                case PENDING, NO_VALUE -> pending++;
                case NOT_APPLICABLE -> notApplicable++;
                case BONUS -> bonus++;
            }
        }
        StringBuilder s = new StringBuilder("本次自评共" + sheet.rows().size() + "项指标");
        s.append("，其中获得满分（目标实现）").append(achieved).append("项，扣分（目标未完全实现）").append(partly).append("项");
        if (pending > 0) {
            s.append("，尚待填报或人工认定").append(pending).append("项");
        }
        if (notApplicable > 0) {
            s.append("，不适用").append(notApplicable).append("项");
        }
        if (bonus > 0) {
            s.append("，加减分项").append(bonus).append("项");
        }
        return s.append("。各项指标的目标与完成情况如下。").toString();
    }

    private enum Status {
        ACHIEVED, PARTLY, MISSED, PENDING, NO_VALUE, NOT_APPLICABLE, BONUS
    }

    private Status status(RowScore row) {
        if (row.decision() == Decision.NOT_APPLICABLE) {
            return Status.NOT_APPLICABLE;
        }
        if (row.indicator().rule().isBonusOrPenalty()) {
            return row.score().isPresent() ? Status.BONUS : (entered(row) ? Status.PENDING : Status.NO_VALUE);
        }
        if (row.score().isEmpty()) {
            return entered(row) ? Status.PENDING : Status.NO_VALUE;
        }
        BigDecimal lost = figures.lost(row).orElse(BigDecimal.ZERO);
        if (lost.signum() == 0) {
            return Status.ACHIEVED;
        }
        return figures.rowScore(row).map(BigDecimal::signum).orElse(0) == 0 ? Status.MISSED : Status.PARTLY;
    }

    private boolean entered(RowScore row) {
        if (!(evaluation.actual(row.code()) instanceof Actual.Missing)) {
            return true;
        }
        return row.indicator().isFundsRow() && evaluation.funds().flatMap(FundsBlock::executionRate).isPresent();
    }

    private String achievement(Indicator indicator, List<String> path) {
        RowScore row = sheet.row(indicator.code());
        String name = label(indicator, path);
        if (indicator.isFundsRow()) {
            return name + "：" + fundsAchievement(row);
        }
        StringBuilder s = new StringBuilder(name).append("：");
        String target = target(indicator);
        s.append(target.isEmpty() ? "未设指标值" : "指标值为" + target);
        String actual = actual(indicator);
        s.append(actual.isEmpty() ? "，尚未填报实际完成值" : "，实际完成值为" + actual);
        s.append(outcome(row)).append("。");
        return s.toString();
    }

    private String fundsAchievement(RowScore row) {
        Optional<FundsBlock> funds = evaluation.funds();
        StringBuilder s = new StringBuilder();
        Optional<Percentage> rate = funds.flatMap(FundsBlock::executionRate);
        if (rate.isPresent()) {
            FundsLine total = funds.get().total();
            s.append("全年预算数").append(Figures.wan(total.adjustedBudget().get())).append("万元，全年执行数")
                    .append(Figures.wan(total.executed().get())).append("万元，预算执行率为").append(Figures.percent(rate.get()));
        } else {
            s.append("未填报全年预算数和全年执行数（或全年预算数为0），预算执行率无法计算");
        }
        return s.append(outcome(row)).append("。").toString();
    }

    /** ", 已实现，得分5分（分值5分）" and its kin: the row's status in words, with the shown numbers. */
    private String outcome(RowScore row) {
        String weight = row.indicator().weight().map(w -> "（分值" + Figures.weight(w) + "分）").orElse("");
        String score = figures.rowScore(row).map(Figures::score).orElse("");
        String judged = row.decision() == Decision.JUDGEMENT
                ? "（人工认定：" + row.judgement().map(j -> j.justification().strip()).orElse("") + "）" : "";
        return switch (status(row)) {
            case ACHIEVED -> "，目标已实现，得分" + score + "分" + weight + judged;
            case PARTLY -> "，目标未完全实现，得分" + score + "分" + weight + "，扣"
                    + Figures.score(figures.lost(row).get()) + "分" + judged;
            case MISSED -> "，目标未实现，得分" + score + "分" + weight + "，扣" + Figures.score(figures.lost(row).get()) + "分" + judged;
            case PENDING -> "，评分规则无法自动判断，尚待人工认定得分" + weight;
            case NO_VALUE -> "，暂无得分" + weight;
            case NOT_APPLICABLE -> "，本年度不适用（" + evaluation.notApplicable().getOrDefault(row.code(), "").strip()
                    + "），不计分，其余指标按比例折算";
            case BONUS -> "，计" + score + "分" + judged;
        };
    }

    private String subtotalSentence(Group group) {
        String weight = group.weight().map(w -> "（分值" + Figures.weight(w) + "分）").orElse("");
        String subtotal = sheet.subtotal(group.code()).map(figures::total).orElse("0");
        String pending = pendingIn(group) > 0 ? "，其中" + pendingIn(group) + "项尚待认定，未计入" : "";
        return "“" + group.name() + "”合计得分" + subtotal + "分" + weight + pending + "。";
    }

    private long pendingIn(Group group) {
        List<Indicator> inside = new ArrayList<>();
        collect(group, inside);
        return inside.stream().filter(i -> sheet.row(i.code()).decision() == Decision.PENDING).count();
    }

    private static void collect(Node node, List<Indicator> out) {
        if (node instanceof Indicator indicator) {
            out.add(indicator);
        } else {
            for (Node child : ((Group) node).children()) {
                collect(child, out);
            }
        }
    }

    // 三、the scored table ------------------------------------------------------------------------

    private Table scoreTable() {
        List<Column> columns = List.of(new Column("一级指标", 10, false), new Column("二级指标", 11, false),
                new Column("三级指标", 16, false), new Column("指标值", 11, false), new Column("实际完成值", 14, false),
                new Column("分值", 7, true), new Column("得分", 9, true), new Column("偏差原因分析及改进措施", 22, false));
        List<Row> rows = new ArrayList<>();
        for (Node node : framework.nodes()) {
            tableRows(node, List.of(), rows);
        }
        rows.add(new Row(List.of("总分", "", "", "", "", Figures.weight(framework.fullMark()), figures.total(sheet.total()),
                ""), RowStyle.TOTAL));
        return new Table(columns, rows);
    }

    private void tableRows(Node node, List<String> path, List<Row> rows) {
        if (node instanceof Group group) {
            List<String> inner = new ArrayList<>(path);
            inner.add(group.name());
            for (Node child : group.children()) {
                tableRows(child, inner, rows);
            }
            if (group.level() == 1) {
                String label = group.isBonus() ? "小计（加减分，净值不超过±" + Figures.weight(group.bonusCap().get()) + "分）" : "小计";
                rows.add(new Row(List.of(group.name(), label, "", "", "", group.weight().map(Figures::weight).orElse(""),
                        sheet.subtotal(group.code()).map(figures::total).orElse(""), ""), RowStyle.SUBTOTAL));
            }
            return;
        }
        Indicator indicator = (Indicator) node;
        RowScore row = sheet.row(indicator.code());
        String[] cells = new String[8];
        java.util.Arrays.fill(cells, "");
        for (int k = 0; k < path.size() && k < 2; k++) {
            cells[k] = path.get(k);
        }
        int own = Math.min(Math.max(indicator.level(), 1), 3) - 1;
        cells[own] = displayName(indicator, path);
        cells[3] = target(indicator);
        cells[4] = indicator.isFundsRow()
                ? evaluation.funds().flatMap(FundsBlock::executionRate).map(r -> "执行率" + Figures.percent(r)).orElse("")
                : actual(indicator);
        cells[5] = indicator.weight().map(Figures::weight).orElse("");
        cells[6] = switch (row.decision()) {
            case PENDING -> entered(row) ? "待认定" : "未填报";
            case NOT_APPLICABLE -> "不适用";
            default -> figures.rowScore(row).map(Figures::score).orElse("");
        };
        cells[7] = reason(row);
        rows.add(new Row(List.of(cells), RowStyle.NORMAL));
    }

    private Paragraph tableNote() {
        List<String> notes = new ArrayList<>();
        notes.add("得分按指标体系的评分办法计算，单项得分保留" + framework.rounding().indicatorScale() + "位小数，预算执行率得分保留"
                + framework.rounding().fundsScale() + "位小数，合计保留" + framework.rounding().totalScale() + "位小数");
        if (!sheet.pending().isEmpty()) {
            notes.add("标为“待认定”或“未填报”的" + sheet.pending().size() + "项指标尚无得分，总分未计入");
        }
        if (!sheet.judged().isEmpty()) {
            notes.add(sheet.judged().size() + "项指标的得分为人工认定（" + sheet.judged().stream().map(RowScore::code)
                    .collect(Collectors.joining("、")) + "），理由见第二部分");
        }
        if (sheet.rescale().compareTo(BigDecimal.ONE) != 0) {
            notes.add("因有不适用的指标，总分按适用指标的分值折算至满分" + Figures.weight(framework.fullMark()) + "分");
        }
        return new Paragraph("注：" + String.join("；", notes) + "。");
    }

    /** The 偏差原因 cell: the reason given, or the placeholder where points were lost without one. */
    private String reason(RowScore row) {
        String given = row.deviationReason().strip();
        if (!given.isEmpty()) {
            return given;
        }
        return figures.lost(row).filter(l -> l.signum() > 0).isPresent() ? Report.PLACEHOLDER : "";
    }

    // 四、偏差原因分析及改进措施 ----------------------------------------------------------------------

    private List<Block> deviations() {
        List<Block> out = new ArrayList<>();
        List<RowScore> losing = sheet.rows().stream().filter(r -> figures.lost(r).filter(l -> l.signum() > 0).isPresent()).toList();
        if (losing.isEmpty()) {
            out.add(new Paragraph(sheet.isComplete() ? "各项指标均获满分，无扣分偏差。" : "已有得分的指标均获满分；尚待认定的指标认定后如有扣分，应补充偏差原因。"));
            return out;
        }
        BigDecimal lostTotal = BigDecimal.ZERO; // the shown losses added: keeps their decimals (3.10, not 3.1)
        for (RowScore row : losing) {
            lostTotal = lostTotal.add(figures.lost(row).get());
        }
        out.add(new Paragraph("共" + losing.size() + "项指标扣分，合计扣" + Figures.score(lostTotal) + "分，逐项说明如下。"));
        int n = 0;
        for (RowScore row : losing) {
            Indicator indicator = row.indicator();
            StringBuilder s = new StringBuilder().append(++n).append(". ").append(label(indicator, List.of())).append("：");
            if (indicator.isFundsRow()) {
                s.append(evaluation.funds().flatMap(FundsBlock::executionRate).map(r -> "预算执行率为" + Figures.percent(r) + "，")
                        .orElse(""));
            } else {
                String target = target(indicator);
                String actual = actual(indicator);
                s.append(target.isEmpty() ? "" : "指标值为" + target + "，").append(actual.isEmpty() ? "" : "实际完成值为" + actual + "，");
            }
            s.append("得分").append(Figures.score(figures.rowScore(row).get())).append("分（分值")
                    .append(Figures.weight(indicator.weight().get())).append("分），扣")
                    .append(Figures.score(figures.lost(row).get())).append("分。偏差原因分析及改进措施：").append(reason(row));
            String text = s.toString();
            out.add(new Paragraph(text.endsWith("。") || text.endsWith(Report.PLACEHOLDER) ? text : text + "。"));
        }
        return out;
    }

    // 五、存在问题 ------------------------------------------------------------------------------

    private List<Block> problems() {
        List<Block> out = new ArrayList<>();
        if (findings.isEmpty()) {
            out.add(new Paragraph("经系统核对，自评数据完整，未发现需要说明的问题。"));
            return out;
        }
        long errors = findings.stream().filter(Finding::isError).count();
        out.add(new Paragraph("经系统核对，自评数据有" + findings.size() + "处需要说明或处理" + (errors > 0 ? "（其中" + errors + "处须在提交前处理）" : "")
                + "："));
        int n = 0;
        for (Finding finding : findings) {
            String where = finding.row().isEmpty() ? "" : framework.indicator(finding.row()).filter(Indicator::isFundsRow)
                    .map(Indicator::name).orElse("指标" + finding.row())
                    + (finding.location().isEmpty() ? "" : "（" + finding.location() + "）") + "：";
            String tag = finding.severity() == Severity.ERROR ? "［须处理］" : "［提示］";
            String message = message(finding);
            out.add(new Paragraph(++n + ". " + tag + where + message + (message.endsWith("。") ? "" : "。")));
        }
        return out;
    }

    /**
     * The finding's message; a lost point without a reason is said again with the numbers as this
     * report shows them (the core writes "扣0.1分", the table "1.90"), so the two never read differently.
     */
    private String message(Finding finding) {
        if (finding.check() == Check.DEVIATION_REASON_MISSING) {
            Optional<RowScore> row = sheet.rows().stream().filter(r -> r.code().equals(finding.row())).findFirst();
            if (row.isPresent() && figures.lost(row.get()).isPresent()) {
                RowScore r = row.get();
                return "“" + displayName(r.indicator(), List.of()) + "”得分" + Figures.score(figures.rowScore(r).get()) + "分（分值"
                        + Figures.weight(r.indicator().weight().get()) + "分），扣" + Figures.score(figures.lost(r).get())
                        + "分，尚未填写偏差原因分析及改进措施";
            }
        }
        return finding.message().strip();
    }

    // 六、评价结论 ------------------------------------------------------------------------------

    private List<Block> conclusion() {
        List<Block> out = new ArrayList<>();
        String subject = title.unit() + (isProject() ? title.project() + "项目" : "") + title.year() + "年度绩效";
        String total = figures.total(sheet.total());
        if (sheet.grade().isPresent()) {
            out.add(new Paragraph(subject + "自评得分" + total + "分，评价等级为“" + sheet.grade().get().name() + "”。"
                    + bonusSentence()));
        } else {
            List<String> open = new ArrayList<>();
            List<RowScore> toJudge = sheet.pending().stream().filter(this::entered).toList();
            List<RowScore> notEntered = sheet.pending().stream().filter(r -> !entered(r)).toList();
            if (!notEntered.isEmpty()) {
                open.add(notEntered.size() + "项指标未填报实际完成值（" + codes(notEntered) + "）");
            }
            if (!toJudge.isEmpty()) {
                open.add(toJudge.size() + "项指标待人工认定（" + codes(toJudge) + "）");
            }
            out.add(new Paragraph(subject + "尚有" + String.join("，", open) + "，已有得分的指标合计" + total
                    + "分，全部填报和认定后方可确定自评得分和评价等级。" + bonusSentence()));
        }
        if (sheet.rescale().compareTo(BigDecimal.ONE) != 0) {
            long count = sheet.rows().stream().filter(r -> r.decision() == Decision.NOT_APPLICABLE).count();
            out.add(new Paragraph("因" + count + "项指标本年度不适用，总分已按适用指标的分值折算至满分" + Figures.weight(framework.fullMark()) + "分。"));
        }
        return out;
    }

    private static String codes(List<RowScore> rows) {
        return rows.stream().map(RowScore::code).collect(Collectors.joining("、"));
    }

    private String bonusSentence() {
        List<String> parts = new ArrayList<>();
        for (Node node : framework.nodes()) {
            if (node instanceof Group group && group.isBonus()) {
                sheet.subtotal(group.code()).ifPresent(s -> parts.add("“" + group.name() + "”计" + figures.total(s) + "分"));
            }
        }
        return parts.isEmpty() ? "" : "其中" + String.join("，", parts) + "。";
    }

    // texts -------------------------------------------------------------------------------------

    /** "1.1.3 暑假名师视界直播课节数"; the funds row by its name alone (its code is the system's, not the table's). */
    private String label(Indicator indicator, List<String> path) {
        String name = displayName(indicator, path);
        return indicator.isFundsRow() ? name : indicator.code() + " " + name;
    }

    /** The indicator's name; a part of a nested indicator (level 4) is "三级指标（部分）". */
    private String displayName(Indicator indicator, List<String> path) {
        if (indicator.level() > 3) {
            String parent = path.size() >= 3 ? path.get(2) : parentName(indicator);
            return parent + "（" + indicator.name() + "）";
        }
        return indicator.name();
    }

    private String parentName(Indicator indicator) {
        String code = indicator.code();
        int dot = code.lastIndexOf('.');
        if (dot > 0) {
            return framework.node(code.substring(0, dot)).map(Node::name).orElse("");
        }
        return "";
    }

    /** 指标值 as written, with its unit when the text does not already end with it. */
    private static String target(Indicator indicator) {
        String text = indicator.target().text() == null ? "" : indicator.target().text().strip();
        return withUnit(text, indicator.unitOfMeasure());
    }

    private String actual(Indicator indicator) {
        return withUnit(actualText(evaluation.actual(indicator.code())), indicator.unitOfMeasure());
    }

    private static String withUnit(String text, String unit) {
        if (text.isEmpty() || unit.isBlank() || text.endsWith(unit) || !Character.isDigit(text.charAt(text.length() - 1))) {
            return text;
        }
        return text + unit.strip();
    }

    /** The 实际完成值 of each kind of entry: a reading as written, structured input as a short text. */
    static String actualText(Actual actual) {
        if (actual instanceof Actual.Reading reading) {
            return reading.text().strip();
        }
        if (actual instanceof Actual.Executed executed) {
            return "执行" + Figures.wan(executed.executed()) + "万元／预算" + Figures.wan(executed.budget()) + "万元";
        }
        if (actual instanceof Actual.Checklist checklist) {
            return "达到第" + new TreeMap<>(checklist.earned()).keySet().stream().map(String::valueOf)
                    .collect(Collectors.joining("、")) + "项";
        }
        if (actual instanceof Actual.Count count) {
            return Figures.plain(count.count()) + "次";
        }
        if (actual instanceof Actual.Variables variables) {
            return new TreeMap<>(variables.values()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + Figures.plain(e.getValue())).collect(Collectors.joining("；"));
        }
        if (actual instanceof Actual.Items items) {
            return String.join("、", items.names());
        }
        return "";
    }

    private static String orPlaceholder(String text) {
        return text.isBlank() ? Report.PLACEHOLDER : text;
    }

    static String numeral(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        if (n < 20) {
            return "十" + NUMERALS[n - 11];
        }
        int tens = n / 10;
        int ones = n % 10;
        return NUMERALS[tens - 1] + "十" + (ones == 0 ? "" : NUMERALS[ones - 1]);
    }
}
