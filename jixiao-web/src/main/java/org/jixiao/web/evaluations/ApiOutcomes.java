package org.jixiao.web.evaluations;

import java.util.Set;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/** The one place where a workflow outcome becomes an HTTP status and an {@link ApiProblem}. */
final class ApiOutcomes {

    /** Refusals that mean "not for you, not now": the user may see the table but not do this to it. */
    private static final Set<String> FORBIDDEN = Set.of("NOT_EDITABLE", "NOT_SUBMITTABLE", "NOT_RETURNABLE",
            "NOT_ALLOWED", "NOT_UNLOCKABLE");

    private ApiOutcomes() {
    }

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
    static ApiProblem problem(Workflow.Outcome outcome) {
        if (outcome instanceof Workflow.Outcome.Refused r) {
            return ApiProblem.of(r.code(), r.message());
        }
        if (outcome instanceof Workflow.Outcome.Conflict c) {
            return ApiProblem.of("CONFLICT", c.message());
        }
        if (outcome instanceof Workflow.Outcome.Invalid i) {
            return new ApiProblem("INVALID", "输入有" + i.problems().size() + "处需要改正",
                    i.problems().stream().map(ApiOutcomes::field).toList());
        }
        throw new IllegalArgumentException("not a failure: " + outcome);
    }

    static ApiProblem.Field field(LiveScore.FieldProblem p) {
        return new ApiProblem.Field(path(p.field()), p.code(), p.message());
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
