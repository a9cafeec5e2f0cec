package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;

/** A table's trail as the API answers it: changes (who, when, which field, old, new) and review comments. */
public final class ApiHistory {

    private ApiHistory() {
    }

    @Schema(name = "ApiChange", description = "一条修改记录：修改人、时间（北京时间）、字段、原值、新值")
    public record Change(String username, LocalDateTime at, String field, String oldValue, String newValue) {
        static Change of(EvaluationStore.Change c) {
            return new Change(c.username(), c.at(), c.field(), c.oldValue(), c.newValue());
        }
    }

    @Schema(name = "ApiComment", description = "一条审核意见：针对某行（indicatorCode）或整表（indicatorCode 为空）")
    public record Comment(long id, String indicatorCode, String author, String authorName, String body, Instant at) {
        static Comment of(EvaluationStore.Comment c) {
            return new Comment(c.id(), c.indicatorCode(), c.author(), c.authorName(), c.body(), c.at());
        }
    }
}
