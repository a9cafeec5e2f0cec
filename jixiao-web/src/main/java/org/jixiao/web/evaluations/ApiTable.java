package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Finding;
import org.jixiao.web.platform.ApiProblem;

/**
 * A table as the API answers it: header (with the version a save must send back), every indicator
 * row with what was entered and what it scores, group subtotals, total, grade and findings. Scores
 * are decimal strings ("9.68"): exact, never binary floating point.
 */
@Schema(description = "自评表：表头（含版本号）、逐行填报与得分、小计、总分、等级、审查发现")
public record ApiTable(long id, long unitId, String unitName, long frameworkId, String frameworkTitle, int year,
                       String project, Status status, boolean locked,
                       @Schema(description = "版本号；保存和流转时须原样带回") int version,
                       Instant updatedAt, String total, String grade, boolean complete, long errorCount,
                       long warningCount, List<Row> rows, List<Subtotal> subtotals, List<ApiEntries.Funds> funds,
                       List<ApiFinding> findings,
                       @Schema(description = "须改正的输入（仅预览时可能出现）") List<ApiProblem.Field> problems,
                       TableView.Actions actions) {

    /** One indicator row. */
    @Schema(name = "ApiRow", description = "三级指标行（或资金执行行）")
    public record Row(String code, String name, int level, String weight, String target, String unit, String actual,
                      String judgementScore, String judgementReason, String deviationReason, String notApplicable,
                      @Schema(description = "计入总分的得分；待认定或不适用时为空") String score,
                      @Schema(description = "按评分规则计算的得分") String ruleScore,
                      @Schema(description = "RULE 规则计分 / JUDGEMENT 人工认定 / NOT_APPLICABLE 不适用 / PENDING 待认定")
                      RowScore.Decision decision,
                      String lostPoints) {
    }

    /** A group (一级/二级指标) and its subtotal. */
    @Schema(name = "ApiSubtotal", description = "一级/二级指标及其小计")
    public record Subtotal(String code, String name, int level, String weight, String subtotal) {
    }

    /** A finding on the entries: stable code, severity, the indicator code it concerns, message. */
    @Schema(name = "ApiFinding", description = "审查发现：检查码、严重程度（ERROR/WARNING/INFO）、所在指标编码、说明")
    public record ApiFinding(String code, String severity, String row, String location, String message,
                             String expected, String found) {
        static ApiFinding of(Finding f) {
            return new ApiFinding(f.code(), f.severity().name(), f.row(), f.location(), f.message(), f.expected(),
                    f.found());
        }
    }

    static ApiTable of(Workflow.Opened opened, Entries entries, LiveScore score, TableView.Actions actions) {
        EvaluationStore.Header h = opened.header();
        List<Row> rows = new ArrayList<>();
        List<Subtotal> subtotals = new ArrayList<>();
        for (Node n : opened.framework().nodes()) {
            walk(n, entries, score, rows, subtotals);
        }
        List<ApiEntries.Funds> funds = entries.funds().stream()
                .map(f -> new ApiEntries.Funds(f.name(), f.initial(), f.adjusted(), f.executed())).toList();
        return new ApiTable(h.id(), h.unitId(), h.unitName(), h.frameworkId(), opened.framework().title(), h.year(),
                h.project(), h.status(), h.locked(), h.version(), h.updatedAt(), score.sheet().total().toString(),
                score.sheet().grade().map(g -> g.name()).orElse(""), score.sheet().isComplete(), score.errorCount(),
                score.warningCount(), rows, subtotals, funds, score.findings().stream().map(ApiFinding::of).toList(),
                score.problems().stream().map(ApiOutcomes::field).toList(), actions);
    }

    private static void walk(Node node, Entries entries, LiveScore score, List<Row> rows, List<Subtotal> subtotals) {
        if (node instanceof Group g) {
            subtotals.add(new Subtotal(g.code(), g.name(), g.level(), text(g.weight().orElse(null)),
                    score.sheet().subtotal(g.code()).map(Score::toString).orElse("")));
            for (Node child : g.children()) {
                walk(child, entries, score, rows, subtotals);
            }
            return;
        }
        Indicator i = (Indicator) node;
        RowScore r = score.sheet().row(i.code());
        Entries.Entry e = entries.row(i.code());
        rows.add(new Row(i.code(), i.name(), i.level(), text(i.weight().orElse(null)), i.target().text(),
                i.unitOfMeasure(), e.actual(), e.judgementScore(), e.judgementReason(), e.deviationReason(),
                e.notApplicable(), text(r.score().orElse(null)), text(r.ruleScore().orElse(null)), r.decision(),
                r.lostPoints().toString()));
    }

    private static String text(Score s) {
        return s == null ? "" : s.toString();
    }
}
