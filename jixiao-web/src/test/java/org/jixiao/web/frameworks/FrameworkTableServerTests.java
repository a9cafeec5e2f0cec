package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.number.Amount;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/** The table form through the real server (Tomcat parses at most 1000 fields of a form; MockMvc has no limit). */
@JixiaoWebTest
class FrameworkTableServerTests {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;
    @Autowired
    FrameworkCatalog catalog;

    /**
     * Through the real server, as a browser posts it: Suzhou's grid is some 400 fields, under the
     * 1000 Tomcat parses (MockMvc has no such limit), and it arrives whole; the count the page uses
     * to decide whether a grid fits is the count the browser posts.
     */
    @Test
    void theWholeSuzhouGridIsSavedThroughTheRealServer() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = send(http, HttpRequest.newBuilder(uri("/login"))).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        assertThat(send(http, form(uri("/login"), List.of("username", "demo-unit", "password", "demo", "_csrf", token.group(1))))
                .statusCode()).isEqualTo(302);

        TableForm grid = TableForm.of(send(http, HttpRequest.newBuilder(uri(tableUrl(copy)))).body());
        assertThat(grid.fields).containsKey("_csrf").hasSizeGreaterThan(350);
        // every input, plus the button pressed
        assertThat(TableGrid.of(catalog.framework(copy)).fieldCount()).isEqualTo(grid.fields.size() + 1);
        grid.set("t", "6.1.3", "≥90%").setAmount("支出", "体检费", 1, "9");
        HttpResponse<String> saved = send(http, form(uri(tableUrl(copy)), List.of(grid.post("save"))));

        assertThat(saved.statusCode()).isEqualTo(302);
        Framework read = FrameworkFormat.read("saved", reread(copy).sourceText()).orThrow();
        assertThat(read.indicator("6.1.3").orElseThrow().target().text()).isEqualTo("≥90%");
        assertThat(read.amountTable("支出").orElseThrow().row("体检费").orElseThrow().value("全年预算数")).contains(Amount.wan("9"));
        // the last field of the form (the amounts come last) arrived: 苏州教育融媒体中心宣传工作服务 is unchanged
        assertThat(read.amountTable("支出").orElseThrow().row("苏州教育融媒体中心宣传工作服务").orElseThrow().value("全年预算数"))
                .contains(Amount.wan("142"));
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpRequest.Builder form(URI uri, List<String> pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private StoredFramework copyOf(String shipped) {
        return new SignedIn(context, users).copy(shipped, "demo-unit", "table-server-test", "表格测试");
    }

    private StoredFramework reread(StoredFramework f) {
        return catalog.findByCode(f.code()).orElseThrow();
    }

    private static String tableUrl(StoredFramework f) {
        return "/frameworks/" + f.id() + "/table";
    }
}
