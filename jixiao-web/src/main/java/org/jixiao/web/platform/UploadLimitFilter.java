package org.jixiao.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the server's multipart limit fails where its body is first parsed: in Spring
 * Security's CSRF check (pages) or the dispatcher (the API), before any controller, and the server
 * then answers a bare 413 page. So the uploads the features declare ({@link UploadLimit} beans) are
 * parsed here first, and that failure becomes the feature's own answer: a page is sent (303) where it
 * shows FILE_TOO_LARGE, the API answers 413 with its JSON error. Nothing of the request is used and
 * nothing changes, which is why this may run before sign-in and the CSRF check (the page it leads to
 * still needs both). Uploads within the multipart limit are checked by the features themselves.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100)
class UploadLimitFilter extends OncePerRequestFilter {

    private final List<UploadLimit> limits;
    private final JsonMapper json;

    UploadLimitFilter(List<UploadLimit> limits, JsonMapper json) {
        this.limits = List.copyOf(limits);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || limitFor(path(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (tooLarge(e)) {
                String path = path(request);
                UploadLimit limit = limitFor(path).orElseThrow();
                if (limit.coversApi(path)) {
                    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(json.writeValueAsString(limit.problem().get()));
                } else {
                    response.setStatus(HttpStatus.SEE_OTHER.value());
                    response.setHeader("Location", request.getContextPath() + limit.redirect().apply(path));
                }
                return;
            }
            // any other failure is left to the usual handling further on
        }
        chain.doFilter(request, response);
    }

    private Optional<UploadLimit> limitFor(String path) {
        return limits.stream().filter(l -> l.coversPage(path) || l.coversApi(path)).findFirst();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
