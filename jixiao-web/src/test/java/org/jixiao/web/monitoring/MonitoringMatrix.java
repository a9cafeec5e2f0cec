package org.jixiao.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.number.Amount;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.web.JsonApi;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The monitoring rows of the access matrix (AccessMatrixTests): one request by a demo role and what
 * must come back, in the matrix's notation — a status, "login", "done" (redirect with a notice) or
 * "refused CODE". {UNIT} names demo-unit's own unit (Nanjing), {OTHER} Shenzhen (outside demo-unit's
 * scope, inside everyone else's). Every write is a valid one, so only who sends it decides; and a
 * refused request must leave every monitoring table (log included) as it was.
 */
public final class MonitoringMatrix {

    /** A year no other test writes, for the matrix's writes. */
    static final int YEAR = 2050;
    private static final AtomicInteger N = new AtomicInteger();

    private final MonitoringMvc mvc;
    private final JsonApi api;

    public MonitoringMatrix(WebApplicationContext context) {
        this.mvc = new MonitoringMvc(context);
        this.api = new JsonApi(context);
    }

    public void check(String who, String method, String path, String expect) throws Exception {
        String resolved = path.replace("{UNIT}", Long.toString(mvc.unit("南京市电化教育馆")))
                .replace("{OTHER}", Long.toString(mvc.unit("深圳市教育信息技术中心")));
        String row = (who == null ? "anonymous" : who) + " " + method + " " + path + " → " + expect;
        long before = mvc.rows();
        boolean allowedWrite;
        if (resolved.startsWith("/api/")) {
            JsonApi.Answer a = resolved.endsWith("/import")
                    ? api.upload(who, resolved, "矩阵.xlsx", workbook(), Integer.toString(YEAR))
                    : api.call(who, HttpMethod.valueOf(method), resolved, method.equals("GET") ? null : json(resolved));
            assertThat(a.status()).as(row + "\n" + a.body()).isEqualTo(Integer.parseInt(expect));
            if (a.status() >= 400) {
                assertThat(a.<String>read("$.code")).as(row + " JSON error code").isNotBlank();
                assertThat(a.<String>read("$.message")).as(row + " Chinese message").containsPattern("\\p{IsHan}");
            }
            allowedWrite = !method.equals("GET") && a.status() < 300;
        } else {
            AbstractMockHttpServletRequestBuilder<?> request;
            if (method.equals("GET")) {
                request = MockMvcRequestBuilders.get(resolved);
            } else if (resolved.endsWith("/import")) {
                request = MockMvcRequestBuilders.multipart(resolved)
                        .file(new MockMultipartFile("file", "矩阵.xlsx", "application/octet-stream", workbook()))
                        .param("year", Integer.toString(YEAR));
            } else {
                request = MockMvcRequestBuilders.post(resolved);
                form(resolved).forEach(request::param);
            }
            if (method.equals("POST")) {
                request.with(csrf());
            }
            MvcResult r = mvc.perform(who, request);
            int status = r.getResponse().getStatus();
            if (expect.equals("login")) {
                assertThat(status).as(row).isEqualTo(302);
                assertThat(r.getResponse().getRedirectedUrl()).as(row).endsWith("/login");
            } else if (expect.equals("done")) {
                assertThat(status).as(row).isEqualTo(302);
                assertThat((Map<String, Object>) r.getFlashMap()).as(row).containsKey("notice").doesNotContainKey("problemCode");
            } else if (expect.startsWith("refused ")) {
                assertThat(r.getFlashMap().get("problemCode")).as(row + " (status " + status + ")")
                        .isEqualTo(expect.substring("refused ".length()));
            } else {
                assertThat(status).as(row).isEqualTo(Integer.parseInt(expect));
            }
            allowedWrite = expect.equals("done");
        }
        if (allowedWrite) {
            assertThat(mvc.rows()).as(row + ": an allowed write stores and logs").isGreaterThan(before);
        } else {
            assertThat(mvc.rows()).as(row + ": nothing changed").isEqualTo(before);
        }
    }

    private static Map<String, String> form(String path) {
        int n = N.incrementAndGet();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", Integer.toString(YEAR));
        form.put("period", YEAR + "-Q1");
        if (path.endsWith("/figures")) {
            form.put("p.0", "矩阵监控项目-" + n);
            form.put("b.0", "100");
            form.put("e.0", "50");
        } else if (path.endsWith("/indicators")) {
            form.put("c.0", "M" + n);
            form.put("n.0", "矩阵指标");
            form.put("t.0", "≥95%");
            form.put("a.0", "96%");
        } else if (path.endsWith("/deviations")) {
            form.put("kind", "EXECUTION");
            form.put("item", "矩阵监控项目-" + n);
            form.put("cause", "FUNDS");
            form.put("correctiveAction", "加快支付");
            form.put("likelihood", "CERTAIN");
        }
        return form;
    }

    private static Map<String, Object> json(String path) {
        int n = N.incrementAndGet();
        String period = YEAR + "-Q1";
        if (path.endsWith("/figures")) {
            return Map.of("year", YEAR, "period", period, "figures",
                    List.of(Map.of("project", "矩阵接口项目-" + n, "budget", "100", "executed", "40")));
        }
        if (path.endsWith("/indicators")) {
            return Map.of("year", YEAR, "period", period, "indicators",
                    List.of(Map.of("code", "A" + n, "name", "矩阵指标", "periodTarget", "≥95%", "actual", "96%")));
        }
        return Map.of("year", YEAR, "kind", "EXECUTION", "item", "矩阵接口项目-" + n, "period", period, "cause", "OTHER",
                "correctiveAction", "加快支付", "likelihood", "POSSIBLE");
    }

    private static byte[] workbook() {
        int n = N.incrementAndGet();
        return MonitoringMvc.workbook(YEAR, new MonitoringWorkbook(List.of(new MonitoringWorkbook.FigureRow(0, "矩阵导入项目-" + n,
                ExecutionFigure.amounts(FiscalPeriod.quarter(YEAR, 1), Amount.wan("100"), Amount.wan("30")))),
                List.of(), List.of(), List.of()));
    }
}
