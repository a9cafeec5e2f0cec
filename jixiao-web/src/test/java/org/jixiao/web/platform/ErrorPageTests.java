package org.jixiao.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages through the real server (MockMvc does not render them): localised, no stack trace. */
@JixiaoWebTest
class ErrorPageTests {

    @LocalServerPort
    int port;

    @Test
    void aTableOutsideTheUsersScopeIsAPoliteNotFound() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(client, "demo-unit");

        HttpResponse<String> zh = client.send(get("/evaluations/999999"), HttpResponse.BodyHandlers.ofString());
        assertThat(zh.statusCode()).isEqualTo(404);
        assertThat(zh.body()).contains("没有这个页面，或您无权查看").contains("id=\"error-status\">404<")
                .doesNotContain("Whitelabel").doesNotContain("Exception");

        HttpResponse<String> en = client.send(get("/evaluations/999999?lang=en"), HttpResponse.BodyHandlers.ofString());
        assertThat(en.body()).contains("No such page, or you may not see it");
    }

    private void signIn(HttpClient client, String username) throws Exception {
        String login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.body()).contains("id=\"current-user\"");
    }

    private HttpRequest get(String path) {
        // as a browser asks: Boot answers JSON to clients that do not accept HTML
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
