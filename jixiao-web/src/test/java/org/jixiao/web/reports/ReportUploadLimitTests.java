package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file over the 10 MB upload limit, sent to the real server the way a browser sends the page's form:
 * the server refuses the body while Spring Security reads it for the CSRF token, the one case MockMvc
 * cannot show. The user must get the FILE_TOO_LARGE message, not the server's bare 413 page.
 */
@JixiaoWebTest
class ReportUploadLimitTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("id=\"upload-form\"[^>]*action=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

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
        return m.group(1).replace("&amp;", "&");
    }

    private void signIn(String username) throws Exception {
        String token = find(CSRF_FIELD, send(HttpRequest.newBuilder(uri("/login"))).body());
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    /** A multipart body as a browser sends the upload form: the CSRF field (if any), the year, the file. */
    private static byte[] form(String boundary, String csrf, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2024\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> post(String action, String csrf, String fileName, byte[] file) throws Exception {
        String boundary = "----jixiao-test-boundary";
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form(boundary, csrf, fileName, file))));
    }

    private long count() {
        return jdbc.sql("select count(*) from published_report").query(Long.class).single();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithFileTooLargeAndNothingIsStored() throws Exception {
        signIn("demo-unit");
        String list = send(HttpRequest.newBuilder(uri("/reports"))).body();
        String action = find(UPLOAD_ACTION, list);
        String csrf = find(CSRF_FIELD, list);
        long before = count();
        byte[] big = new byte[10 * 1024 * 1024 + 512 * 1024];
        Arrays.fill(big, (byte) 'a');

        HttpResponse<String> refused = post(action, csrf, "big.md", big);

        assertThat(refused.statusCode()).isEqualTo(303);
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/reports?refused=FILE_TOO_LARGE");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(location)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-code=\"FILE_TOO_LARGE\"", "文件超过 10 MB");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileWithinTheLimitIsStoredThroughTheServerAndTheCsrfTokenIsStillRequired() throws Exception {
        signIn("demo-unit");
        String list = send(HttpRequest.newBuilder(uri("/reports"))).body();
        String action = find(UPLOAD_ACTION, list);
        byte[] md = ReportUploadTests.markdown().getBytes(StandardCharsets.UTF_8);
        long before = count();

        assertThat(post(action, null, "no-token.md", md).statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> stored = post(action, find(CSRF_FIELD, list), "http.md", md);
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(stored.headers().firstValue("Location").orElseThrow()).matches(".*/reports/\\d+");
        assertThat(count()).isEqualTo(before + 1);
    }
}
