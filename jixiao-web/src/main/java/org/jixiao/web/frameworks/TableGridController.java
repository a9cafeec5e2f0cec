package org.jixiao.web.frameworks;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.frameworks.FrameworkEditing.Outcome;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A framework as a grid (绩效目标表 for finance officers who do not edit text): the cells as inputs,
 * checked on every keystroke through /table/preview, rows added and removed by posting the whole
 * grid, and saved as the text the core writes from it, through the text editor's save (same
 * permission, same optimistic lock, nothing saved on any problem).
 */
@Controller
class TableGridController {

    private final FrameworkCatalog catalog;
    private final FrameworkEditing editing;
    private final FrameworkPages pages;
    private final MessageSource messages;
    private final LibraryAdd library;

    TableGridController(FrameworkCatalog catalog, FrameworkEditing editing, FrameworkPages pages, MessageSource messages,
                        LibraryAdd library) {
        this.catalog = catalog;
        this.editing = editing;
        this.pages = pages;
        this.messages = messages;
        this.library = library;
    }

    @GetMapping("/frameworks/{id}/table")
    String table(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
        StoredFramework stored = pages.visible(user, id);
        return page(user, stored, TableGrid.of(catalog.framework(stored)), stored.version(), model, locale);
    }

    /** Checks the grid as typed; saves nothing, so anyone who may see the framework may ask. */
    @PostMapping("/frameworks/{id}/table/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                   @RequestParam Map<String, String> form, Model model) {
        StoredFramework stored = pages.visible(user, id);
        GridForm.Posted posted = GridForm.read(form);
        model.addAttribute("check", GridCheck.of(stored.sourceText(), catalog.framework(stored), posted.grid()));
        model.addAttribute("incomplete", posted.incomplete() || posted.malformed());
        return "frameworks/table-preview :: preview";
    }

    /** Adds a row ({@code action=add:CODE}), removes one ({@code remove:CODE}) or saves the grid. */
    @PostMapping("/frameworks/{id}/table")
    String post(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
                Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
        StoredFramework stored = pages.visible(user, id);
        GridForm.Posted posted = GridForm.read(form);
        int version = version(form.get("version"));
        String action = form.getOrDefault("action", "save");
        if (readOnly(user, stored, posted.grid()) != null && !action.equals("save")) {
            return refusedReadOnly(id, locale, redirect);
        }
        if (posted.malformed() || posted.incomplete()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            refused(model, locale, "FORM_INCOMPLETE", "frameworks.problem.FORM_INCOMPLETE");
            return page(user, stored, posted.grid(), version, model, locale);
        }
        if (action.startsWith("add:")) {
            return page(user, stored, posted.grid().withRowAddedTo(action.substring(4)), version, model, locale);
        }
        if (action.startsWith("library:")) {
            // to the indicator library, the grid as typed kept for the way back (LibraryAdd)
            LibraryAdd.keepDraft(session, id, version, posted.grid());
            return "redirect:/indicators?pick=" + id + "&group=" + URLEncoder.encode(action.substring(8), StandardCharsets.UTF_8)
                    + "&v=" + version;
        }
        if (action.startsWith("remove:")) {
            return page(user, stored, posted.grid().withoutRow(action.substring(7)), version, model, locale);
        }
        GridCheck check = GridCheck.of(stored.sourceText(), catalog.framework(stored), posted.grid());
        if (!check.cellProblems().isEmpty() || check.text().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            refused(model, locale, "GRID_INVALID", "frameworks.problem.GRID_INVALID", check.cellProblems().size());
            return page(user, stored, posted.grid(), version, model, locale);
        }
        Outcome outcome = editing.save(user, id, version, check.text().get());
        if (outcome instanceof Outcome.Done) {
            redirect.addFlashAttribute("notice", "frameworks.notice.saved");
            return "redirect:/frameworks/" + id + "/table";
        }
        if (outcome instanceof Outcome.Refused r) {
            if (r.code().equals("NOT_FOUND")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (r.code().equals("READ_ONLY")) {
                return refusedReadOnly(id, locale, redirect);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.refused(r, model, locale);
        } else if (outcome instanceof Outcome.Conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            refused(model, locale, "CONFLICT", "frameworks.problem.GRID_CONFLICT",
                    stored.updatedBy() == null ? "" : stored.updatedBy(), String.valueOf(stored.version()));
        } else if (outcome instanceof Outcome.Invalid i) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            refused(model, locale, "INVALID", "frameworks.problem.GRID_ERRORS", i.check().errorCount());
        }
        // the grid as typed and the version the user started from: saving again cannot overwrite unseen changes
        return page(user, stored, posted.grid(), version, model, locale);
    }

    /**
     * Back from the indicator library: the grid the user left (or the stored one) with the chosen
     * indicator added to the group, not saved; no {@code source}: back without adding.
     */
    @PostMapping("/frameworks/{id}/table/add-from-library")
    String addFromLibrary(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                          @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String code,
                          @RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "") String v,
                          Model model, Locale locale, HttpServletResponse response, HttpSession session) {
        StoredFramework stored = pages.visible(user, id);
        int version = version(v);
        TableGrid grid = LibraryAdd.takeDraft(session, id, version).orElseGet(() -> TableGrid.of(catalog.framework(stored)));
        if (source.isBlank()) {
            return page(user, stored, grid, version, model, locale);
        }
        LibraryAdd.Result result = library.add(user, stored, version, grid, source, code, group);
        if (result.problem() != null) {
            response.setStatus(result.status());
            model.addAttribute("problem", messages.getMessage("indicators.problem." + result.problem(),
                    result.args().toArray(), locale));
            model.addAttribute("problemCode", result.problem());
        } else {
            model.addAttribute("notice", "indicators.notice.added");
        }
        return page(user, stored, result.grid(), version, model, locale);
    }

