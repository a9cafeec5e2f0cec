package org.jixiao.web.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.number.Amount;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.web.AccessCase;
import org.jixiao.web.JsonApi;
import org.jixiao.web.Mvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The monitoring rows of the access matrix (AccessMatrixTests), in its notation ({@link AccessCase}).
 * {UNIT} names demo-unit's own unit (Nanjing), {OTHER} Shenzhen (outside demo-unit's scope, inside
 * everyone else's). Every write is a valid one, so only who sends it decides; a refused page leads
 * back with the code in the flash, and a refused request must leave every monitoring table (log
 * included) as it was.
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

    public void check(AccessCase c) throws Exception {
        String resolved = c.path().replace("{UNIT}", Long.toString(mvc.unit("南京市电化教育馆")))
                .replace("{OTHER}", Long.toString(mvc.unit("深圳市教育信息技术中心")));
        long before = mvc.rows();
        boolean allowedWrite;
        if (resolved.startsWith("/api/")) {
            JsonApi.Answer a = resolved.endsWith("/import")
                    ? api.upload(c.who(), resolved, "矩阵.xlsx", workbook(), Integer.toString(YEAR))
                    : api.call(c.who(), HttpMethod.valueOf(c.method()), resolved, c.isGet() ? null : json(resolved));
            c.assertApi(a.status(), a.body());
            allowedWrite = !c.isGet() && a.status() < 300;
        } else {
            AbstractMockHttpServletRequestBuilder<?> request;
            if (c.isGet()) {
                request = MockMvcRequestBuilders.get(resolved);
            } else if (resolved.endsWith("/import")) {
                request = Mvc.multipart(resolved, "矩阵.xlsx", workbook()).param("year", Integer.toString(YEAR));
            } else {
                request = MockMvcRequestBuilders.post(resolved);
                form(resolved).forEach(request::param);
            }
            if (c.withCsrf()) {
                request.with(csrf());
            }
            c.assertPage(mvc.perform(c.who(), request), r -> r.getFlashMap().get("problemCode"));
            allowedWrite = c.done();
        }
        c.assertRows(before, mvc.rows(), allowedWrite);
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
