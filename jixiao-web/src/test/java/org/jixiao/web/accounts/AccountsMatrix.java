package org.jixiao.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The 决算公开 rows of the access matrix (AccessMatrixTests): one request by a demo role and what must
 * come back, in the matrix's notation — a status, "login", "done" (redirect with a notice) or
 * "refused CODE" (the page says why). {OWN} is a fresh disclosure of demo-unit's own unit (Nanjing),
 * {BAOTOU} the demo's Baotou disclosure (outside demo-unit's scope, inside everyone else's). Every
 * upload is a valid workbook of a year of its own, so only who sends it decides; a request that is
 * not let through must leave every disclosure table as it was.
 */
public final class AccountsMatrix {

    /** Years no other test uses: each upload of the matrix gets its own. */
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    private final AccountsMvc mvc;
    private final Disclosures disclosures;

    public AccountsMatrix(WebApplicationContext context) {
        this.mvc = new AccountsMvc(context);
        this.disclosures = context.getBean(Disclosures.class);
    }

    public void check(String who, String method, String path, String expect) throws Exception {
        String row = (who == null ? "anonymous" : who) + " " + method + " " + path + " → " + expect;
        int year = YEARS.incrementAndGet();
        long own = 0;
        if (path.contains("{OWN}")) {
            // created before counting, as another upload of the unit would have
            own = ((Disclosures.Stored.Done) disclosures.create(mvc.unit("南京市电化教育馆"), AccountsMvc.baotou(year),
                    "matrix.xlsx", "test")).id();
        }
        String resolved = path.replace("{OWN}", Long.toString(own)).replace("{BAOTOU}", Long.toString(mvc.baotou()));
        long before = mvc.rows();

        AbstractMockHttpServletRequestBuilder<?> request;
        if (method.equals("GET")) {
            request = MockMvcRequestBuilders.get(resolved);
        } else {
            request = MockMvcRequestBuilders.multipart(resolved)
                    .file(new MockMultipartFile("file", "矩阵.xlsx", "application/octet-stream",
                            AccountsMvc.workbook(AccountsMvc.baotou(year))));
            if (own > 0) {
                request.param("version", "1");
            }
            if (method.equals("POST")) {
                request.with(csrf());
            }
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
            Object code = r.getModelAndView() == null ? null : r.getModelAndView().getModel().get("problemCode");
            assertThat(code).as(row + " (status " + status + ")").isEqualTo(expect.substring("refused ".length()));
            assertThat(status).as(row).isGreaterThanOrEqualTo(400);
        } else {
            assertThat(status).as(row).isEqualTo(Integer.parseInt(expect));
        }
        if (expect.equals("done")) {
            assertThat(mvc.rows()).as(row + ": an allowed upload stores a version").isGreaterThan(before);
        } else {
            assertThat(mvc.rows()).as(row + ": nothing changed").isEqualTo(before);
        }
    }
}
