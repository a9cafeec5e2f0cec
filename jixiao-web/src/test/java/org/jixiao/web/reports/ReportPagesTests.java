package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.formats.published.DemoReports;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.organisation.Scope;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The list of reports in a user's scope and the review page of one, on the four demo reports. */
@JixiaoWebTest
class ReportPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;
    @Autowired
    PublishedReports reports;

    ReportsMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = new ReportsMvc(context);
    }

    @SuppressWarnings("unchecked")
    private static List<PublishedReports.Report> listed(MvcResult result) {
        return (List<PublishedReports.Report>) result.getModelAndView().getModel().get("reports");
    }

    private long demoReport(String prefix) {
        return reports.within(Scope.everything()).stream()
                .filter(r -> r.uploadedBy().equals("demo") && r.fileName().startsWith(prefix))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theReviewerSeesTheFourDemoReportsAndTheFillerOnlyNanjings() throws Exception {
        MvcResult reviewer = mvc.page("demo-reviewer", "/reports");
        assertThat(reviewer.getResponse().getStatus()).isEqualTo(200);
        assertThat(listed(reviewer)).filteredOn(r -> r.uploadedBy().equals("demo"))
                .extracting(PublishedReports.Report::fileName).containsExactlyInAnyOrderElementsOf(DemoReports.NAMES);
        String html = ReportsMvc.html(reviewer);
        for (PublishedReports.Report r : listed(reviewer)) {
            assertThat(html).contains("href=\"/reports/" + r.id() + "\"");
        }

        MvcResult filler = mvc.page("demo-unit", "/reports");
        String nanjing = users.find("demo-unit").orElseThrow().unitName();
        assertThat(listed(filler)).isNotEmpty().allSatisfy(r -> assertThat(r.unitName()).isEqualTo(nanjing));
        assertThat(listed(filler)).extracting(PublishedReports.Report::fileName)
                .contains("nanjing-2024-department-self-evaluation.md")
                .doesNotContain("baotou-2024-final-accounts-and-project-self-evaluations.md",
                        "shenzhen-2024-department-self-evaluation.md", "suzhou-2024-department-target-table.md");
        assertThat(ReportsMvc.html(filler)).doesNotContain("包头市电化教育馆");
    }

    @Test
    void theListSortsByErrors() throws Exception {
        List<PublishedReports.Report> byErrors = listed(mvc.page("demo-reviewer", "/reports?sort=errors"));

        assertThat(byErrors).extracting(PublishedReports.Report::errorCount)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        // Baotou: three narrative changes and a full score for a missed target; Suzhou: one sum (SeedReviewTests)
        PublishedReports.Report baotou = byErrors.stream().filter(r -> r.fileName().startsWith("baotou")).findFirst().orElseThrow();
        PublishedReports.Report suzhou = byErrors.stream().filter(r -> r.fileName().startsWith("suzhou")).findFirst().orElseThrow();
        assertThat(baotou.errorCount()).isGreaterThan(suzhou.errorCount());
        assertThat(byErrors.indexOf(baotou)).isLessThan(byErrors.indexOf(suzhou));
    }

    @Test
    void baotousReviewListsItsKnownFindingsEachLinkedToItsLine() throws Exception {
        MvcResult result = mvc.page("demo-reviewer", "/reports/" + demoReport("baotou"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        ReviewPage page = (ReviewPage) result.getModelAndView().getModel().get("page");
        String html = ReportsMvc.html(result);

        // 住房保障支出: its one item went from 29.02 to 31.50, +2.48, stated +0.86 (docs/review.md)
        ReviewPage.Item housing = page.groups().stream().filter(ReviewPage.Group::documentLevel)
                .flatMap(g -> g.findings().stream()).filter(f -> f.row().equals("住房保障支出（类）")).findFirst().orElseThrow();
        assertThat(housing.code()).isEqualTo("NARRATIVE_CHANGE_MISMATCH");
        assertThat(housing.line()).isEqualTo(259);
        assertThat(housing.expected()).isEqualTo("2.48");
        assertThat(housing.found()).isEqualTo("0.86");
        assertThat(html).contains("id=\"" + housing.anchor() + "\"", "href=\"#line-259\"", "id=\"line-259\"");
        assertThat(page.lines().get(258).text()).contains("住房保障支出");
        assertThat(page.lines().get(258).findings()).extracting(ReviewPage.Item::code).contains("NARRATIVE_CHANGE_MISMATCH");

        // the other narrative findings and one of each project table (SeedReviewTests lists them all)
        assertThat(page.groups().stream().flatMap(g -> g.findings().stream()).map(f -> f.code() + " " + f.line()).toList())
                .contains("NARRATIVE_CHANGE_MISMATCH 163", "NARRATIVE_CHANGE_MISMATCH 253", "ROUNDING 397",
                        "DATE_OUTSIDE_YEAR 401", "FULL_SCORE_TARGET_MISSED 460", "NEEDS_JUDGEMENT 365");
        // each finding on a line links to a line that exists, and the line links back
        page.groups().stream().flatMap(g -> g.findings().stream()).filter(f -> f.line() != null).forEach(f -> {
            assertThat(f.line()).isBetween(1, page.lines().size());
            assertThat(html).contains("href=\"#" + f.anchor() + "\"");
        });

        // the summary: the three project tables, reported and recomputed
        assertThat(page.tables()).filteredOn(t -> t.kind().name().equals("PROJECT_SELF_EVALUATION"))
                .extracting(ReviewPage.TableSummary::reportedTotal, ReviewPage.TableSummary::recomputedTotal,
                        ReviewPage.TableSummary::recomputedGrade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("99.68", "99.68", "优"),
                        org.assertj.core.groups.Tuple.tuple("80.46", "80.45", "良"),
                        org.assertj.core.groups.Tuple.tuple("98.95", "88.95", "良"));
        assertThat(html).contains("项目支出绩效自评表", "文字说明中的增减额或增减幅度有误");
    }

    @Test
    void aReportOutsideTheUsersScopeIsNotFound() throws Exception {
        long baotou = demoReport("baotou");
        long nanjing = demoReport("nanjing");

        assertThat(mvc.page("demo-unit", "/reports/" + baotou).getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.page("demo-unit", "/reports/" + nanjing).getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.page("demo-reviewer", "/reports/999999999").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAuditorReadsButIsOfferedNoUpload() throws Exception {
        MvcResult auditor = mvc.page("demo-auditor", "/reports");

        assertThat(listed(auditor)).extracting(PublishedReports.Report::fileName).containsAll(DemoReports.NAMES);
        assertThat(ReportsMvc.html(auditor)).doesNotContain("upload-form");
        assertThat(ReportsMvc.html(mvc.page("demo-unit", "/reports"))).contains("upload-form", "store-button");
        assertThat(ReportsMvc.html(mvc.page("demo-reviewer", "/reports"))).contains("check-button").doesNotContain("store-button");
    }

    @Test
    void thePagesSpeakEnglishWhenAsked() throws Exception {
        String html = ReportsMvc.html(mvc.page("demo-reviewer", "/reports/" + demoReport("baotou") + "?lang=en"));

        assertThat(html).contains("Change or rate of change in the text is wrong", "Project self-evaluation", "Report text");
        assertThat(html).doesNotContain("??");
    }
}
