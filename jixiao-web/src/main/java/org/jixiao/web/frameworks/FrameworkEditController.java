package org.jixiao.web.frameworks;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.CurrentUser;
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
 * Editing a unit's own framework as text. While the user types, htmx posts the text to /preview,
 * which saves nothing and answers the problems, the weights and each compiled rule. Saving sends
 * the version the user started from: if someone saved since, or the text has errors, nothing is
 * saved and the page comes back with the user's text as typed.
 */
@Controller
class FrameworkEditController {

    private final FrameworkEditing editing;
    private final FrameworkPages pages;

    FrameworkEditController(FrameworkEditing editing, FrameworkPages pages) {
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping("/frameworks/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale,
                RedirectAttributes redirect) {
        StoredFramework stored = pages.visible(user, id);
        if (!editing.canEdit(user, stored)) {
            return readOnly(id, locale, redirect);
        }
        return page(stored, stored.sourceText(), stored.version(), null, model);
    }

    /** Checks the text as typed; saves nothing, so anyone who may see the framework may ask. */
    @PostMapping("/frameworks/{id}/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                   @RequestParam(defaultValue = "") String text, Model model, Locale locale) {
        StoredFramework stored = pages.visible(user, id);
        String typed = FrameworkEditing.normalise(text);
        if (typed.length() > TextCheck.MAX_LENGTH) {
            model.addAttribute("previewProblem",
                    pages.message(new FrameworkEditing.Outcome.Refused("TEXT_TOO_LONG", TextCheck.MAX_LENGTH), locale));
            model.addAttribute("check", TextCheck.of(stored.code(), ""));
        } else {
            model.addAttribute("check", TextCheck.of(stored.code(), typed));
        }
        return "frameworks/edit :: result";
    }

    @PostMapping("/frameworks/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                @RequestParam(defaultValue = "") String text, Model model, Locale locale,
                RedirectAttributes redirect, HttpServletResponse response) {
        StoredFramework stored = pages.visible(user, id);
        FrameworkEditing.Outcome outcome = editing.save(user, id, version, text);
        if (outcome instanceof FrameworkEditing.Outcome.Done) {
            redirect.addFlashAttribute("notice", "frameworks.notice.saved");
            return "redirect:/frameworks/" + id;
        }
        if (outcome instanceof FrameworkEditing.Outcome.Refused r) {
            if (r.code().equals("NOT_FOUND")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (r.code().equals("READ_ONLY")) {
                return readOnly(id, locale, redirect);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.refused(r, model, locale);
        } else if (outcome instanceof FrameworkEditing.Outcome.Conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            pages.refused(new FrameworkEditing.Outcome.Refused("CONFLICT",
                    stored.updatedBy() == null ? "" : stored.updatedBy(), stored.version()), model, locale);
        } else if (outcome instanceof FrameworkEditing.Outcome.Invalid i) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.refused(new FrameworkEditing.Outcome.Refused("INVALID", i.check().errorCount()), model, locale);
            return page(stored, FrameworkEditing.normalise(text), version, i.check(), model);
        }
        // the text as typed and the version the user started from: saving again cannot overwrite unseen changes
        return page(stored, FrameworkEditing.normalise(text), version, null, model);
    }

    private String page(StoredFramework stored, String text, int version, TextCheck check, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("text", text);
        model.addAttribute("typedVersion", version);
        model.addAttribute("check", check != null ? check
                : TextCheck.of(stored.code(), text.length() > TextCheck.MAX_LENGTH ? "" : text));
        return "frameworks/edit";
    }

    private String readOnly(long id, Locale locale, RedirectAttributes redirect) {
        FrameworkEditing.Outcome.Refused r = new FrameworkEditing.Outcome.Refused("READ_ONLY");
        redirect.addFlashAttribute("problem", pages.message(r, locale));
        redirect.addFlashAttribute("problemCode", r.code());
        return "redirect:/frameworks/" + id;
    }
}
