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
        return page(username, "2024");
    }

    private String page(String username, String year) throws Exception {
        return mvc.perform(get("/overview").param("year", year).with(user(users.loadUserByUsername(username))))
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

    @Test
    void allYearsTogetherAddUpTheYearsOneByOne() throws Exception {
        String all = page("demo-reviewer", "all");
        String year2024 = page("demo-reviewer");
        assertThat(Html.byId(all, "overview-year")).isEqualTo("全部年度");

        String lines = Html.section(all, "year-lines");
        java.util.List<String> complete = Html.all(lines, "<td class=\"num\">\\d+</td><td class=\"num\">(\\d+)</td>");
        assertThat(complete).isNotEmpty();
        // the distribution over all years counts every year's complete tables
        assertThat(Integer.parseInt(Html.byId(all, "scored-count")))
                .isEqualTo(complete.stream().mapToInt(Integer::parseInt).sum());
        // and 2024's line is the 2024 page
        assertThat(Html.all(lines, "data-year=\"2024\">\\s*<td><a[^>]*>2024</a></td>\\s*<td class=\"num\">\\d+</td><td class=\"num\">(\\d+)<"))
                .containsExactly(Html.byId(year2024, "scored-count"));
    }
}
