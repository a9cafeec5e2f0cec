package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.RealServer;
import org.junit.jupiter.api.BeforeEach;
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

    private static final Pattern UPLOAD_ACTION = Pattern.compile("id=\"upload-form\"[^>]*action=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    RealServer server;

    @BeforeEach
    void signIn() throws Exception {
        server = RealServer.signedIn(port, "demo-unit");
    }

    private HttpResponse<String> post(String action, String csrf, String fileName, byte[] file) throws Exception {
        return server.upload(action, csrf == null ? Map.of("year", "2024") : Map.of("_csrf", csrf, "year", "2024"), fileName, file);
    }

    private long count() {
        return jdbc.sql("select count(*) from published_report").query(Long.class).single();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithFileTooLargeAndNothingIsStored() throws Exception {
        String list = server.get("/reports").body();
        String action = RealServer.find(UPLOAD_ACTION, list);
        String csrf = RealServer.find(RealServer.CSRF_FIELD, list);
        long before = count();

        HttpResponse<String> refused = post(action, csrf, "big.md", RealServer.overTheLimit());

        assertThat(server.follow(refused, "/reports?refused=FILE_TOO_LARGE")).contains("data-code=\"FILE_TOO_LARGE\"", "文件超过 10 MB");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileWithinTheLimitIsStoredThroughTheServerAndTheCsrfTokenIsStillRequired() throws Exception {
        String list = server.get("/reports").body();
        String action = RealServer.find(UPLOAD_ACTION, list);
        byte[] md = ReportUploadTests.markdown().getBytes(StandardCharsets.UTF_8);
        long before = count();

        assertThat(post(action, null, "no-token.md", md).statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> stored = post(action, RealServer.find(RealServer.CSRF_FIELD, list), "http.md", md);
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(stored.headers().firstValue("Location").orElseThrow()).matches(".*/reports/\\d+");
        assertThat(count()).isEqualTo(before + 1);
    }
}
