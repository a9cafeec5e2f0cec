package org.jixiao.web.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.monitoring.ExecutionScore;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.monitoring.dashboard.Count;
import org.jixiao.core.monitoring.dashboard.CurvePoint;
import org.jixiao.core.monitoring.dashboard.ExecutionCurve;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.monitoring.dashboard.Overview;
import org.jixiao.core.monitoring.dashboard.UnitDashboard;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monitoring dashboards and entry as JSON under /api/monitoring, by the same rules as the pages
 * (the same {@link MonitoringViews} and {@link MonitoringEntry}). Percentages and points are decimal
 * strings as shown (two decimals); ratios and exact scores are the core's exact values.
 */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "运行监控", description = "预算执行与绩效目标“双监控”：看板、填报、导入")
class MonitoringApi {

    private final MonitoringViews views;
    private final MonitoringEntry entry;

    MonitoringApi(MonitoringViews views, MonitoringEntry entry) {
        this.views = views;
        this.entry = entry;
    }

    // ------------------------------------------------------------------ JSON shapes

    record ApiPoint(String period, String label, String progress, String timeProgress, String pointsBehind, String level,
                    String levelLabel, String note) {
    }

    record ApiCurve(String subject, String scope, int year, List<ApiPoint> points) {
    }

    record ApiDeviation(String kind, String item, String period, String periodLabel, String cause, String causeLabel,
                        String explanation, String correctiveAction, String likelihood, String likelihoodLabel) {
    }

    record ApiLateItem(String unit, int year, String kind, String item, String name, String period, String periodLabel,
                       String detail, String level, boolean needsCause, ApiDeviation deviation) {
    }

    record ApiIndicator(String code, String name, String period, String periodTarget, String actual, String status,
                        String statusLabel, String reason, String explanation) {
    }

    record ApiTerm(String period, String progress, String timeProgress, String ratio) {
    }

    record ApiScore(List<ApiTerm> terms, String ratioSum, String averageRatio, String exact, String score, String rounded,
                    String weight, String explanation) {
    }

    record ApiPlan(String halfYearTotal, String fullYearTotal, String plannedShare, String timeProgressAtMidYear,
                   boolean consistent, List<String> problems) {
    }

    record ApiCount(String key, int count) {
    }

    record ApiUnit(long unitId, String unit, Integer year, List<Integer> years, String thresholds, String timeProgress,
                   ApiCurve curve, List<ApiCurve> projects, List<ApiCurve> yearCurves, List<ApiCount> projectLevels,
                   List<ApiCount> indicatorStatuses, List<ApiLateItem> lateItems, int lateWithoutCause,
                   List<ApiIndicator> indicators, List<ApiDeviation> deviations, ApiScore executionScore,
                   String executionScoreProblem, ApiPlan plan, boolean canWrite) {
    }

    record ApiUnitCurve(Long unitId, ApiCurve curve) {
    }

    record ApiOverview(List<Integer> years, Integer year, String thresholds, String timeProgress,
                       List<ApiUnitCurve> unitCurves, List<ApiCurve> combinedCurves, List<ApiCount> unitLevels,
                       List<ApiLateItem> lateItems, int lateWithoutCause) {
    }

    record FigureInput(String project, String budget, String executed, String rate) {
    }

    record FiguresRequest(String year, String period, String moneyUnit, List<FigureInput> figures) {
    }

    record IndicatorInput(String code, String name, String periodTarget, String yearTarget, String actual) {
    }

    record IndicatorsRequest(String year, String period, List<IndicatorInput> indicators) {
    }

    record DeviationRequest(String year, String kind, String item, String period, String cause, String explanation,
                            String correctiveAction, String likelihood) {
    }

    record Saved(int figures, int indicators, int deviations, int planLines) {
    }

    // ------------------------------------------------------------------ reading

