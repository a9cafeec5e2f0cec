package org.jixiao.web.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.web.AccessCase;
import org.jixiao.web.Mvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The 决算公开 rows of the access matrix (AccessMatrixTests), in its notation ({@link AccessCase}).
 * {OWN} is a fresh disclosure of demo-unit's own unit (Nanjing), {BAOTOU} the demo's Baotou
 * disclosure (outside demo-unit's scope, inside everyone else's). Every upload is a valid workbook of
 * a year of its own, every table edit (…/tables/{n}/edit) the table's own form with one figure
 * changed and the version shown, every new disclosure (/accounts/new) a year of its own, so only who
 * sends it decides; a request that is not let through must leave every disclosure table as it was.
 * A refused page answers 4xx with the code in its model.
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

    public void check(AccessCase c) throws Exception {
        // a year only for the rows that store or need a disclosure of their own: the years end at 2100
        int year = c.path().contains("{OWN}") || !c.isGet() ? YEARS.incrementAndGet() : 0;
        long own = 0;
        if (c.path().contains("{OWN}")) {
            // created before counting, as another upload of the unit would have
            own = ((Disclosures.Stored.Done) disclosures.create(mvc.unit("南京市电化教育馆"), AccountsMvc.baotou(year),
                    "matrix.xlsx", "test")).id();
        }
        String resolved = c.path().replace("{OWN}", Long.toString(own)).replace("{BAOTOU}", Long.toString(mvc.baotou()));
        long before = mvc.rows();

        AbstractMockHttpServletRequestBuilder<?> request;
        if (c.isGet()) {
            request = MockMvcRequestBuilders.get(resolved);
        } else if (resolved.endsWith("/edit")) {
            request = MockMvcRequestBuilders.post(resolved);
            AccountsMvc.editForm(AccountsMvc.baotou(year), StandardTable.SUMMARY, Map.of(TableForm.lineField("other", "accounts"), "21.49"))
                    .forEach(request::param);
            request.param("version", "1");
            if (c.withCsrf()) {
                request.with(csrf());
            }
        } else if (resolved.equals("/accounts/new")) {
            request = MockMvcRequestBuilders.post(resolved).param("year", Integer.toString(year)).param("kind", "INSTITUTION");
            if (c.withCsrf()) {
                request.with(csrf());
            }
        } else {
            request = Mvc.multipart(resolved, "矩阵.xlsx", AccountsMvc.workbook(AccountsMvc.baotou(year)));
            if (own > 0) {
                request.param("version", "1");
            }
            if (c.withCsrf()) {
                request.with(csrf());
            }
        }
        MvcResult r = mvc.perform(c.who(), request);
        c.assertPage(r, AccountsMatrix::refusedCode);
        c.assertRows(before, mvc.rows(), c.done());
    }

    /** The refusal code of the re-rendered page, which must answer 4xx to count. */
    private static Object refusedCode(MvcResult r) {
        Object code = r.getModelAndView() == null ? null : r.getModelAndView().getModel().get("problemCode");
        return r.getResponse().getStatus() >= 400 ? code : "none: not an error status";
    }
}
