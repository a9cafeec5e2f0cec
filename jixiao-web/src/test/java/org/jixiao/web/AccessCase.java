package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.function.Function;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One row of the access matrix (evaluations' AccessMatrixTests, with the features' own matrix helpers):
 * the demo role (null: anonymous), the method ("POST (no CSRF)": a post without the token), the path
 * (placeholders name fixtures) and what must come back. Pages expect a status, "login" (redirect to the
 * login page), "done" (redirect with a notice) or "refused CODE" (the page says why); the API a status.
 */
public record AccessCase(String who, String method, String path, String expect) {

    private static final String REFUSED = "refused ";

    @Override
    public String toString() {
        return String.format("%-13s %-14s %-36s → %s", who == null ? "anonymous" : who, method, path, expect);
    }

    public boolean isGet() {
        return method.equals("GET");
    }

    /** A post as the page sends it, with the CSRF token (not for "POST (no CSRF)"). */
    public boolean withCsrf() {
        return method.equals("POST");
    }

    /** A page's answer as the row expects; {@code refusedCode} reads the code a refused page shows (null: none). */
    public void assertPage(MvcResult result, Function<MvcResult, Object> refusedCode) {
        int status = result.getResponse().getStatus();
        if (expect.equals("login")) {
            assertThat(status).as(toString()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(toString()).endsWith("/login");
        } else if (expect.equals("done")) {
            assertThat(status).as(toString()).isEqualTo(302);
            assertThat((Map<String, Object>) result.getFlashMap()).as(toString()).containsKey("notice").doesNotContainKey("problemCode");
        } else if (expect.startsWith(REFUSED)) {
            assertThat(refusedCode.apply(result)).as(this + " (status " + status + ")").isEqualTo(expect.substring(REFUSED.length()));
        } else {
            assertThat(status).as(toString()).isEqualTo(Integer.parseInt(expect));
        }
    }

    /** An API answer as the row expects: the status, and any error in the API's body (a code, a Chinese message). */
    public void assertApi(int status, String body) {
        assertThat(status).as(this + "\n" + body).isEqualTo(Integer.parseInt(expect));
        if (status >= 400) {
            assertThat(JsonPath.parse(body).<String>read("$.code")).as(this + " JSON error code").isNotBlank();
            assertThat(JsonPath.parse(body).<String>read("$.message")).as(this + " Chinese message").containsPattern("\\p{IsHan}");
        }
    }

    /** A write that was let through changed the feature's rows (counted before and after); anything else changed nothing. */
    public void assertRows(long before, long after, boolean allowedWrite) {
        if (allowedWrite) {
            assertThat(after).as(this + ": an allowed write stores").isGreaterThan(before);
        } else {
            assertThat(after).as(this + ": nothing changed").isEqualTo(before);
        }
    }

    /** Whether the page row expects its write let through. */
    public boolean done() {
        return expect.equals("done");
    }
}
