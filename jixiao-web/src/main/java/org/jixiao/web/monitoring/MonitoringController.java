package org.jixiao.web.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.dashboard.ExecutionCurve;
import org.jixiao.formats.monitoring.MonitoringPeriods;
import org.jixiao.formats.monitoring.MonitoringTemplate;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The monitoring pages: the dashboard across the units in the user's scope (/monitoring), one
 * unit's dashboard (/monitoring/units/{id}), and for fillers the entry page with its forms, the
 * workbook import and the template. A unit outside the scope answers 404; a write by anyone but the
 * unit's filler or leader is refused with its code and changes nothing.
 */
@Controller
class MonitoringController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String REFUSED_PARAM = "refused";

    private final MonitoringViews views;
    private final MonitoringEntry entry;
    private final MonitoringCharts charts;

    MonitoringController(MonitoringViews views, MonitoringEntry entry, MonitoringCharts charts) {
        this.views = views;
        this.entry = entry;
        this.charts = charts;
    }

    // ------------------------------------------------------------------ dashboards

    @GetMapping("/monitoring")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year, Locale locale,
                    Model model) {
        Optional<Integer> selected = selection(year, views.years(user));
        MonitoringViews.OverviewView view = views.overview(user, selected);
        model.addAttribute("view", view);
        model.addAttribute("all", selected.isEmpty());
        model.addAttribute("yearOptions", yearOptions(view.years(), selected));
        model.addAttribute("charts", view.overview().years().stream().map(y -> new YearChart(y, charts.year(
                curvesOf(view, y), view.monitor().timeProgress(), locale))).toList());
        model.addAttribute("canEnter", MonitoringEntry.refusal(user).isEmpty());
        return "monitoring/overview";
    }

    /** A year's chart on the overview: every unit's curve and the combined one. */
    record YearChart(int year, String chart) {
    }

    private static List<ExecutionCurve> curvesOf(MonitoringViews.OverviewView view, int year) {
        List<ExecutionCurve> curves = new java.util.ArrayList<>(view.overview().unitCurves().stream()
                .filter(c -> c.year() == year).toList());
        view.overview().combinedCurves().stream().filter(c -> c.year() == year).forEach(curves::add);
        return curves;
    }

    @GetMapping("/monitoring/units/{unitId}")
    String unit(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
                @RequestParam(required = false) String year, Locale locale, Model model) {
        // the unit's own years decide the default; a unit outside the scope is not found, whatever the year
        MonitoringViews.UnitView probe = views.unit(user, unitId, Optional.empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<Integer> selected = selection(year, probe.years());
        MonitoringViews.UnitView view = selected.isEmpty() ? probe : views.unit(user, unitId, selected).orElseThrow();
        model.addAttribute("view", view);
        model.addAttribute("all", selected.isEmpty());
        model.addAttribute("yearOptions", yearOptions(view.years(), selected));
        model.addAttribute("causes", org.jixiao.core.monitoring.CauseCategory.values());
        model.addAttribute("likelihoods", org.jixiao.core.monitoring.Likelihood.values());
        if (view.dashboard().isPresent()) {
            List<ExecutionCurve> curves = new java.util.ArrayList<>();
            view.dashboard().get().unitCurve().ifPresent(curves::add);
            curves.addAll(view.dashboard().get().projectCurves());
            model.addAttribute("chart", charts.year(curves, view.monitor().timeProgress(), locale));
            model.addAttribute("unitLabel", view.unitName());
        } else {
            model.addAttribute("chart", charts.years(view.acrossYears().orElseThrow().unitCurves(),
                    view.monitor().timeProgress(), locale));
        }
        return "monitoring/unit";
    }

    // ------------------------------------------------------------------ entry

    @GetMapping("/monitoring/entry")
    String entryPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
                     @RequestParam(required = false) String period,
                     @RequestParam(name = REFUSED_PARAM, defaultValue = "") String refused, Model model) {
        if (MonitoringEntry.refusal(user).isPresent()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        int y = year(year);
        FiscalPeriod p = MonitoringPeriods.parse(period == null ? "" : period, y).filter(x -> x.year() == y)
                .orElse(FiscalPeriod.quarter(y, 1));
        model.addAttribute("page", EntryPage.of(y, p, entry.entered(user.unitId(), y)));
        if (refused.equals("FILE_TOO_LARGE")) {
            // where the upload filter sends a file over the multipart limit; no other code is taken from the URL
            model.addAttribute("importRefused", MonitoringEntry.tooLarge());
        }
        return "monitoring/entry";
    }

    @PostMapping("/monitoring/figures")
    String saveFigures(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect) {
        List<MonitoringEntry.FigureLine> lines = EntryPage.figureLines(form);
        MonitoringEntry.Outcome outcome = entry.saveFigures(user, form.get("year"), form.get("period"), form.get("moneyUnit"), lines);
        return after(user, outcome, form, redirect, model,
                page -> page.withFigures(form.getOrDefault("moneyUnit", "WAN_YUAN"), lines), "figureProblems");
    }

    @PostMapping("/monitoring/indicators")
    String saveIndicators(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                          RedirectAttributes redirect) {
        List<MonitoringEntry.IndicatorLine> lines = EntryPage.indicatorLines(form);
        MonitoringEntry.Outcome outcome = entry.saveIndicators(user, form.get("year"), form.get("period"), lines);
        return after(user, outcome, form, redirect, model, page -> page.withIndicators(lines), "indicatorProblems");
    }

    private String after(CurrentUser user, MonitoringEntry.Outcome outcome, Map<String, String> form, RedirectAttributes redirect,
                         Model model, java.util.function.UnaryOperator<EntryPage> typed, String problemsName) {
        if (outcome instanceof MonitoringEntry.Outcome.Refused r) {
            return refused(r, redirect);
        }
        int y = yearOr(form.get("year"));
        FiscalPeriod p = MonitoringPeriods.parse(form.getOrDefault("period", ""), y).filter(x -> x.year() == y)
                .orElse(FiscalPeriod.quarter(y, 1));
        if (outcome instanceof MonitoringEntry.Outcome.Done) {
            redirect.addFlashAttribute("notice", "monitoring.notice.saved");
            return "redirect:/monitoring/entry?year=" + y + "&period=" + p;
        }
        // the page again with the input as typed and every problem
        model.addAttribute("page", typed.apply(EntryPage.of(y, p, entry.entered(user.unitId(), y))));
        model.addAttribute(problemsName, ((MonitoringEntry.Outcome.Invalid) outcome).problems());
        model.addAttribute("outcome", outcome);
        return "monitoring/entry";
    }

    private static String refused(MonitoringEntry.Outcome.Refused r, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", r.message());
        redirect.addFlashAttribute("problemCode", r.code());
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/deviations")
    String recordDeviation(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
                           RedirectAttributes redirect) {
        MonitoringEntry.Outcome outcome = entry.recordDeviation(user, new MonitoringEntry.DeviationInput(form.get("year"),
                form.get("kind"), form.get("item"), form.get("period"), form.get("cause"), form.get("explanation"),
                form.get("correctiveAction"), form.get("likelihood")));
        if (outcome instanceof MonitoringEntry.Outcome.Refused r) {
            return refused(r, redirect);
        }
        if (outcome instanceof MonitoringEntry.Outcome.Done) {
            redirect.addFlashAttribute("notice", "monitoring.notice.deviationSaved");
        } else {
            redirect.addFlashAttribute("deviationProblems", ((MonitoringEntry.Outcome.Invalid) outcome).problems());
            redirect.addFlashAttribute("deviationTyped", form);
        }
        return "redirect:/monitoring/units/" + user.unitId() + "?year=" + yearOr(form.get("year"));
    }

    @PostMapping(path = "/monitoring/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importWorkbook(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                          @RequestParam(defaultValue = "") String year, Model model, RedirectAttributes redirect) {
        MonitoringEntry.Outcome outcome = entry.importWorkbook(user, file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(), file == null ? null : () -> bytes(file), year);
        if (outcome instanceof MonitoringEntry.Outcome.Refused r && (r.code().equals("READ_ONLY") || r.code().equals("NOT_ALLOWED"))) {
            return refused(r, redirect);
        }
        int y = yearOr(year);
        if (outcome instanceof MonitoringEntry.Outcome.Done d) {
            redirect.addFlashAttribute("notice", "monitoring.notice.imported");
            redirect.addFlashAttribute("imported", d);
            return "redirect:/monitoring/entry?year=" + y;
        }
        model.addAttribute("page", EntryPage.of(y, FiscalPeriod.quarter(y, 1), entry.entered(user.unitId(), y)));
        if (outcome instanceof MonitoringEntry.Outcome.Refused r) {
            model.addAttribute("importRefused", r);
        } else {
            model.addAttribute("importProblems", ((MonitoringEntry.Outcome.Invalid) outcome).problems());
        }
        model.addAttribute("outcome", outcome);
        return "monitoring/entry";
    }

    /** The workbook to fill in; for a filler, filled with what the unit has entered for the year. */
    @GetMapping("/monitoring/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year) {
        int y = year(year);
        MonitoringWorkbook content = MonitoringEntry.refusal(user).isEmpty() ? entry.entered(user.unitId(), y)
                : new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitoringTemplate.write(out, y, content);
        byte[] xlsx = out.toByteArray();
        String name = "运行监控填报表-" + y + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(xlsx.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"monitoring-" + y + ".xlsx\"; filename*=UTF-8''"
                        + UriUtils.encode(name, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(xlsx);
    }

    // ------------------------------------------------------------------ parameters

    /** The years to choose from: those with records, and the one shown, newest first. */
    private static List<Integer> yearOptions(List<Integer> years, Optional<Integer> selected) {
        java.util.TreeSet<Integer> options = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        options.addAll(years);
        selected.ifPresent(options::add);
        return List.copyOf(options);
    }

    /** "all": every year; a year; nothing: the newest year with records (or last year). */
    static Optional<Integer> selection(String year, List<Integer> years) {
        if ("all".equals(year)) {
            return Optional.empty();
        }
        if (year == null || year.isBlank()) {
            return Optional.of(years.isEmpty() ? Year.now().getValue() - 1 : years.stream().max(Integer::compare).orElseThrow());
        }
        return Optional.of(year(year));
    }

    /** A year parameter: four digits within the years allowed, else 400; blank is last year. */
    static int year(String text) {
        if (text == null || text.isBlank()) {
            return Year.now().getValue() - 1;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        int y = Integer.parseInt(text.strip());
        if (y < MonitoringEntry.MIN_YEAR || y > MonitoringEntry.MAX_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return y;
    }

    /** The year of a posted form for the redirect (the input itself was checked by the entry). */
    private static int yearOr(String text) {
        try {
            return year(text);
        } catch (ResponseStatusException e) {
            return Year.now().getValue() - 1;
        }
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
