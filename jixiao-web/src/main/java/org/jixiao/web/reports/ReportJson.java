package org.jixiao.web.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.review.Review;

/**
 * What the reports API answers, as records the OpenAPI document describes. The review is the review
 * page's ({@link ReviewPage}): the same tables, totals and findings, so page and API never disagree.
 * Totals are decimal strings with two decimals ("95.00"), "" when a table has none.
 */
final class ReportJson {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ReportJson() {
    }

    @Schema(name = "ApiReportUpload", description = "上传的表单：报告文件，评价年度")
    record Upload(@Schema(type = "string", format = "binary", description = "报告文件（.txt、.md、.html、.htm、.docx，最大 10 MB）") String file,
                  @Schema(description = "评价年度（2000–2100）；不填为上一年", example = "2024") String year) {
    }

    @Schema(name = "ApiReport", description = "一份公开报告：所属单位、评价年度、标题、文件名、错误与提示数、上传人和时间")
    record Summary(long id, long unitId, String unitName, int year, String title, String fileName, int errorCount,
                   int warningCount, String uploadedBy, OffsetDateTime uploadedAt) {
        static Summary of(PublishedReports.Report r) {
            return new Summary(r.id(), r.unitId(), r.unitName(), r.year(), r.title(), r.fileName(), r.errorCount(),
                    r.warningCount(), r.uploadedBy(), r.uploadedAt().atZone(ZONE).toOffsetDateTime());
        }
    }

    @Schema(name = "ApiReportPage", description = "报告列表的一页：本页的报告、页码、每页条数、本人范围内的报告总数")
    record Page(List<Summary> items, @Schema(example = "1") int page, @Schema(example = "50") int size,
                @Schema(example = "4") long total) {
    }

    @Schema(name = "ApiReportDetail", description = "一份报告及其审查结果")
    record Detail(long id, long unitId, String unitName, int year, String title, String fileName, int errorCount,
                  int warningCount, String uploadedBy, OffsetDateTime uploadedAt, ApiReview review) {
        static Detail of(PublishedReports.Opened opened) {
            Summary s = Summary.of(opened.report());
            return new Detail(s.id(), s.unitId(), s.unitName(), s.year(), s.title(), s.fileName(), s.errorCount(),
                    s.warningCount(), s.uploadedBy(), s.uploadedAt(), ApiReview.of(opened.review(), opened.content()));
        }
    }

    @Schema(name = "ApiReportCheck", description = "仅审查、不保存的报告：清理后的文件名、评价年度、审查结果")
    record Checked(String fileName, int year, ApiReview review) {
        static Checked of(ReportUploads.Checked c) {
            return new Checked(c.read().fileName(), c.year(), ApiReview.of(c.review(), c.read().content()));
        }
    }

    @Schema(name = "ApiReview", description = "审查结果：识别出的表格（类型、合计、等级）与全部发现；errors、warnings 与列表的计数一致（提示计入 warnings）")
    record ApiReview(long errors, long warnings, long infos, List<ApiReviewTable> tables, List<ApiReportFinding> findings) {
        static ApiReview of(Review review, String content) {
            ReviewPage page = ReviewPage.of(review, content);
            List<ApiReportFinding> findings = new ArrayList<>();
            for (ReviewPage.Group g : page.groups()) {
                for (ReviewPage.Item i : g.findings()) {
                    findings.add(new ApiReportFinding(i.code(), i.severity().name(), g.documentLevel() ? "" : g.title(),
                            i.row(), i.location(), i.line(), i.message(), i.expected(), i.found()));
                }
            }
            return new ApiReview(page.errors(), page.warnings(), page.infos(),
                    page.tables().stream().map(ApiReviewTable::of).toList(), List.copyOf(findings));
        }
    }

    @Schema(name = "ApiReviewTable", description = "识别出的一张表：类型、标题、所在行、所报合计、分项之和、重算合计、所报等级、重算等级")
    record ApiReviewTable(@Schema(example = "DEPARTMENT_EVALUATION") String kind, String title,
                          @Schema(description = "所在行；无法确定时为空") Integer line,
                          @Schema(description = "表中所报的合计（十进制字符串）", example = "4.00") String reportedTotal,
                          @Schema(description = "各项得分之和", example = "3.00") String itemsTotal,
                          @Schema(description = "按评分规则重算的合计") String recomputedTotal,
                          String reportedGrade, String recomputedGrade,
                          @Schema(description = "本表的发现数") int findings, boolean totalDiffers, boolean gradeDiffers) {
        static ApiReviewTable of(ReviewPage.TableSummary t) {
            return new ApiReviewTable(t.kind().name(), t.title(), t.line(), t.reportedTotal(), t.itemsTotal(),
                    t.recomputedTotal(), t.reportedGrade(), t.recomputedGrade(), t.findings(), t.totalDiffers(),
                    t.gradeDiffers());
        }
    }

    @Schema(name = "ApiReportFinding", description = "一条审查发现：检查码、严重程度（ERROR/WARNING/INFO）、所在表、行项目、位置、行号、说明、应为、实为")
    record ApiReportFinding(@Schema(example = "TOTAL_MISMATCH") String code, @Schema(example = "ERROR") String severity,
                            @Schema(description = "所在表的标题；为空表示表格之外的正文") String table, String row,
                            @Schema(example = "第7行") String location,
                            @Schema(description = "行号；位置不含行号时为空", example = "7") Integer line,
                            String message, @Schema(example = "3") String expected, @Schema(example = "4") String found) {
    }
}
