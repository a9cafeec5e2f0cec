package org.jixiao.web.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.ReadLimits;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
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

    private final PublishedReports reports;
    private final ReportListPage listPage;
    private final ReadLimits limits;

    ReportController(PublishedReports reports, ReportListPage listPage,
                     @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
        this.reports = reports;
        this.listPage = listPage;
        // the upload limit, within the readers' own
        ReadLimits d = ReadLimits.DEFAULTS;
        this.limits = new ReadLimits(Math.min(d.maxFileBytes(), maxFileSize.toBytes()), d.maxUncompressedBytes(),
                d.maxEntries(), d.maxCompressionRatio(), d.maxLines(), d.maxCells(), d.maxCellsPerRow());
    }

    @GetMapping("/reports")
    ModelAndView list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String sort,
                      @RequestParam(name = UploadTooLarge.REFUSED_PARAM, defaultValue = "") String refused) {
        if (refused.equals(ReportProblem.FILE_TOO_LARGE)) {
            // where UploadTooLarge sends an upload over the limit; no other code is taken from the URL
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
            if (user.readOnly()) {
                throw new ReportProblem(ReportProblem.READ_ONLY);
            }
            if (!user.role().fillsIn()) {
                // reports belong to units; supervisors check them without keeping them
                throw new ReportProblem(ReportProblem.STORE_NOT_ALLOWED);
            }
            int reportYear = year(year);
            ReportFile.Read read = read(file);
            long id = reports.store(user.unitId(), reportYear, read, user.getUsername());
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
            if (user.readOnly()) {
                throw new ReportProblem(ReportProblem.READ_ONLY);
            }
            int reportYear = year(year);
            ReportFile.Read read = read(file);
            ModelAndView page = new ModelAndView("reports/review");
            page.addObject("checked", new Checked(read.fileName(), reportYear));
            page.addObject("page", ReviewPage.of(Reviewer.review(read.document(), reportYear), read.content()));
            return page;
        } catch (ReportProblem problem) {
            return listPage.refused(user, problem, year);
        }
    }

    /** A report reviewed but not stored: what the page says instead of the stored report's row. */
    public record Checked(String fileName, int year) {
    }

    private ReportFile.Read read(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new ReportProblem(ReportProblem.NO_FILE);
        }
        try {
            return ReportFile.read(file.getOriginalFilename(), file.getBytes(), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int year(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ReportListPage.defaultYear();
        }
        if (!t.matches("\\d{4}")) {
            throw new ReportProblem(ReportProblem.BAD_YEAR);
        }
        int year = Integer.parseInt(t);
        if (year < ReportListPage.MIN_YEAR || year > ReportListPage.MAX_YEAR) {
            throw new ReportProblem(ReportProblem.BAD_YEAR);
        }
        return year;
    }
}
