package org.jixiao.web.reports;

import org.jixiao.web.organisation.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published reports: the list in the user's scope, one report's review, and uploads — stored under
 * the user's own unit (fillers and leaders), or only checked (POST /reports/check: everyone but
 * auditors, nothing saved).
 */
@Controller
class ReportController {

    static final String REFUSED_PARAM = "refused";

    private final PublishedReports reports;
    private final ReportUploads uploads;
    private final ReportListPage listPage;

    ReportController(PublishedReports reports, ReportUploads uploads, ReportListPage listPage) {
        this.reports = reports;
        this.uploads = uploads;
        this.listPage = listPage;
    }

    @GetMapping("/reports")
    ModelAndView list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String sort,
                      @RequestParam(name = REFUSED_PARAM, defaultValue = "") String refused) {
        if (refused.equals(ReportProblem.FILE_TOO_LARGE)) {
            // where ReportUploadLimit sends an upload over the limit; no other code is taken from the URL
            ModelAndView page = listPage.refused(user, new ReportProblem(ReportProblem.FILE_TOO_LARGE), "");
            page.setStatus(HttpStatus.OK);
            return page;
        }
        return listPage.page(user, sort, "");
    }

    @GetMapping("/reports/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        PublishedReports.Opened opened = reports.open(id, user.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", opened.report());
        model.addAttribute("page", ReviewPage.of(opened.review(), opened.content()));
        return "reports/review";
    }

    @PostMapping(path = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                        @RequestParam(defaultValue = "") String year, RedirectAttributes redirect) {
        try {
            long id = uploads.store(user, file, year);
            redirect.addFlashAttribute("notice", "reports.notice.stored");
            return new ModelAndView("redirect:/reports/" + id);
        } catch (ReportProblem problem) {
            return listPage.refused(user, problem, year);
        }
    }

    /** The same review page for an uploaded file, without keeping it. */
    @PostMapping(path = "/reports/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView check(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                       @RequestParam(defaultValue = "") String year) {
        try {
            ReportUploads.Checked checked = uploads.check(user, file, year);
            ModelAndView page = new ModelAndView("reports/review");
            page.addObject("checked", new Checked(checked.read().fileName(), checked.year()));
            page.addObject("page", ReviewPage.of(checked.review(), checked.read().content()));
            return page;
        } catch (ReportProblem problem) {
            return listPage.refused(user, problem, year);
        }
    }

    /** A report reviewed but not stored: what the page says instead of the stored report's row. */
    public record Checked(String fileName, int year) {
    }
}
