package org.jixiao.web.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of every REST API error, whatever the feature: a stable code, a Chinese message, and for
 * invalid input the fields concerned. Each feature maps its own outcomes to a status and this body;
 * shared here so that all the API's errors look the same.
 */
@Schema(description = "错误：稳定的错误码、中文说明；输入无效时附逐字段问题")
public record ApiProblem(@Schema(example = "CONFLICT") String code,
                         @Schema(example = "此表已被他人修改，您的输入已保留；请核对最新内容后再保存") String message,
                         List<Field> problems) {

    /** A field to correct: its path in the request body, a stable code, a Chinese message. */
    @Schema(name = "ApiField", description = "须改正的字段：请求体中的路径、错误码、中文说明")
    public record Field(@Schema(example = "entries.1.2.1.judgementReason") String field,
                        @Schema(example = "JUDGEMENT_REASON_MISSING") String code, String message) {
    }

    public ApiProblem {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ApiProblem of(String code, String message) {
        return new ApiProblem(code, message, List.of());
    }
}
