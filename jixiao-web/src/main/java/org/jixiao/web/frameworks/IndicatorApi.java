package org.jixiao.web.frameworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.RuleCompiler;
import org.jixiao.core.number.Score;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule compiler and the indicator library as JSON: what a 评分办法 text compiles to (nothing is
 * stored, so anyone signed in may ask), and the library's search over the frameworks the user may see.
 */
@RestController
@Tag(name = "评分办法与指标库 Rules and indicators", description = "把评分办法文字编译为规则（不保存），在本人可见的体系中查找可复用的指标。")
@ApiResponse(responseCode = "401", description = "未登录或用户名、密码不对（HTTP Basic）；响应体 {code: UNAUTHENTICATED, message}", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
class IndicatorApi {

    /** The longest weight text read; a weight is a few digits. */
    private static final int MAX_WEIGHT = 20;

    @Schema(name = "ApiCompileRequest", description = "评分办法文字，及可选的分值（十进制字符串）")
    record CompileRequest(@Schema(example = "全年执行数/全年预算数×分值，最高不超过分值") String text,
                          @Schema(description = "分值；不给时按原文所写的满分", example = "10") String weight) {
    }

    private final IndicatorLibrary library;
    private final FrameworkApiProblems problems;

    IndicatorApi(IndicatorLibrary library, FrameworkApiProblems problems) {
        this.library = library;
        this.problems = problems;
    }

    @PostMapping(path = "/api/rules/compile", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "编译评分办法（不保存）", description = "返回规则的规范写法；无法自动计分时 manual 为 true 并说明原因；"
            + "spans 给出规则各部分（target 目标值、full 满分、partial 按完成度、deduction 扣分……）在原文中的位置。什么也不保存。")
    @ApiResponse(responseCode = "200", description = "编译结果", content = @Content(schema = @Schema(implementation = FrameworkJson.Compiled.class)))
    @ApiResponse(responseCode = "422", description = "TEXT_REQUIRED、TEXT_TOO_LONG 或 WEIGHT_INVALID", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> compile(@RequestBody CompileRequest body) {
        String text = body.text() == null ? "" : body.text();
        if (text.isBlank()) {
            return FrameworkApiProblems.invalid("text", "TEXT_REQUIRED", "请填写评分办法（text）");
        }
        if (text.length() > GridBuild.MAX_CELL) {
            return FrameworkApiProblems.invalid("text", "TEXT_TOO_LONG", "评分办法过长，最多" + GridBuild.MAX_CELL + "个字符");
        }
        CompileContext context = CompileContext.none();
        String weight = body.weight() == null ? "" : body.weight().strip();
        if (!weight.isEmpty()) {
            Score score = weight.length() > MAX_WEIGHT ? null : score(weight);
            if (score == null || score.isNegative()) {
                return FrameworkApiProblems.invalid("weight", "WEIGHT_INVALID", "分值“" + shorten(weight) + "”不是非负的数");
            }
            context = context.withWeight(score);
        }
        return ResponseEntity.ok(FrameworkJson.Compiled.of(text, RuleCompiler.compile(text, context)));
    }

    @GetMapping(path = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "查找指标库", description = "本人可见的各体系中的指标，相同的只列一次（内置体系的在前）；每页 50 个。"
            + "参数无效答 400（QUERY_TOO_LONG、KIND_INVALID、NATURE_INVALID、CATEGORY_INVALID、PAGE_INVALID）。")
    @ApiResponse(responseCode = "200", description = "一页指标", content = @Content(schema = @Schema(implementation = FrameworkJson.LibraryPage.class)))
    @ApiResponse(responseCode = "400", description = "参数无效", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> indicators(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
                                 @Parameter(description = "指标名称或评分办法包含的文字，不区分大小写；最多200字")
                                 @RequestParam(required = false) String q,
                                 @Parameter(description = "体系类型：PROJECT_SELF_EVALUATION、DEPARTMENT_EVALUATION、TARGET_TABLE")
                                 @RequestParam(required = false) String kind,
                                 @Parameter(description = "类别：一级指标名称，或“一级 › 二级”")
                                 @RequestParam(required = false) String cat,
                                 @Parameter(description = "指标性质：QUANTITATIVE 定量、QUALITATIVE 定性")
                                 @RequestParam(required = false) String nature,
                                 @Parameter(description = "页码，从 1 起")
                                 @RequestParam(required = false) String page) {
        LibraryQuery query = LibraryQuery.of(q, kind, cat, nature, page);
        if (query.problem() != null) {
            return problems.badQuery(query.problem());
        }
        return ResponseEntity.ok(FrameworkJson.LibraryPage.of(library.search(user, query)));
    }

    private static Score score(String text) {
        try {
            return Score.of(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_WEIGHT ? text : text.substring(0, MAX_WEIGHT) + "…";
    }
}
