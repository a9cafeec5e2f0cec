package org.jixiao.web.frameworks;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.web.organisation.Scope;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one place where the frameworks feature's outcomes become HTTP statuses and {@link ApiProblem}
 * bodies. Messages are the pages' own ({@code frameworks.problem.CODE}, {@code indicators.problem.CODE}),
 * always in Chinese: the API has no language setting.
 */
@Component
class FrameworkApiProblems {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final FrameworkCatalog catalog;

    FrameworkApiProblems(MessageSource messages, FrameworkCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    /**
     * A copy's or a save's failure: NOT_FOUND 404 (also outside the scope), READ_ONLY and
     * COPY_NOT_ALLOWED 403 (not for this user), Conflict 409 (nothing saved), anything else 422
     * (the text has errors, the framework is in use, a code or year that cannot be taken).
     */
    ResponseEntity<ApiProblem> failure(long id, FrameworkEditing.Outcome outcome) {
        if (outcome instanceof FrameworkEditing.Outcome.Conflict) {
            // the version that won, as the page names it (the save found the framework in the user's scope)
            FrameworkCatalog.StoredFramework now = catalog.find(id, Scope.everything()).orElse(null);
            String by = now == null || now.updatedBy() == null ? "" : now.updatedBy();
            return body(HttpStatus.CONFLICT, ApiProblem.of("CONFLICT",
                    message(new FrameworkEditing.Outcome.Refused("CONFLICT", by, now == null ? "" : now.version()))));
        }
        if (outcome instanceof FrameworkEditing.Outcome.Invalid i) {
            List<ApiProblem.Field> fields = i.check().problems().stream().filter(FrameworkProblem::isError)
                    .map(FrameworkApiProblems::field).toList();
            return body(HttpStatus.UNPROCESSABLE_CONTENT, new ApiProblem("INVALID",
                    message(new FrameworkEditing.Outcome.Refused("INVALID", i.check().errorCount())), fields));
        }
        if (outcome instanceof FrameworkEditing.Outcome.Refused r) {
            HttpStatus status = switch (r.code()) {
                case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
                case "READ_ONLY", "COPY_NOT_ALLOWED" -> HttpStatus.FORBIDDEN;
                default -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            return body(status, ApiProblem.of(r.code(), message(r)));
        }
        throw new IllegalArgumentException("not a failure: " + outcome);
    }

    /** A framework the user's scope does not cover answers as one that does not exist. */
    ResponseEntity<ApiProblem> notFound() {
        return failure(0, new FrameworkEditing.Outcome.Refused("NOT_FOUND"));
    }

    /** A library query that cannot be answered (a kind or nature that does not exist, …): 400 with its code. */
    ResponseEntity<ApiProblem> badQuery(String code) {
        return body(HttpStatus.BAD_REQUEST, ApiProblem.of(code, messages.getMessage("indicators.problem." + code,
                new Object[] {String.valueOf(LibraryQuery.MAX_TEXT)}, CHINESE)));
    }

    /** A request the API itself cannot read: a missing field, a weight that is no number. */
    static ResponseEntity<ApiProblem> invalid(String field, String code, String message) {
        return body(HttpStatus.UNPROCESSABLE_CONTENT, new ApiProblem(code, message, List.of(new ApiProblem.Field(field, code, message))));
    }

    private String message(FrameworkEditing.Outcome.Refused r) {
        return messages.getMessage("frameworks.problem." + r.code(), r.args().toArray(), CHINESE);
    }

    /** A text error as a field problem: the field is the text, the message says the line. */
    private static ApiProblem.Field field(FrameworkProblem p) {
        String where = p.line() > 0 ? "第" + p.line() + "行" + (p.node().isEmpty() ? "" : "（" + p.node() + "）") + "：" : "";
        return new ApiProblem.Field("text", p.code(), where + p.message());
    }

    private static ResponseEntity<ApiProblem> body(HttpStatus status, ApiProblem problem) {
        return ResponseEntity.status(status).body(problem);
    }
}
