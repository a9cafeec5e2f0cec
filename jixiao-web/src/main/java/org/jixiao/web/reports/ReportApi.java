package org.jixiao.web.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Published reports as JSON: the list in the user's scope, one report with its review, an upload
 * kept under the user's unit, and a check that keeps nothing. Who may do what and how a file is read
 * are {@link ReportUploads}' and {@link PublishedReports}', exactly as for the pages.
 */
@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "公开报告 Reports", description = "公开报告（自评报告、决算公开）的查询、上传与审查。只能看到本人单位范围内的报告；"
        + "范围外的一律答 404。上传的文件按内容识别（.txt、.md、.html、.htm、.docx，最大 10 MB），拒绝时给出稳定的错误码。")
@ApiResponse(responseCode = "401", description = "未登录或用户名、密码不对（HTTP Basic）；响应体 {code: UNAUTHENTICATED, message}", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
class ReportApi {

    private static final int DEFAULT_SIZE = 50;
    private static final int MIN_SIZE = 10;
    private static final int MAX_SIZE = 200;

    private final PublishedReports reports;
    private final ReportUploads uploads;
    private final ReportApiProblems problems;

    ReportApi(PublishedReports reports, ReportUploads uploads, ReportApiProblems problems) {
        this.reports = reports;
        this.uploads = uploads;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "列出报告", description = "本人范围内的报告，分页返回 {items, page, size, total}。"
            + "sort 取 errors（错误多的在前）或 uploaded（新上传的在前），默认按年度、单位。")
    @ApiResponse(responseCode = "200", description = "一页报告", content = @Content(schema = @Schema(implementation = ReportJson.Page.class)))
    ReportJson.Page list(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
                         @Parameter(description = "排序：errors、uploaded；其他值按默认")
                         @RequestParam(required = false, defaultValue = "") String sort,
                         @Parameter(description = "页码，从 1 起（默认 1）；超出末页时 items 为空，total 照常")
                         @RequestParam(required = false) Integer page,
                         @Parameter(description = "每页条数，10–200（默认 50）；超出范围按最近的边界")
                         @RequestParam(required = false) Integer size) {
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        PublishedReports.Page found = reports.page(user.scope(), PublishedReports.Sort.of(sort), (long) (p - 1) * s, s);
        return new ReportJson.Page(found.items().stream().map(ReportJson.Summary::of).toList(), p, s, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取一份报告及其审查结果", description = "报告的单位、年度、标题等，及审查结果：识别出的表格（类型、所报合计、"
            + "分项之和、重算合计、等级）和每条发现（检查码、严重程度、所在表、行项目、行号、说明、应为、实为）。")
    @ApiResponse(responseCode = "200", description = "报告", content = @Content(schema = @Schema(implementation = ReportJson.Detail.class)))
    @ApiResponse(responseCode = "404", description = "没有这份报告，或不在本人范围内", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<?> get(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return reports.open(id, user.scope()).<ResponseEntity<?>>map(o -> ResponseEntity.ok(ReportJson.Detail.of(o)))
                .orElseGet(ReportApiProblems::notFound);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传并保存报告", description = "审查上传的文件并保存在本人单位下。仅单位填报人、单位负责人可用"
            + "（审核人答 403 STORE_NOT_ALLOWED，可改用 /api/reports/check；审计人员答 403 READ_ONLY）。"
            + "文件无法读取答 422，错误码如 NO_FILE、EMPTY_FILE、BAD_EXTENSION、NOT_DOCX、ZIP_BOMB、XXE、ENCRYPTED、CORRUPT、NOT_UTF8、NOT_TEXT、BAD_YEAR；"
            + "超过 10 MB 答 413（FILE_TOO_LARGE）。被拒绝时什么也不保存。")
    @ApiResponse(responseCode = "201", description = "已保存，返回报告及其审查结果；Location 为其地址", content = @Content(schema = @Schema(implementation = ReportJson.Detail.class)))
    @ApiResponse(responseCode = "403", description = "本人不能保存报告（READ_ONLY、STORE_NOT_ALLOWED）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "413", description = "文件超过 10 MB（FILE_TOO_LARGE）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "文件或年度无效，problems 说明原因", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "multipart/form-data：file 报告文件，year 评价年度",
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ReportJson.Upload.class)))
    ResponseEntity<?> upload(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
                             @Parameter(hidden = true) @RequestPart(required = false) MultipartFile file,
                             @Parameter(hidden = true) @RequestParam(required = false, defaultValue = "") String year) {
        try {
            long id = uploads.store(user, file, year);
            return reports.open(id, user.scope())
                    .<ResponseEntity<?>>map(o -> ResponseEntity.created(URI.create("/api/reports/" + id)).body(ReportJson.Detail.of(o)))
                    .orElseGet(ReportApiProblems::notFound);
        } catch (ReportProblem problem) {
            return problems.refused(problem);
        }
    }

    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "仅审查，不保存", description = "审查上传的文件，返回审查结果；什么也不保存。审计人员以外的用户均可使用。"
            + "拒绝的情形和错误码与上传相同。")
    @ApiResponse(responseCode = "200", description = "审查结果", content = @Content(schema = @Schema(implementation = ReportJson.Checked.class)))
    @ApiResponse(responseCode = "403", description = "审计人员只读（READ_ONLY）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "413", description = "文件超过 10 MB（FILE_TOO_LARGE）", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "422", description = "文件或年度无效，problems 说明原因", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "multipart/form-data：file 报告文件，year 评价年度",
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ReportJson.Upload.class)))
    ResponseEntity<?> check(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
                            @Parameter(hidden = true) @RequestPart(required = false) MultipartFile file,
                            @Parameter(hidden = true) @RequestParam(required = false, defaultValue = "") String year) {
        try {
            return ResponseEntity.ok(ReportJson.Checked.of(uploads.check(user, file, year)));
        } catch (ReportProblem problem) {
            return problems.refused(problem);
        }
    }
}
