package org.jixiao.web.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A workbook upload over the server's multipart limit fails where its body is first parsed: in
 * Spring Security's CSRF check, before any controller, and the server then answers a bare 413 page.
 * So disclosure uploads (POST /accounts, POST /accounts/{id}) are parsed here first, and that failure
 * becomes a redirect to the same page with FILE_TOO_LARGE. Nothing of the request is used and nothing
 * changes, which is why this may run before sign-in and the CSRF check (the page it leads to still
 * needs both). Uploads within the multipart limit are checked again by {@link DisclosureUploads}.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100)
class AccountsUploadLimit extends OncePerRequestFilter {

    private static final Pattern PATHS = Pattern.compile("/accounts(/\\d{1,18})?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || !PATHS.matcher(path).matches()
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (tooLarge(e)) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", request.getContextPath() + path + "?" + AccountsController.REFUSED_PARAM
                        + "=" + AccountsProblem.FILE_TOO_LARGE);
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
