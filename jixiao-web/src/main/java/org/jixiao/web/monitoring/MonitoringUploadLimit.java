package org.jixiao.web.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jixiao.web.platform.ApiProblem;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workbook upload over the server's multipart limit fails where the body is first parsed (in the
 * CSRF check, before any controller), which would answer a bare error page. So monitoring uploads
 * are parsed here first and that failure becomes the entry page's FILE_TOO_LARGE (the API: 413 with
 * its JSON error). Nothing of the request is used and nothing changes, which is why this may run
 * before sign-in. Uploads within the multipart limit but over the monitoring limit are refused by
 * {@link MonitoringEntry} itself.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100)
class MonitoringUploadLimit extends OncePerRequestFilter {

    private static final Set<String> PATHS = Set.of("/monitoring/import", "/api/monitoring/import");

    private final JsonMapper json;

    MonitoringUploadLimit(JsonMapper json) {
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
            if (tooLarge(e)) {
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(json.writeValueAsString(ApiProblem.of("FILE_TOO_LARGE",
                            "文件超过" + MonitoringEntry.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB，请删去多余的内容后再导入")));
                } else {
                    response.setStatus(HttpStatus.SEE_OTHER.value());
                    response.setHeader("Location", request.getContextPath() + "/monitoring/entry?"
                            + MonitoringController.REFUSED_PARAM + "=FILE_TOO_LARGE");
                }
                return;
            }
            // any other failure is left to the usual handling further on
        }
        chain.doFilter(request, response);
    }

    /** The servlet container's size exceptions, recognised by their words as Spring's multipart support does. */
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
