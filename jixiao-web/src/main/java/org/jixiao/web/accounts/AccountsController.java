package org.jixiao.web.accounts;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.accounts.tables.DisclosureChecks;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.formats.accounts.DisclosureExport;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.CjkFonts;
import org.jixiao.formats.report.ReportException;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.Download;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * 决算公开 pages: the disclosures in the user's scope (/accounts), one disclosure with its tables,
 * the core's findings, the generated narrative and two charts (/accounts/{id}), its history, and the
 * files: the blank template, the filled workbook, the Word report, the chart data. Uploads (a first
 * one on the list, a new version on the disclosure's page) are for the unit's filler or leader;
 * everyone else reads their scope. A disclosure outside the scope answers 404.
 */
@Controller
class AccountsController {

    static final String REFUSED_PARAM = "refused";
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Disclosures disclosures;
    private final DisclosureUploads uploads;
    private final DisclosureCharts charts;
    private final JsonMapper json;

    AccountsController(Disclosures disclosures, DisclosureUploads uploads, DisclosureCharts charts, JsonMapper json) {
        this.disclosures = disclosures;
        this.uploads = uploads;
        this.charts = charts;
        this.json = json;
    }

    // ------------------------------------------------------------------ the list

    @GetMapping("/accounts")
    ModelAndView list(@AuthenticationPrincipal CurrentUser user,
                      @RequestParam(name = REFUSED_PARAM, defaultValue = "") String refused) {
        if (refused.equals(AccountsProblem.FILE_TOO_LARGE)) {
            // where AccountsUploadLimit sends an upload over the limit; no other code is taken from the URL
            ModelAndView page = refusedList(user, new AccountsProblem(AccountsProblem.FILE_TOO_LARGE));
            page.setStatus(HttpStatus.OK);
            return page;
        }
        return listPage(user);
    }

    private ModelAndView listPage(CurrentUser user) {
        ModelAndView page = new ModelAndView("accounts/list");
        page.addObject("disclosures", disclosures.within(user.scope()));
        page.addObject("canUpload", !user.readOnly() && user.role().fillsIn());
        page.addObject("templateYear", defaultYear());
        page.addObject("minYear", MIN_YEAR);
        page.addObject("maxYear", MAX_YEAR);
        page.addObject("kinds", UnitKind.values());
        return page;
    }

    private ModelAndView refusedList(CurrentUser user, AccountsProblem problem) {
        ModelAndView page = listPage(user);
        refusal(page, problem);
        return page;
    }

    private static void refusal(ModelAndView page, AccountsProblem problem) {
        page.addObject("problemKey", problem.messageKey());
        page.addObject("problemCode", problem.code());
        page.addObject("problemDetail", problem.detail());
        page.addObject("importProblems", problem.problems());
        page.addObject("problemDisclosure", problem.disclosureId());
        page.setStatus(problem.status());
    }

    /** A first upload: the workbook's year, under the user's own unit. */
    @PostMapping(path = "/accounts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                        RedirectAttributes redirect) {
        try {
            Disclosures.Stored.Done done = uploads.create(user, file);
            redirect.addFlashAttribute("notice", "accounts.notice.stored");
            return new ModelAndView("redirect:/accounts/" + done.id());
        } catch (AccountsProblem problem) {
            return refusedList(user, problem);
        }
    }

    /**
     * The blank template for the user's unit: the cover filled, every table with its fixed lines. The
     * page's form cannot send a bad year or kind; a hand-made URL that does gets 400.
     */
    @GetMapping("/accounts/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String year,
                                    @RequestParam(defaultValue = "INSTITUTION") String kind) {
        String y = year.isBlank() ? String.valueOf(defaultYear()) : year.strip();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < MIN_YEAR || Integer.parseInt(y) > MAX_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, AccountsProblem.BAD_YEAR);
        }
        UnitKind unitKind = java.util.Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(kind.strip())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, AccountsProblem.BAD_KIND));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.writeTemplate(user.unitName(), Integer.parseInt(y), unitKind, out);
        return Download.of(Download.Kind.XLSX, out.toByteArray(), user.unitName() + "-" + y + "-决算公开表（空白）",
                "disclosure-template-" + y);
    }

    // ------------------------------------------------------------------ one disclosure

    @GetMapping("/accounts/{id}")
    ModelAndView show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                      @RequestParam(required = false) Integer version,
                      @RequestParam(name = REFUSED_PARAM, defaultValue = "") String refused, Locale locale) {
        ModelAndView page = page(user, id, Optional.ofNullable(version), locale);
        if (refused.equals(AccountsProblem.FILE_TOO_LARGE)) {
            refusal(page, new AccountsProblem(AccountsProblem.FILE_TOO_LARGE));
            page.setStatus(HttpStatus.OK);
        }
        return page;
    }

    /** A new version, replacing the one the page showed ({@code version}); the disclosure's own unit only. */
    @PostMapping(path = "/accounts/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                         @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String version,
                         Locale locale, RedirectAttributes redirect) {
        Disclosures.Summary current = disclosures.find(id, user.scope()).orElseThrow(AccountsController::notFound);
        try {
            uploads.replace(user, current, version, file);
            redirect.addFlashAttribute("notice", "accounts.notice.replaced");
            return new ModelAndView("redirect:/accounts/" + id);
        } catch (AccountsProblem problem) {
            ModelAndView page = page(user, id, Optional.empty(), locale);
            refusal(page, problem);
            return page;
        }
    }

    private ModelAndView page(CurrentUser user, long id, Optional<Integer> version, Locale locale) {
        Disclosures.Opened opened = open(user, id, version);
        ModelAndView page = new ModelAndView("accounts/show");
        page.addObject("disclosure", opened.summary());
        page.addObject("shown", opened.shown());
        page.addObject("current", opened.current());
        page.addObject("view", DisclosureView.of(opened.tables(), DisclosureChecks.check(opened.tables()),
                TablesNarrative.sentences(opened.tables())));
        Map<String, Object> chartOptions = charts.charts(opened.tables(), locale);
        page.addObject("incomeChart", chartOptions.get("income") == null ? null : json.writeValueAsString(chartOptions.get("income")));
        page.addObject("expenditureChart",
                chartOptions.get("expenditure") == null ? null : json.writeValueAsString(chartOptions.get("expenditure")));
        page.addObject("history", disclosures.history(id, user.scope()));
        page.addObject("canUpload", opened.current() && !user.readOnly() && user.role().fillsIn()
                && opened.summary().unitId() == user.unitId());
        return page;
    }

    private Disclosures.Opened open(CurrentUser user, long id, Optional<Integer> version) {
        return disclosures.open(id, user.scope(), version).orElseThrow(AccountsController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The ECharts options the page draws: {"income": …, "expenditure": …}, figures in 万元. */
    @GetMapping(path = "/accounts/{id}/charts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> chartData(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestParam(required = false) Integer version, Locale locale) {
        return charts.charts(open(user, id, Optional.ofNullable(version)).tables(), locale);
    }

    /** The tables as the filled template: what was uploaded, rows in the template's order. */
    @GetMapping("/accounts/{id}/tables.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                    @RequestParam(required = false) Integer version) {
        Disclosures.Opened opened = open(user, id, Optional.ofNullable(version));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.write(opened.tables(), out);
        return Download.of(Download.Kind.XLSX, out.toByteArray(), fileName(opened, "决算公开表"), ascii(opened, "tables"));
    }

    /**
     * The disclosure report in Word (DisclosureExport: the generated narrative with its causes left to
     * write, the two charts, the tables). Without a Chinese font the charts' places say why.
     */
    @GetMapping("/accounts/{id}/disclosure.docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                @RequestParam(required = false) Integer version) {
        Disclosures.Opened opened = open(user, id, Optional.ofNullable(version));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        DisclosureExport.docx(opened.tables(), out);
        return Download.of(Download.Kind.DOCX, out.toByteArray(), fileName(opened, "决算公开报告"), ascii(opened, "report"));
    }

    /**
     * The same report as PDF, with the Chinese font embedded. Without a usable font (or with text the
     * font cannot draw) nothing is written: back to the page with the reason and what to install.
     */
    @GetMapping("/accounts/{id}/disclosure.pdf")
    Object pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer version,
               RedirectAttributes redirect) {
        Disclosures.Opened opened = open(user, id, Optional.ofNullable(version));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            CjkFont font = CjkFonts.find();
            DisclosureExport.pdf(opened.tables(), out, font);
        } catch (ReportException e) {
            redirect.addFlashAttribute("problemKey", "accounts.problem.PDF_UNAVAILABLE");
            redirect.addFlashAttribute("problemCode", e.code().name());
            redirect.addFlashAttribute("problemDetail", e.getMessage());
            return "redirect:/accounts/" + id + (opened.current() ? "" : "?version=" + opened.shown().version());
        }
        return Download.of(Download.Kind.PDF, out.toByteArray(), fileName(opened, "决算公开报告"), ascii(opened, "report"));
    }

    private static String fileName(Disclosures.Opened opened, String what) {
        return opened.tables().unit() + "-" + opened.tables().year() + "-" + what
                + (opened.current() ? "" : "-第" + opened.shown().version() + "版");
    }

    private static String ascii(Disclosures.Opened opened, String what) {
        return "disclosure-" + opened.summary().id() + "-" + opened.tables().year() + "-" + what
                + (opened.current() ? "" : "-v" + opened.shown().version());
    }

    /** Final accounts are disclosed the year after the one they account for. */
    static int defaultYear() {
        return LocalDate.now(ZONE).getYear() - 1;
    }
}
