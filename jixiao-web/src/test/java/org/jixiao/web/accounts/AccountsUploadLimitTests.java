package org.jixiao.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.RealServer;
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

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    @Test
    void aWorkbookOverTheLimitIsRefusedWithFileTooLargeAndNothingIsStored() throws Exception {
        RealServer server = RealServer.signedIn(port, "demo-unit");
        String csrf = server.csrf("/accounts");
        AccountsMvc mvc = new AccountsMvc(context);
        long before = mvc.rows();

        HttpResponse<String> refused = server.upload("/accounts", Map.of("_csrf", csrf), "big.xlsx", RealServer.overTheLimit());

        assertThat(server.follow(refused, "/accounts?refused=FILE_TOO_LARGE")).contains("data-code=\"FILE_TOO_LARGE\"", "文件超过 10 MB");
        assertThat(mvc.rows()).isEqualTo(before);

        // a new version of a disclosure: back to that disclosure's page (answered before any check of who may see it)
        String version = "/accounts/" + mvc.baotou();
        HttpResponse<String> again = server.upload(version, Map.of("_csrf", csrf, "version", "1"), "big.xlsx", RealServer.overTheLimit());
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValue(version + "?refused=FILE_TOO_LARGE");
        assertThat(mvc.rows()).isEqualTo(before);
    }
}
