package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body that creates a draft table for the caller's own unit. */
@Schema(description = "新建自评表：指标体系、年度、项目名称；表属于调用者本单位")
public record ApiNewTable(@Schema(example = "7") Long frameworkId, @Schema(example = "2025") Integer year,
                          @Schema(example = "教育三项改革资金") String project) {

    NewTable request() {
        return new NewTable(frameworkId == null ? "" : frameworkId.toString(), year == null ? "" : year.toString(),
                project);
    }
}
