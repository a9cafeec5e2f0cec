package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** A workflow step's body: the version the client saw, and the comments or reason the step asks for. */
@Schema(description = "流转请求：读取时的版本号；退回须填意见（整表 comment 或逐行 rowComments），解锁须填理由")
public record ApiStep(@Schema(description = "读取时的版本号（必填）", example = "4") Integer version,
                      @Schema(description = "整表意见（退回时）") String comment,
                      @Schema(description = "逐行意见：指标编码 → 意见（退回时）") Map<String, String> rowComments,
                      @Schema(description = "解锁理由（解锁时必填）") String reason) {

    /** The comments as the workflow takes them: "" for the whole table, else the indicator code. */
    Map<String, String> comments() {
        Map<String, String> all = new LinkedHashMap<>();
        if (comment != null) {
            all.put("", comment);
        }
        if (rowComments != null) {
            rowComments.forEach((code, body) -> {
                if (code != null && !code.isEmpty()) {
                    all.put(code, body);
                }
            });
        }
        return all;
    }
}
