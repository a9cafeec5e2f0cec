package org.jixiao.web.platform;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One feature's uploads as {@link UploadLimitFilter} answers them when their body is over the server's
 * multipart limit: the page paths and where the user is then sent (a page that shows the feature's
 * own FILE_TOO_LARGE message), and the API paths with the feature's JSON error (answered 413). A
 * feature declares it as a bean; paths are without the context path and matched whole.
 *
 * @param pages    the page forms' upload paths
 * @param redirect from the path posted to, the page (path and query) the user is sent to
 * @param api      the API's upload paths; matches nothing when the feature has no upload API
 * @param problem  the API's error body (null without an upload API)
 */
public record UploadLimit(Pattern pages, UnaryOperator<String> redirect, Pattern api, Supplier<ApiProblem> problem) {

    private static final Pattern NOTHING = Pattern.compile("(?!)");

    public UploadLimit {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(redirect, "redirect");
        Objects.requireNonNull(api, "api");
    }

    /** Page uploads only: {@code paths} a regular expression, {@code redirect} as above. */
    public static UploadLimit pages(String paths, UnaryOperator<String> redirect) {
        return new UploadLimit(Pattern.compile(paths), redirect, NOTHING, null);
    }

    /** The same with API uploads at {@code paths} (a regular expression), refused with {@code problem}. */
    public UploadLimit andApi(String paths, Supplier<ApiProblem> problem) {
        return new UploadLimit(pages, redirect, Pattern.compile(paths), Objects.requireNonNull(problem, "problem"));
    }

    boolean coversPage(String path) {
        return pages.matcher(path).matches();
    }

    boolean coversApi(String path) {
        return problem != null && api.matcher(path).matches();
    }
}
