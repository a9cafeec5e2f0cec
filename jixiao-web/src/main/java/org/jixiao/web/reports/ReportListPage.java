package org.jixiao.web.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The list page (/reports): the reports in the user's scope, and the upload form for those who may
 * use it; shown again, with the reason, when an upload is refused.
 */
@Component
class ReportListPage {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PublishedReports reports;

    ReportListPage(PublishedReports reports) {
        this.reports = reports;
    }

    ModelAndView page(CurrentUser user, String sort, String year) {
        PublishedReports.Sort order = PublishedReports.Sort.of(sort);
        ModelAndView page = new ModelAndView("reports/list");
        page.addObject("reports", reports.within(user.scope(), order));
        page.addObject("sort", order.name());
        page.addObject("year", year == null || year.isBlank() ? String.valueOf(defaultYear()) : year.strip());
        page.addObject("minYear", MIN_YEAR);
        page.addObject("maxYear", MAX_YEAR);
        page.addObject("canCheck", !user.readOnly());
        page.addObject("canStore", user.role().fillsIn());
        return page;
    }

    /** The page again with why the upload was refused; nothing was stored. */
    ModelAndView refused(CurrentUser user, ReportProblem problem, String year) {
        ModelAndView page = page(user, "", year);
        page.addObject("problemKey", problem.messageKey());
        page.addObject("problemCode", problem.code());
        page.addObject("problemDetail", problem.detail());
        page.setStatus(status(problem));
        return page;
    }

    /** Reports are published the year after the one they evaluate. */
    static int defaultYear() {
        return LocalDate.now(ZONE).getYear() - 1;
    }

    private static HttpStatus status(ReportProblem problem) {
        if (problem.forbidden()) {
            return HttpStatus.FORBIDDEN;
        }
        return problem.code().equals(ReportProblem.FILE_TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
    }
}
