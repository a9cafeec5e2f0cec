package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.web.Html;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Role;
import org.jixiao.web.organisation.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The table page alone (controller, templates, security; the workflow and store mocked), with the
 * real core scoring Baotou's 教育三项改革资金 as published (examples/…tsv): 80.46, 良.
 */
@WebMvcTest(EvaluationController.class)
@Import(SecurityConfiguration.class)
class EvaluationPageSliceTests {

    private static final CurrentUser FILLER = new CurrentUser(7, "filler", "", "填报人", Role.UNIT_FILLER, 4,
            "包头市电化教育馆", "/1/2/4/", true, false);
    private static final Framework SANXIANG = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Workflow workflow;
    @MockitoBean
    EvaluationStore store;
    @MockitoBean
    org.jixiao.web.organisation.Users users;

    private Map<String, String> form;

    @BeforeEach
    void openTheTable() throws IOException {
        form = formOf(Path.of("../examples/baotou-2024-sanxiang-gaige.tsv"));
        EvaluationStore.Header header = new EvaluationStore.Header(42, 4, "包头市电化教育馆", "/1/2/4/", 9, 2024,
                "教育三项改革资金", Status.DRAFT, false, 3, Instant.now());
        Entries entries = Entries.fromForm(SANXIANG, form, 4);
        when(workflow.open(any(), eq(42L))).thenReturn(Optional.of(new Workflow.Opened(header, SANXIANG, entries, Map.of())));
        when(workflow.canEdit(any(), any())).thenReturn(true);
        when(store.comments(42)).thenReturn(List.of());
        when(users.isEnabled(anyLong())).thenReturn(true);
    }

    @Test
    void thePageShowsTheTotalTheCoreComputes() throws Exception {
        String page = body(get("/evaluations/42").with(user(FILLER)), 200);
        assertThat(Html.byId(page, "total")).isEqualTo("80.46");
        assertThat(Html.byId(page, "grade")).isEqualTo("良");
        assertThat(Html.byId(page, "score-1.1.3")).isEqualTo("4.8");
        assertThat(Html.byId(page, "error-count")).isEqualTo("0");
        assertThat(Html.inputValue(page, "a.1.1.1")).isEqualTo("82.00");
    }

    @Test
    void thePreviewScoresWhatIsTypedAndSavesNothing() throws Exception {
        form.put("a.1.1.3", "96"); // the summer courses reach their target: 4.8 → 5
        form.put("dr.1.1.3", "");
        String body = mvc.perform(withForm(post("/evaluations/42/preview")).with(user(FILLER)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("id=\"total\">80.66<").contains("id=\"score-1.1.3\" hx-swap-oob=\"true\">5<");
        verify(workflow, never()).save(any(), anyLong(), anyInt(), org.mockito.ArgumentMatchers.<Map<String, String>>any());
    }

    @Test
    void aStaleSaveKeepsWhatTheUserTyped() throws Exception {
        when(workflow.save(any(), eq(42L), eq(3), org.mockito.ArgumentMatchers.<Map<String, String>>any())).thenReturn(new Workflow.Outcome.Conflict("此表已被demo-admin修改"));
        form.put("a.3.1.1", "97.5");
        String page = body(withForm(post("/evaluations/42")).param("version", "3").with(user(FILLER)).with(csrf()), 200);
        assertThat(Html.section(page, "outcome")).contains("此表已被demo-admin修改");
        assertThat(Html.inputValue(page, "a.3.1.1")).isEqualTo("97.5");
        assertThat(Html.inputValue(page, "version")).isEqualTo("3");
    }

    @Test
    void aSuccessfulSaveRedirectsToTheTable() throws Exception {
        when(workflow.save(any(), eq(42L), eq(3), org.mockito.ArgumentMatchers.<Map<String, String>>any())).thenReturn(new Workflow.Outcome.Done());
        mvc.perform(withForm(post("/evaluations/42")).param("version", "3").with(user(FILLER)).with(csrf()))
                .andExpect(redirectedUrl("/evaluations/42"));
    }

    @Test
    void withoutSignInThePageRedirectsToLogin() throws Exception {
        mvc.perform(get("/evaluations/42")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aPostWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(withForm(post("/evaluations/42")).param("version", "3").with(user(FILLER)))
                .andExpect(status().isForbidden());
        verify(workflow, never()).save(any(), anyLong(), anyInt(), org.mockito.ArgumentMatchers.<Map<String, String>>any());
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request) {
        form.forEach(request::param);
        return request;
    }

    /** The evaluation file format of `jixiao score` (docs/cli.md) as the page's form fields. */
    static Map<String, String> formOf(Path tsv) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        int funds = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "funds" -> {
                    form.put("f." + funds + ".name", f[1]);
                    form.put("f." + funds + ".initial", f[2]);
                    form.put("f." + funds + ".adjusted", f[3]);
                    form.put("f." + funds + ".executed", f[4]);
                    funds++;
                }
                case "actual" -> form.put("a." + f[1], f[2]);
                case "judge" -> {
                    form.put("js." + f[1], f[2]);
                    form.put("jr." + f[1], f[3]);
                }
                case "reason" -> form.put("dr." + f[1], f[2]);
                default -> {
                }
            }
        }
        return form;
    }
}
