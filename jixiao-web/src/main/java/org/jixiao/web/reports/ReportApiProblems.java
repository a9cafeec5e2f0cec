package org.jixiao.web.reports;

import java.util.List;
import java.util.Locale;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one place where the reports feature's refusals become HTTP statuses and {@link ApiProblem}
 * bodies, with the page's own messages ({@code reports.problem.CODE}) in Chinese.
 */
@Component
class ReportApiProblems {

    static final String NOT_FOUND = "NOT_FOUND";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ReportApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * READ_ONLY and STORE_NOT_ALLOWED 403 (who the user is), FILE_TOO_LARGE 413, anything else 422
     * (what was sent: no file, a file that is not what its name says or cannot be read, a bad year).
     */
    static HttpStatus status(ReportProblem problem) {
        if (problem.forbidden()) {
            return HttpStatus.FORBIDDEN;
        }
        return problem.code().equals(ReportProblem.FILE_TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    ResponseEntity<ApiProblem> refused(ReportProblem problem) {
        return ResponseEntity.status(status(problem)).body(body(problem, messages));
    }

    /** The body: the code and message; what the file or year was wrong with as a field, with the reader's own words if any. */
    static ApiProblem body(ReportProblem problem, MessageSource messages) {
        String message = messages.getMessage(problem.messageKey(), null, CHINESE);
        if (problem.forbidden()) {
            return ApiProblem.of(problem.code(), message);
        }
        String detail = problem.detail().isEmpty() ? message
                : messages.getMessage("reports.problem.detail", new Object[] {problem.detail()}, CHINESE);
        String field = problem.code().equals(ReportProblem.BAD_YEAR) ? "year" : "file";
        return new ApiProblem(problem.code(), message, List.of(new ApiProblem.Field(field, problem.code(), detail)));
    }

    /** A report that does not exist, or that the user's scope does not cover. */
    static ResponseEntity<ApiProblem> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblem.of(NOT_FOUND, "没有这份报告，或不在本人范围内"));
    }
}
