package org.jixiao.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/**
 * A workbook over the 10 MB upload limit, sent to the real server as a browser sends the upload
 * form: the server refuses the body while Spring Security reads it for the CSRF token, which MockMvc
 * cannot show. The user must get the FILE_TOO_LARGE message, not a bare 413 page, and nothing is stored.
 */
@JixiaoWebTest
class AccountsUploadLimitTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    @Test
    void aWorkbookOverTheLimitIsRefusedWithFileTooLargeAndNothingIsStored() throws Exception {
        String token = find(CSRF_FIELD, send(HttpRequest.newBuilder(uri("/login"))).body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo-unit&password=demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        String list = send(HttpRequest.newBuilder(uri("/accounts"))).body();
        String csrf = find(CSRF_FIELD, list);
        AccountsMvc mvc = new AccountsMvc(context);
        long before = mvc.rows();

        String boundary = "----jixiao-accounts-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[10 * 1024 * 1024 + 512 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/accounts"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertThat(refused.statusCode()).isEqualTo(303);
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/accounts?refused=FILE_TOO_LARGE");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(location)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-code=\"FILE_TOO_LARGE\"", "文件超过 10 MB");
        assertThat(mvc.rows()).isEqualTo(before);
    }
}
