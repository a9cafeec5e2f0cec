package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * An API error: a stable code, a Chinese message, and for invalid input the fields concerned. Also
 * the one place where a workflow outcome becomes an HTTP status.
 */
@Schema(description = "错误：稳定的错误码、中文说明；输入无效时附逐字段问题")
public record ApiProblem(@Schema(example = "CONFLICT") String code,
                         @Schema(example = "此表已被他人修改，您的输入已保留；请核对最新内容后再保存") String message,
                         List<Field> problems) {

    /** A field to correct: its path in the request body, a stable code, a Chinese message. */
    @Schema(name = "ApiField", description = "须改正的字段：请求体中的路径、错误码、中文说明")
    public record Field(@Schema(example = "entries.1.2.1.judgementReason") String field,
                        @Schema(example = "JUDGEMENT_REASON_MISSING") String code, String message) {

        static Field of(LiveScore.FieldProblem p) {
            return new Field(path(p.field()), p.code(), p.message());
        }
    }

    public ApiProblem {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    static ApiProblem of(String code, String message) {
        return new ApiProblem(code, message, List.of());
    }

    /** Refusals that mean "not for you, not now": the user may see the table but not do this to it. */
    private static final Set<String> FORBIDDEN = Set.of("NOT_EDITABLE", "NOT_SUBMITTABLE", "NOT_RETURNABLE",
            "NOT_ALLOWED", "NOT_UNLOCKABLE");

    /**
     * Done 200, Created 201, Conflict 409, Invalid 422; a refusal is 404 when the table is out of
     * the user's scope, 403 when the user may not do this, else 422 (the request lacks something
     * the rules ask for: a comment, a reason, errors corrected first).
     */
    static HttpStatus status(Workflow.Outcome outcome) {
        if (outcome instanceof Workflow.Outcome.Done) {
            return HttpStatus.OK;
        }
        if (outcome instanceof Workflow.Outcome.Created) {
            return HttpStatus.CREATED;
        }
        if (outcome instanceof Workflow.Outcome.Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (outcome instanceof Workflow.Outcome.Refused r) {
            if (r.code().equals("NOT_FOUND")) {
                return HttpStatus.NOT_FOUND;
            }
            return FORBIDDEN.contains(r.code()) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    /** The body for an outcome that is not a success. */
    static ApiProblem of(Workflow.Outcome outcome) {
        if (outcome instanceof Workflow.Outcome.Refused r) {
            return of(r.code(), r.message());
        }
        if (outcome instanceof Workflow.Outcome.Conflict c) {
            return of("CONFLICT", c.message());
        }
        if (outcome instanceof Workflow.Outcome.Invalid i) {
            return new ApiProblem("INVALID", "输入有" + i.problems().size() + "处需要改正",
                    i.problems().stream().map(Field::of).toList());
        }
        throw new IllegalArgumentException("not a failure: " + outcome);
    }

    /** The workflow's field names (those of the page form) as paths in the API's request body. */
    static String path(String field) {
        String[][] prefixes = {{"a.", "actual"}, {"js.", "judgementScore"}, {"jr.", "judgementReason"},
                {"dr.", "deviationReason"}, {"na.", "notApplicable"}};
        for (String[] p : prefixes) {
            if (field.startsWith(p[0])) {
                return "entries." + field.substring(p[0].length()) + "." + p[1];
            }
        }
        if (field.startsWith("f.")) {
            String[] parts = field.split("\\.", 3);
            if (parts.length == 3) {
                return "funds[" + parts[1] + "]." + parts[2];
            }
        }
        return field;
    }
}
