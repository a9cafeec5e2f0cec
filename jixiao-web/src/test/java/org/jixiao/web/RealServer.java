package org.jixiao.web;

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
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running test server over real HTTP, as a browser talks to it (a session cookie, the forms' CSRF
 * token) or a script (HTTP Basic). For what MockMvc cannot show: a request body the server itself
 * refuses, such as an upload over the multipart limit.
 */
public final class RealServer {

    /** The CSRF field of a page's form; its value is group 1. */
    public static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----jixiao-test-boundary";

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public RealServer(int port) {
        this.port = port;
    }

    /** A file just over the server's 10 MB multipart limit (and within its 11 MB request limit). */
    public static byte[] overTheLimit() {
        byte[] big = new byte[10 * 1024 * 1024 + 512 * 1024];
        Arrays.fill(big, (byte) 'a');
        return big;
    }

    /** Group 1 of the pattern's first match in the page, which must be there. */
    public static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** The Authorization header value of a demo user (password "demo") for the API. */
    public static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    /** The CSRF token of the page's form, as the browser would send it back. */
    public String csrf(String path) throws Exception {
        return find(CSRF_FIELD, get(path).body());
    }

    /** The page a refused form post leads to (303 to {@code location}, which must answer 200), as the browser follows it. */
    public String follow(HttpResponse<String> refused, String location) throws Exception {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue(location);
        HttpResponse<String> page = get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** A browser signed in as a demo user on the server at {@code port}. */
    public static RealServer signedIn(int port, String username) throws Exception {
        RealServer server = new RealServer(port);
        server.signIn(username);
        return server;
    }

    /** Signs in as a demo user (password "demo") on the login form; the session is kept for the next requests. */
    public void signIn(String username) throws Exception {
        String token = find(CSRF_FIELD, get("/login").body());
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    /**
     * A multipart post as a form or a script sends it: the fields (a form's "_csrf" among them), then
     * the part "file"; {@code headers} alternate name, value.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] file, String... headers)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