    @GetMapping
    @Operation(summary = "各单位执行曲线、合计曲线、预警分布和滞后事项（year=某年或all）")
    ApiOverview overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year) {
        Optional<Integer> selected = MonitoringController.selection(year, views.years(user));
        MonitoringViews.OverviewView view = views.overview(user, selected);
        Overview o = view.overview();
        return new ApiOverview(view.years(), selected.orElse(null), view.monitor().thresholds().describe(),
                view.monitor().timeProgress().name(),
                o.unitCurves().stream().map(c -> new ApiUnitCurve(view.unitIds().get(c.subject()), curve(c))).toList(),
                o.combinedCurves().stream().map(MonitoringApi::curve).toList(), levels(o.unitLevels()),
                o.lateItems().stream().map(MonitoringApi::late).toList(), o.lateWithoutCause());
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "一个单位的看板：执行曲线、项目曲线、指标进度、滞后事项、季度执行率得分、支出计划（year=某年或all）")
    ResponseEntity<?> unit(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
                           @RequestParam(required = false) String year) {
        Optional<MonitoringViews.UnitView> probe = views.unit(user, unitId, Optional.empty());
        if (probe.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblem.of("NOT_FOUND", "没有这个单位，或不在您的查看范围内"));
        }
        Optional<Integer> selected = MonitoringController.selection(year, probe.get().years());
        MonitoringViews.UnitView v = selected.isEmpty() ? probe.get() : views.unit(user, unitId, selected).orElseThrow();
        Optional<UnitDashboard> d = v.dashboard();
        List<LateItem> late = d.map(UnitDashboard::lateItems).orElse(v.acrossYears().map(Overview::lateItems).orElse(List.of()));
        return ResponseEntity.ok(new ApiUnit(v.unitId(), v.unitName(), selected.orElse(null), v.years(),
                v.monitor().thresholds().describe(), v.monitor().timeProgress().name(),
                d.flatMap(UnitDashboard::unitCurve).map(MonitoringApi::curve).orElse(null),
                d.map(x -> x.projectCurves().stream().map(MonitoringApi::curve).toList()).orElse(List.of()),
                v.acrossYears().map(o -> o.unitCurves().stream().map(MonitoringApi::curve).toList()).orElse(List.of()),
                d.map(x -> levels(x.projectLevels())).orElse(List.of()),
                d.map(x -> x.indicatorStatuses().stream().map(c -> new ApiCount(c.key().name(), c.count())).toList()).orElse(List.of()),
                late.stream().map(MonitoringApi::late).toList(), (int) late.stream().filter(LateItem::needsCause).count(),
                v.indicators().stream().map(MonitoringApi::indicator).toList(),
                v.deviations().stream().map(MonitoringApi::deviation).toList(),
                v.score().map(s -> score(s, v.scoreRounded().orElseThrow().points())).orElse(null),
                v.scoreProblem().orElse(null),
                v.plan().map(MonitoringApi::plan).orElse(null), v.canWrite()));
    }

    // ------------------------------------------------------------------ writing

    @PostMapping("/figures")
    @Operation(summary = "填报一个期间的执行数据（本单位；单位填报人、单位负责人）")
    ResponseEntity<?> figures(@AuthenticationPrincipal CurrentUser user, @RequestBody FiguresRequest request) {
        List<MonitoringEntry.FigureLine> lines = request.figures() == null ? List.of() : request.figures().stream()
                .map(f -> new MonitoringEntry.FigureLine(f.project(), f.budget(), f.executed(), f.rate())).toList();
        return answer(entry.saveFigures(user, request.year(), request.period(), request.moneyUnit(), lines));
    }

    @PostMapping("/indicators")
    @Operation(summary = "填报一个期间的绩效指标进度（本单位）")
    ResponseEntity<?> indicators(@AuthenticationPrincipal CurrentUser user, @RequestBody IndicatorsRequest request) {
        List<MonitoringEntry.IndicatorLine> lines = request.indicators() == null ? List.of() : request.indicators().stream()
                .map(i -> new MonitoringEntry.IndicatorLine(i.code(), i.name(), i.periodTarget(), i.yearTarget(), i.actual()))
                .toList();
        return answer(entry.saveIndicators(user, request.year(), request.period(), lines));
    }

    @PostMapping("/deviations")
    @Operation(summary = "记录滞后事项的偏差原因、纠偏措施和完成可能性（本单位）")
    ResponseEntity<?> deviations(@AuthenticationPrincipal CurrentUser user, @RequestBody DeviationRequest r) {
        return answer(entry.recordDeviation(user, new MonitoringEntry.DeviationInput(r.year(), r.kind(), r.item(), r.period(),
                r.cause(), r.explanation(), r.correctiveAction(), r.likelihood())));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入监控填报表（.xlsx，file + year）：全部正确才导入，否则逐格列出错误")
    ResponseEntity<?> importWorkbook(@AuthenticationPrincipal CurrentUser user,
                                     @RequestParam(required = false) MultipartFile file,
                                     @RequestParam(defaultValue = "") String year) {
        return answer(entry.importWorkbook(user, file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(), file == null ? null : () -> MonitoringController.bytes(file), year));
    }

    /** The one place outcomes become statuses: 200, 403 not allowed, 413 too large, 422 anything to correct. */
    static ResponseEntity<?> answer(MonitoringEntry.Outcome outcome) {
        if (outcome instanceof MonitoringEntry.Outcome.Done d) {
            return ResponseEntity.ok(new Saved(d.figures(), d.indicators(), d.deviations(), d.planLines()));
        }
        if (outcome instanceof MonitoringEntry.Outcome.Refused r) {
            HttpStatus status = switch (r.code()) {
                case "READ_ONLY", "NOT_ALLOWED" -> HttpStatus.FORBIDDEN;
                case "FILE_TOO_LARGE" -> HttpStatus.CONTENT_TOO_LARGE;
                default -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            return ResponseEntity.status(status).body(ApiProblem.of(r.code(), r.message()));
        }
        List<MonitoringEntry.Problem> problems = ((MonitoringEntry.Outcome.Invalid) outcome).problems();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiProblem("INVALID",
                "有" + problems.size() + "处需要改正，未保存任何数据：" + problems.get(0).message(),
                problems.stream().map(p -> new ApiProblem.Field(p.field(), p.code(), p.message())).toList()));
    }

    // ------------------------------------------------------------------ mapping

    static ApiCurve curve(ExecutionCurve c) {
        return new ApiCurve(c.subject(), c.scope().name(), c.year(), c.points().stream().map(MonitoringApi::point).toList());
    }

    private static ApiPoint point(CurvePoint p) {
        return new ApiPoint(p.period().toString(), p.period().label(), p.executionProgress().map(MonitoringApi::shown).orElse(null),
                shown(p.timeProgress()), p.pointsBehind().map(b -> b.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse(null),
                p.level().map(WarningLevel::code).orElse(null), p.level().map(WarningLevel::label).orElse(null), p.note());
    }

    private static ApiLateItem late(LateItem l) {
        return new ApiLateItem(l.unit(), l.year(), l.kind().name(), l.item(), l.name(), l.period().toString(), l.period().label(),
                l.detail(), l.level().map(WarningLevel::code).orElse(null), l.needsCause(),
                l.deviation().map(d -> new ApiDeviation(l.kind().name(), d.item(), d.period().toString(), d.period().label(),
                        d.cause().name(), d.cause().label(), d.explanation(), d.correctiveAction(), d.likelihood().name(),
                        d.likelihood().label())).orElse(null));
    }

    private static ApiDeviation deviation(DeviationRow d) {
        return new ApiDeviation(d.kind().name(), d.item(), d.period().toString(), d.period().label(), d.cause().name(),
                d.cause().label(), d.explanation(), d.correctiveAction(), d.likelihood().name(), d.likelihood().label());
    }

    private static ApiIndicator indicator(IndicatorProgress i) {
        return new ApiIndicator(i.code(), i.name(), i.period().toString(), i.periodTarget().text(),
                i.actual() instanceof org.jixiao.core.measure.Actual.Reading r ? r.text() : "", i.status().name(),
                i.status().label(), i.unclear().map(Enum::name).orElse(null), i.explanation());
    }

    private static ApiScore score(ExecutionScore s, BigDecimal rounded) {
        return new ApiScore(s.terms().stream().map(t -> new ApiTerm(t.period().toString(), shown(t.progress()),
                        shown(t.timeProgress()), t.ratio().toPlainString())).toList(),
                s.ratioSum().toPlainString(), s.averageRatio().toPlainString(), s.exact().points().toPlainString(),
                s.score().points().toPlainString(), rounded.toPlainString(), s.weight().points().toPlainString(), s.explanation());
    }

    private static ApiPlan plan(MonitoringViews.PlanView p) {
        return new ApiPlan(amount(p.report().halfYearTotal()), amount(p.report().fullYearTotal()),
                p.report().plannedShare().map(MonitoringApi::shown).orElse(null), shown(p.timeProgressAtMidYear()),
                p.report().isConsistent(), p.report().messages());
    }

    private static List<ApiCount> levels(List<Count<WarningLevel>> counts) {
        return counts.stream().map(c -> new ApiCount(c.key().code(), c.count())).toList();
    }

    private static String shown(Percentage p) {
        return p.shown().toPlainString();
    }

    private static String amount(Amount a) {
        return a.shown().toPlainString();
    }

    /** A year parameter the pages and the API share: bad input is a 400 with the API's body. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiProblem> badRequest(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(ApiProblem.of("BAD_PARAMETER", "参数“year”的值无效（四位年份或all）"));
    }
}
