package org.jixiao.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.RealServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/**
 * A workbook over the server's 10 MB multipart limit, sent to the real server: the server refuses the
 * body before any controller (while Spring Security reads it for the CSRF token, or in the dispatcher
 * for the API), which MockMvc cannot show. The page still shows FILE_TOO_LARGE on the entry page, the
 * API its JSON error, and nothing is stored.
 */
@JixiaoWebTest
class MonitoringUploadLimitTests {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    @Test
    void theEntryPageShowsFileTooLarge() throws Exception {
        RealServer server = RealServer.signedIn(port, "demo-unit");
        String csrf = server.csrf("/monitoring/entry");
        MonitoringMvc mvc = new MonitoringMvc(context);
        long before = mvc.rows();

        HttpResponse<String> refused = server.upload("/monitoring/import", Map.of("_csrf", csrf, "year", "2044"), "big.xlsx",
                RealServer.overTheLimit());

        String page = server.follow(refused, "/monitoring/entry?refused=FILE_TOO_LARGE");
        assertThat(Html.all(page, "id=\"import-refused\"[^>]*data-code=\"([A-Z_]+)\"")).containsExactly("FILE_TOO_LARGE");
        assertThat(page).contains("文件超过5 MB");
        assertThat(mvc.rows()).isEqualTo(before);
    }

    @Test
    void theApiAnswers413WithItsJsonError() throws Exception {
        MonitoringMvc mvc = new MonitoringMvc(context);
        long before = mvc.rows();

        HttpResponse<String> refused = new RealServer(port).upload("/api/monitoring/import", Map.of("year", "2044"), "big.xlsx",
                RealServer.overTheLimit(), "Authorization", RealServer.basic("demo-unit"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("FILE_TOO_LARGE");
        assertThat(JsonPath.<String>read(refused.body(), "$.message")).isEqualTo("文件超过5 MB，请删去多余的内容后再导入");
        assertThat(mvc.rows()).isEqualTo(before);
    }
}
