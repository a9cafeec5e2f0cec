package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.function.IntFunction;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tables as JSON, for other systems and scripts (HTTP Basic, no session). Every rule is the
 * workflow's, exactly as for the pages: this class only translates requests and outcomes.
 */
@RestController
@RequestMapping(path = "/api/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "自评表 Evaluations", description = "绩效自评表的查询、填报、预览与流转（提交、审核、公开、退回、解锁）。"
        + "只能看到本人单位范围内的表；范围外的表一律答 404。错误以 JSON {code, message} 返回。")
@ApiResponse(responseCode = "401", description = "未登录或用户名、密码不对（HTTP Basic）；响应体 {code: UNAUTHENTICATED, message}", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
class EvaluationApi {

    private final Workflow workflow;
    private final EvaluationStore store;

    EvaluationApi(Workflow workflow, EvaluationStore store) {
        this.workflow = workflow;
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "列出自评表", description = "本人范围内的表，分页返回 {items, page, size, total}。"
            + "可按年度、状态、单位、是否有错误、等级筛选，按项目名称查找；"
            + "sort 取 total、total-asc、errors、status、updated 之一（默认按年度、单位、项目）。")
    // stated, not inferred: with the shared handlers of platform.ApiErrors springdoc infers no 200
    @ApiResponse(responseCode = "200", description = "本页的表", content = @Content(schema = @Schema(implementation = ApiPage.class)))
    ApiPage list(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
                 @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) Status status,
                 @RequestParam(required = false) Long unit,
                 @RequestParam(required = false) Boolean errors,
                 @RequestParam(required = false, defaultValue = "") String sort,
                 @Parameter(description = "项目名称包含的文字，不区分大小写；%、_ 等按原字符查找")
                 @RequestParam(required = false) String q,
                 @Parameter(description = "等级，如 优、良、中、差")
                 @RequestParam(required = false) String grade,
                 @Parameter(description = "页码，从 1 起（默认 1）；超出末页时 items 为空，total 照常")
                 @RequestParam(required = false) Integer page,
                 @Parameter(description = "每页条数，10–200（默认 50）；超出范围按最近的边界")
                 @RequestParam(required = false) Integer size) {
        EvaluationStore.Filter filter = new EvaluationStore.Filter(year, status, unit, errors, sort, q, grade);
        return ApiPage.of(store.page(user.scope(), filter, TablePage.Request.of(page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取一张表", description = "表头（含版本号）、逐行填报与得分、小计、总分、等级、审查发现、本人可做的操作。")
    @ApiResponse(responseCode = "200", description = "表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> get(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return table(user, id, HttpStatus.OK);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建自评表", description = "为本人单位新建一张草稿表。仅单位填报人、单位负责人可用；指标体系须为本人可用且计分的体系。")
    @ApiResponse(responseCode = "201", description = "已新建，返回新表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人角色不能新建", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "输入无效，逐字段说明", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> create(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
                             @RequestBody ApiNewTable body) {
        Workflow.Outcome outcome = workflow.create(user, body.request());
        if (outcome instanceof Workflow.Outcome.Created c) {
            return workflow.open(user, c.id())
                    .<ResponseEntity<?>>map(o -> ResponseEntity.created(URI.create("/api/evaluations/" + c.id()))
                            .body(view(user, o, o.entries())))
                    .orElseGet(() -> failure(Workflow.notFound()));
        }
        return failure(outcome);
    }

    @PostMapping(path = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预览得分（不保存）", description = "把给出的填报内容套到表上，返回得分、小计、总分、等级、审查发现和须改正的输入；什么也不保存。")
    @ApiResponse(responseCode = "200", description = "按给出内容计算的表（版本号不变）", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> preview(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                              @RequestBody ApiEntries body) {
        return workflow.open(user, id).<ResponseEntity<?>>map(o -> ResponseEntity.ok(view(user, o, body.applyTo(o))))
                .orElseGet(() -> failure(Workflow.notFound()));
    }

    @PutMapping(path = "/{id}/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "保存填报", description = "带上读取时的版本号保存。未给出的行或字段保持原值。"
            + "版本号过时答 409（CONFLICT，什么也不改）；输入无效答 422（逐字段说明）；本人不能修改此表答 403。")
    @ApiResponse(responseCode = "200", description = "已保存，返回新版本的表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人不能修改此表（角色、单位、状态或已锁定）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "他人已先保存（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "输入无效", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> save(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                           @RequestBody ApiEntries body) {
        if (body.version() == null) {
            return versionRequired();
        }
        return respond(workflow.save(user, id, body.version(), body::applyTo), user, id);
    }

    @PostMapping(path = "/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交", description = "填报人提交草稿或被退回的表；还有错误时拒绝（422，OPEN_ERRORS）。提交后表被锁定。")
    @ApiResponse(responseCode = "200", description = "已完成，返回新版本的表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人此时不能做这一步", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "版本号过时（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "缺少意见或理由，或还有错误未处理", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> submit(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                             @RequestBody ApiStep body) {
        return step(user, id, body, v -> workflow.submit(user, id, v));
    }

    @PostMapping(path = "/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "审核通过", description = "主管部门审核人通过已提交的表。")
    @ApiResponse(responseCode = "200", description = "已完成，返回新版本的表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人此时不能做这一步", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "版本号过时（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "缺少意见或理由，或还有错误未处理", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> approve(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                              @RequestBody ApiStep body) {
        return step(user, id, body, v -> workflow.approve(user, id, v));
    }

    @PostMapping(path = "/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "公开", description = "财政审核人公开已审核的表；公开后对所有人只读。")
    @ApiResponse(responseCode = "200", description = "已完成，返回新版本的表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人此时不能做这一步", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "版本号过时（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "缺少意见或理由，或还有错误未处理", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> publish(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                              @RequestBody ApiStep body) {
        return step(user, id, body, v -> workflow.publish(user, id, v));
    }

    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退回", description = "审核人退回表并解锁；须填整表意见（comment）或逐行意见（rowComments），否则 422（COMMENT_REQUIRED）。")
    @ApiResponse(responseCode = "200", description = "已完成，返回新版本的表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人此时不能做这一步", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "版本号过时（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "缺少意见或理由，或还有错误未处理", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> sendBack(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                               @RequestBody ApiStep body) {
        return step(user, id, body, v -> workflow.sendBack(user, id, v, body.comments()));
    }

    @PostMapping(path = "/{id}/unlock", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "解锁", description = "仅系统管理员；须说明理由（reason），记入修改记录。")
    @ApiResponse(responseCode = "200", description = "已完成，返回新版本的表", content = @Content(schema = @Schema(implementation = ApiTable.class)))
    @ApiResponse(responseCode = "403", description = "本人此时不能做这一步", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "版本号过时（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "缺少意见或理由，或还有错误未处理", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> unlock(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                             @RequestBody ApiStep body) {
        return step(user, id, body, v -> workflow.unlock(user, id, v, body.reason() == null ? "" : body.reason()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "修改记录", description = "每次修改：修改人、时间、字段、原值、新值；含状态变化和解锁。最新的在前。")
    @ApiResponse(responseCode = "200", description = "修改记录", content = @Content(array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(implementation = ApiHistory.Change.class))))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> history(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (store.find(id, user.scope()).isEmpty()) {
            return failure(Workflow.notFound());
        }
        return ResponseEntity.ok(store.history(id).stream().map(ApiHistory.Change::of).toList());
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "审核意见", description = "审核人退回时写下的意见，逐行或整表。")
    @ApiResponse(responseCode = "200", description = "审核意见", content = @Content(array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(implementation = ApiHistory.Comment.class))))
    @ApiResponse(responseCode = "404", description = "没有这张表，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> comments(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (store.find(id, user.scope()).isEmpty()) {
            return failure(Workflow.notFound());
        }
        return ResponseEntity.ok(store.comments(id).stream().map(ApiHistory.Comment::of).toList());
    }

    private ResponseEntity<?> step(CurrentUser user, long id, ApiStep body, IntFunction<Workflow.Outcome> action) {
        if (body.version() == null) {
            return versionRequired();
        }
        return respond(action.apply(body.version()), user, id);
    }

    /** Success answers the table as it now is; anything else its problem, with the status mapped in one place. */
    private ResponseEntity<?> respond(Workflow.Outcome outcome, CurrentUser user, long id) {
        if (outcome instanceof Workflow.Outcome.Done) {
            return table(user, id, HttpStatus.OK);
        }
        return failure(outcome);
    }

    private static ResponseEntity<?> failure(Workflow.Outcome outcome) {
        return ResponseEntity.status(ApiOutcomes.status(outcome)).body(ApiOutcomes.problem(outcome));
    }

    private static ResponseEntity<?> versionRequired() {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiProblem("VERSION_REQUIRED",
                "须带上读取时的版本号（version）", List.of(new ApiProblem.Field("version", "VERSION_REQUIRED", "请填写版本号"))));
    }

    private ResponseEntity<?> table(CurrentUser user, long id, HttpStatus status) {
        return workflow.open(user, id).<ResponseEntity<?>>map(o -> ResponseEntity.status(status).body(view(user, o, o.entries())))
                .orElseGet(() -> failure(Workflow.notFound()));
    }

    private ApiTable view(CurrentUser user, Workflow.Opened opened, Entries entries) {
        EvaluationStore.Header h = opened.header();
        TableView.Actions actions = new TableView.Actions(workflow.canEdit(user, h), workflow.canSubmit(user, h),
                workflow.canReturn(user, h), workflow.canApprove(user, h), workflow.canPublish(user, h),
                workflow.canUnlock(user, h));
        return ApiTable.of(opened, entries, workflow.score(opened, entries), actions);
    }
}
