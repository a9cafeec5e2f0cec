package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the table list: what the supervisor's list shows. */
@Schema(description = "列表中的一张表：单位、项目、状态、总分、等级、错误与提示数")
public record ApiSummary(long id, long unitId, String unitName, int year, String project, String frameworkTitle,
                         Status status, boolean locked,
                         @Schema(description = "总分（十进制字符串）；尚未计算时为空", example = "99.68") String total,
                         String grade, boolean complete, int errorCount, int warningCount, Instant updatedAt) {

    static ApiSummary of(EvaluationStore.Summary s) {
        return new ApiSummary(s.id(), s.unitId(), s.unitName(), s.year(), s.project(), s.frameworkTitle(), s.status(),
                s.locked(), decimal(s.total()), s.grade() == null ? "" : s.grade(), s.complete(), s.errorCount(),
                s.warningCount(), s.updatedAt());
    }

    private static String decimal(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
