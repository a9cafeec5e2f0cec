package org.jixiao.web.reports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report upload over the multipart limit fails where its body is first parsed: in Spring Security's
 * CSRF check, before any controller, and the server then answers a bare 413 page. So report uploads
 * are parsed here first, and that failure becomes a redirect to the list with FILE_TOO_LARGE. Nothing
 * of the request is used: no state changes, which is why this may run before sign-in and CSRF checks.
 * The API's uploads fail the same way before their controller (in the dispatcher), so they are
 * answered here too: 413 with the API's JSON error.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100)
class UploadTooLarge extends OncePerRequestFilter {

    static final String REFUSED_PARAM = "refused";
    private static final Set<String> PATHS = Set.of("/reports", "/reports/check", "/api/reports", "/api/reports/check");

    private final MessageSource messages;
    private final JsonMapper json;

    UploadTooLarge(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || !PATHS.contains(path)
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (tooLarge(e) && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ReportProblem problem = new ReportProblem(ReportProblem.FILE_TOO_LARGE);
                response.setStatus(ReportApiProblems.status(problem).value());
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(json.writeValueAsString(ReportApiProblems.body(problem, messages)));
                return;
            }
            if (tooLarge(e)) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", request.getContextPath() + "/reports?" + REFUSED_PARAM + "="
                        + ReportProblem.FILE_TOO_LARGE);
                return;
            }
            // any other failure is left to the usual handling further on
        }
        chain.doFilter(request, response);
    }

    /** The servlet container's size exceptions, recognised by their words as Spring's own multipart support does. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("size") && message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }
}