    private String page(CurrentUser user, StoredFramework stored, TableGrid grid, int version, Model model, Locale locale) {
        String readOnly = readOnly(user, stored, grid);
        model.addAttribute("stored", stored);
        model.addAttribute("grid", grid);
        model.addAttribute("layout", GridForm.layout(grid));
        model.addAttribute("amountLayout", GridForm.amountLayout(grid));
        model.addAttribute("typedVersion", version);
        model.addAttribute("editable", readOnly == null);
        model.addAttribute("canEditText", editing.canEdit(user, stored));
        model.addAttribute("readOnlyCode", readOnly);
        model.addAttribute("readOnlyMessage", readOnly == null ? null
                : messages.getMessage("frameworks.table.readOnly." + readOnly,
                        new Object[] {String.valueOf(catalog.tablesUsing(stored.id())), String.valueOf(TableGrid.MAX_FIELDS)}, locale));
        model.addAttribute("check", GridCheck.of(stored.sourceText(), catalog.framework(stored), grid));
        return "frameworks/table";
    }

    /** Why the grid may not be changed, or null: another unit's or a shipped framework, one in use, one too large for a form. */
    private String readOnly(CurrentUser user, StoredFramework stored, TableGrid grid) {
        if (!editing.canEdit(user, stored)) {
            return "READ_ONLY";
        }
        if (catalog.tablesUsing(stored.id()) > 0) {
            return "IN_USE";
        }
        return grid.fieldCount() > TableGrid.MAX_FIELDS ? "GRID_TOO_LARGE" : null;
    }

    private String refusedReadOnly(long id, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", messages.getMessage("frameworks.problem.GRID_READ_ONLY", null, locale));
        redirect.addFlashAttribute("problemCode", "READ_ONLY");
        return "redirect:/frameworks/" + id + "/table";
    }

    private void refused(Model model, Locale locale, String code, String key, Object... args) {
        Object[] shown = List.of(args).stream().map(String::valueOf).toArray();
        model.addAttribute("problem", messages.getMessage(key, shown, locale));
        model.addAttribute("problemCode", code);
    }

    private static int version(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1; // no version: treated as stale, so nothing is overwritten unseen
        }
    }
}
