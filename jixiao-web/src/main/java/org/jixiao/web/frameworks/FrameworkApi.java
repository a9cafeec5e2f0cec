package org.jixiao.web.frameworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The frameworks as JSON: the list, one framework with its text and compiled rules, a copy for the
 * user's unit, and a new text. Every rule is {@link FrameworkEditing}'s, as for the pages; this class
 * only translates requests and outcomes ({@link FrameworkApiProblems} maps the outcomes).
 */
@RestController
@RequestMapping(path = "/api/frameworks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "指标体系 Frameworks", description = "指标体系（.jxf 文本）的查询、复制与修改。只能看到共用体系和本人单位范围内的体系；"
        + "范围外的一律答 404。内置体系只读，须复制为本单位的副本后修改。错误以 JSON {code, message, problems} 返回。")
@ApiResponse(responseCode = "401", description = "未登录或用户名、密码不对（HTTP Basic）；响应体 {code: UNAUTHENTICATED, message}", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
class FrameworkApi {

    /** A copy: the new code, year and title (the year as a number or text). */
    @Schema(name = "ApiFrameworkCopy", description = "复制：新编码（小写字母、数字、连字符，3–100位）、年度（2000–2100）、标题")
    record CopyRequest(@Schema(example = "nanjing-department-2025") String code,
                       @Schema(example = "2025") String year,
                       @Schema(example = "南京市电化教育馆整体绩效评价指标体系（2025）") String title) {
    }

    /** A new text, with the version it was read at. */
    @Schema(name = "ApiFrameworkText", description = "新文本，及读取时的版本号")
    record TextRequest(@Schema(description = "读取时的版本号", example = "0") Integer version,
                       @Schema(description = "完整的 .jxf 文本") String text) {
    }

    private final FrameworkCatalog catalog;
    private final FrameworkEditing editing;
    private final FrameworkApiProblems problems;

    FrameworkApi(FrameworkCatalog catalog, FrameworkEditing editing, FrameworkApiProblems problems) {
        this.catalog = catalog;
        this.editing = editing;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "列出指标体系", description = "本人可用的体系：共用体系和本人单位范围内各单位的体系；内置的在前，再按年度、编码。")
    @ApiResponse(responseCode = "200", description = "体系列表", content = @Content(array = @ArraySchema(schema = @Schema(implementation = FrameworkJson.Summary.class))))
    List<FrameworkJson.Summary> list(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        return catalog.visible(user).stream().map(FrameworkJson.Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取一个指标体系", description = "基本信息（含版本号）、.jxf 文本、校验问题（行号、错误码）、"
            + "逐个指标（所在分组、分值、指标值、评分办法及其规范写法，或须人工认定的原因）、本人能否修改。")
    @ApiResponse(responseCode = "200", description = "体系", content = @Content(schema = @Schema(implementation = FrameworkJson.Detail.class)))
    @ApiResponse(responseCode = "404", description = "没有这个体系，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> get(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return detail(user, id, HttpStatus.OK);
    }

    @PostMapping(path = "/{id}/copy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "复制为本单位的体系", description = "以新的编码、年度、标题复制一个可见的体系，归本人单位所有，之后可修改。"
            + "审计人员不能复制（403，COPY_NOT_ALLOWED）；编码不合规或已被使用、年度或标题无效答 422。")
    @ApiResponse(responseCode = "201", description = "已复制，返回新体系；Location 为其地址", content = @Content(schema = @Schema(implementation = FrameworkJson.Detail.class)))
    @ApiResponse(responseCode = "403", description = "本人角色不能复制（COPY_NOT_ALLOWED）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这个体系，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "CODE_INVALID、CODE_TAKEN、YEAR_INVALID、TITLE_INVALID 或 INVALID", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> copy(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                           @RequestBody CopyRequest body) {
        FrameworkEditing.Outcome outcome = editing.copy(user, id, body.code(), body.year(), body.title());
        if (outcome instanceof FrameworkEditing.Outcome.Done done) {
            return detail(user, done.id(), HttpStatus.CREATED);
        }
        return problems.failure(id, outcome);
    }

    @PutMapping(path = "/{id}/text", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改体系文本", description = "带上读取时的版本号保存新的 .jxf 文本。他人已先保存答 409（CONFLICT，什么也不改）；"
            + "文本有错误答 422（INVALID，problems 逐条给出错误码和行号）；已有自评表按此体系评分答 422（IN_USE，请复制后修改副本）；"
            + "内置、共用或不属于本人单位的体系答 403（READ_ONLY）。")
    @ApiResponse(responseCode = "200", description = "已保存，返回新版本的体系", content = @Content(schema = @Schema(implementation = FrameworkJson.Detail.class)))
    @ApiResponse(responseCode = "403", description = "此体系对本人只读（READ_ONLY）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "没有这个体系，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "他人已先保存（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "INVALID、IN_USE、TEXT_TOO_LONG、CODE_TAKEN、VERSION_REQUIRED", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> text(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                           @RequestBody TextRequest body) {
        if (body.version() == null) {
            return FrameworkApiProblems.invalid("version", "VERSION_REQUIRED", "须带上读取时的版本号（version）");
        }
        FrameworkEditing.Outcome outcome = editing.save(user, id, body.version(), body.text());
        if (outcome instanceof FrameworkEditing.Outcome.Done) {
            return detail(user, id, HttpStatus.OK);
        }
        return problems.failure(id, outcome);
    }

    /** The framework as it now is, with what the validator says of its text (warnings only, once stored). */
    private ResponseEntity<?> detail(CurrentUser user, long id, HttpStatus status) {
        StoredFramework stored = catalog.find(id, user.scope()).orElse(null);
        if (stored == null) {
            return problems.notFound();
        }
        FrameworkJson.Detail detail = FrameworkJson.Detail.of(stored, catalog.framework(stored),
                FrameworkFormat.read(stored.code(), stored.sourceText()).problems(), editing.canEdit(user, stored));
        ResponseEntity.BodyBuilder answer = status == HttpStatus.CREATED
                ? ResponseEntity.created(URI.create("/api/frameworks/" + id)) : ResponseEntity.status(status);
        return answer.body(detail);
    }
}
