package org.jixiao.web.accounts;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.accounts.tables.DisclosureChecks;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.formats.accounts.DisclosureExport;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.CjkFonts;
import org.jixiao.formats.report.ReportException;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.Download;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
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
 * one on the list, a new version on the disclosure's page), a new disclosure of empty tables and a
 * table entered or corrected in the browser (/accounts/{id}/tables/{n}/edit, a new version like an
 * upload) are for the unit's filler or leader; everyone else reads their scope. A disclosure outside
 * the scope answers 404.
 */
@Controller
class AccountsController {

    static final String REFUSED_PARAM = "refused";
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(AccountsController.class);

    private final Disclosures disclosures;
    private final DisclosureUploads uploads;
    private final DisclosureEdits edits;
    private final DisclosureCharts charts;
    private final JsonMapper json;

    AccountsController(Disclosures disclosures, DisclosureUploads uploads, DisclosureEdits edits, DisclosureCharts charts,
                       JsonMapper json) {
        this.disclosures = disclosures;
        this.uploads = uploads;
        this.edits = edits;
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

    /** A new disclosure without a workbook: the user's unit, the year and kind chosen, every table empty. */
    @PostMapping("/accounts/new")
    ModelAndView create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String year,
                        @RequestParam(defaultValue = "") String kind, RedirectAttributes redirect) {
        try {
            Disclosures.Stored.Done done = edits.create(user, year, kind);
            redirect.addFlashAttribute("notice", "accounts.notice.created");
            return new ModelAndView("redirect:/accounts/" + done.id());
        } catch (AccountsProblem problem) {
            return refusedList(user, problem);
        }
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
                narrative(opened, page)));
        Map<String, Object> chartOptions = charts.charts(opened.tables(), locale);
        page.addObject("incomeChart", chartOptions.get("income") == null ? null : json.writeValueAsString(chartOptions.get("income")));
        page.addObject("expenditureChart",
                chartOptions.get("expenditure") == null ? null : json.writeValueAsString(chartOptions.get("expenditure")));
        page.addObject("history", disclosures.history(id, user.scope()));
        page.addObject("canUpload", opened.current() && mayEdit(user, opened.summary()));
        return page;
    }

    /**
     * The generated narrative. Tables entered one at a time are often partly filled (a 决算数 typed
     * before its 预算数), and a figure combination the generator does not expect must not take the
     * tables and their checks off the page: the page then says the narrative could not be written and
     * the failure is logged with its cause.
     */
    private static List<Sentence> narrative(Disclosures.Opened opened, ModelAndView page) {
        try {
            return TablesNarrative.sentences(opened.tables());
        } catch (RuntimeException e) {
            LOG.error("narrative of disclosure {} version {} could not be generated", opened.summary().id(), opened.shown().version(), e);
            page.addObject("narrativeFailed", true);
            return List.of();
        }
    }

    private static boolean mayEdit(CurrentUser user, Disclosures.Summary disclosure) {
        try {
            DisclosureEdits.mayEdit(user, disclosure);
            return true;
        } catch (AccountsProblem refused) {
            return false;
        }
    }

    // ------------------------------------------------------------------ one table in the browser

    /** The form of one table (1 to 11, the template's order) with the current version's figures. */
    @GetMapping("/accounts/{id}/tables/{number}/edit")
    ModelAndView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number, Locale locale) {
        Disclosures.Opened opened = open(user, id, Optional.empty());
        StandardTable which = standardTable(number);
        try {
            DisclosureEdits.mayEdit(user, opened.summary());
        } catch (AccountsProblem problem) {
            ModelAndView page = page(user, id, Optional.empty(), locale);
            refusal(page, problem);
            return page;
        }
        TableForm form = TableForm.of(which, opened.tables().table(which), TableForm.BLANK_ROWS);
        return editPage(opened, form, String.valueOf(opened.summary().version()), List.of());
    }

    /**
     * The form posted: saved as a new version of the whole disclosure (the other tables unchanged) and
     * back to its page with the checks and narrative of the new version; or, with {@code add}, the same
     * form with more blank code rows (nothing saved). A refused form comes back with what was typed.
     */
    @PostMapping("/accounts/{id}/tables/{number}/edit")
    ModelAndView saveTable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
                           @RequestParam MultiValueMap<String, String> form, Locale locale, RedirectAttributes redirect) {
        Disclosures.Summary current = disclosures.find(id, user.scope()).orElseThrow(AccountsController::notFound);
        StandardTable which = standardTable(number);
        String seen = form.getFirst("version") == null ? "" : form.getFirst("version");
        try {
            DisclosureEdits.mayEdit(user, current);
        } catch (AccountsProblem problem) {
            ModelAndView page = page(user, id, Optional.empty(), locale);
            refusal(page, problem);
            return page;
        }
        if (form.containsKey("add")) {
            return editPage(open(user, id, Optional.empty()), TableForm.posted(which, form, TableForm.BLANK_ROWS), seen, List.of());
        }
        TableForm typed = TableForm.posted(which, form, 0);
        try {
            DisclosureEdits.Saved saved = edits.save(user, current, seen, typed);
            redirect.addFlashAttribute("notice", saved.changed() ? "accounts.notice.edited" : "accounts.notice.unchanged");
            return new ModelAndView("redirect:/accounts/" + id + "#" + DisclosureView.tableAnchor(which));
        } catch (AccountsProblem problem) {
            ModelAndView page = editPage(open(user, id, Optional.empty()), typed, seen, problem.editProblems());
            refusal(page, problem);
            return page;
        }
    }

    private ModelAndView editPage(Disclosures.Opened opened, TableForm form, String version, List<TableEditProblem> problems) {
        DisclosureView view = DisclosureView.of(opened.tables(), DisclosureChecks.check(opened.tables()), List.of());
        DisclosureView.TableView table = view.table(form.table()).orElseGet(() -> DisclosureView.empty(form.table()));
        Map<String, String> marks = new HashMap<>();
        String prefix = DisclosureView.tableAnchor(form.table()) + "-";
        table.rows().forEach(r -> marks.put(r.anchor().substring(prefix.length()), r.worst()));
        ModelAndView page = new ModelAndView("accounts/edit");
        page.addObject("disclosure", opened.summary());
        page.addObject("table", table);
        page.addObject("form", form);
        page.addObject("version", version);
        page.addObject("marks", marks);
        page.addObject("findings", view.findingsOf(form.table()));
        page.addObject("invalid", TableForm.invalidFields(problems));
        page.addObject("editProblems", problems);
        page.addObject("moneyUnits", MoneyUnit.values());
        return page;
    }

    private static StandardTable standardTable(int number) {
        for (StandardTable t : StandardTable.values()) {
            if (t.number() == number) {
                return t;
            }
        }
        throw notFound();
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
