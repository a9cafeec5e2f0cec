package org.jixiao.web.evaluations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JixiaoWebTest
class OverviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    private String page(String username) throws Exception {
        return mvc.perform(get("/overview").param("year", "2024").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theReviewerSeesTheYearOfAllFourCentres() throws Exception {
        // demo data: 2024 has Nanjing's draft and four published tables (three Baotou projects, Shenzhen).
        // Scored (complete) are Baotou's three only: Nanjing's F11 awaits a judgement, and Shenzhen's
        // report gives one score where the framework has parts (财务合规性, 预决算信息公开, 公用经费控制率)
        String page = page("demo-reviewer");
        assertThat(Html.byId(page, "scored-count")).isEqualTo("3");
        assertThat(Html.all(page, "status=PUBLISHED\">[^<]*</a></td>\\s*<td class=\"num\">(\\d+)<")).containsExactly("4");
        assertThat(Html.all(page, "包头市电化教育馆</a></td>\\s*<td class=\"num\">(\\d+)<")).containsExactly("3");
        assertThat(page).contains("data-chart=");
    }

    @Test
    void theFillerSeesOnlyItsOwnUnit() throws Exception {
        String page = page("demo-unit");
        assertThat(Html.all(Html.section(page, "unit-findings"), "<a href=\"[^\"]*\">([^<]*)</a>"))
                .containsExactly("南京市电化教育馆（南京市教育信息化中心）");
        assertThat(Html.byId(page, "scored-count")).isEqualTo("0");
    }
}
