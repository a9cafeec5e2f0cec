package org.jixiao.web.evaluations;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jixiao.formats.xlsx.ListHeadings;
import org.jixiao.formats.xlsx.ListRow;
import org.jixiao.formats.xlsx.ListXlsx;
import org.jixiao.formats.xlsx.ScoreSheetXlsx;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.Download;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel downloads: one table laid out as the national self-evaluation form, scored as its page shows
 * it; and the supervisor's list with the page's filters, every matching row (not one page). Both
 * read through the user's scope exactly as the pages do: a table outside it answers 404.
 */
@Controller
class EvaluationExportController {

    /** The most rows one list export writes; beyond, the user is asked to narrow the filters. */
    static final int MAX_LIST_ROWS = 10_000;

    private final Workflow workflow;
    private final EvaluationStore store;
    private final MessageSource messages;

    EvaluationExportController(Workflow workflow, EvaluationStore store, MessageSource messages) {
        this.workflow = workflow;
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/evaluations/{id}/export.xlsx")
    ResponseEntity<byte[]> table(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Workflow.Opened opened = workflow.open(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EvaluationStore.Header h = opened.header();
        LiveScore score = LiveScore.of(opened.framework(), h.unitName(), opened.entries(), opened.reported());
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ScoreSheetXlsx.write(new ScoreSheetXlsx.Title(h.unitName(), h.project(), h.year()), score.evaluation(),
                score.sheet(), out);
        return Download.of(Download.Kind.XLSX, out.toByteArray(), h.unitName() + "-" + h.project() + "-" + h.year(), "evaluation-" + id);
    }

    @GetMapping("/evaluations/export.xlsx")
    Object list(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Status status,
                @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Boolean errors,
                @RequestParam(required = false, defaultValue = "") String sort,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String grade,
                Locale locale, RedirectAttributes redirect) {
        EvaluationStore.Filter filter = new EvaluationStore.Filter(year, status, unit, errors, sort, q, grade);
        // counted first, so a refusal never reads ten thousand rows; the list is checked again below
        long matching = store.page(user.scope(), filter, TablePage.Request.of(1, TablePage.MIN_SIZE)).total();
        List<EvaluationStore.Summary> rows = matching > MAX_LIST_ROWS ? List.of() : store.list(user.scope(), filter);
        if (matching > MAX_LIST_ROWS || rows.size() > MAX_LIST_ROWS) {
            long found = Math.max(matching, rows.size());
            redirect.addFlashAttribute("problem", messages.getMessage("problem.EXPORT_TOO_LARGE",
                    new Object[] {MAX_LIST_ROWS, found}, Locale.SIMPLIFIED_CHINESE));
            redirect.addFlashAttribute("problemCode", "EXPORT_TOO_LARGE");
            return "redirect:" + ListLinks.href(filter, TablePage.DEFAULT_SIZE, 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ListXlsx xlsx = ListXlsx.open(out, headings(locale))) {
            for (EvaluationStore.Summary s : rows) {
                xlsx.add(new ListRow(s.unitName(), s.project(), s.year(), messages.getMessage(s.status().messageKey(), null, locale),
                        s.total(), s.grade(), s.errorCount(), s.warningCount()));
            }
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
        return Download.of(Download.Kind.XLSX, out.toByteArray(), messages.getMessage("export.list.file", null, locale) + "-" + today,
                "evaluations-" + today);
    }

    private ListHeadings headings(Locale locale) {
        return new ListHeadings(text("export.list.sheet", locale), text("export.list.unit", locale),
                text("export.list.project", locale), text("export.list.year", locale), text("export.list.status", locale),
                text("export.list.total", locale), text("export.list.grade", locale), text("export.list.errors", locale),
                text("export.list.warnings", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
