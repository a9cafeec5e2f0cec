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
 * The frameworks a user may use, each as a tree table with its 评分办法 compiled, its text, and a
 * copy for a new year or for the user's own unit.
 */
@Controller
class FrameworkController {

    private final FrameworkCatalog catalog;
    private final FrameworkEditing editing;
    private final FrameworkPages pages;

    FrameworkController(FrameworkCatalog catalog, FrameworkEditing editing, FrameworkPages pages) {
        this.catalog = catalog;
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping("/frameworks")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("frameworks", catalog.visible(user));
        return "frameworks/list";
    }

    @GetMapping("/frameworks/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        pages.show(user, pages.visible(user, id), model);
        return "frameworks/show";
    }

    @GetMapping("/frameworks/{id}/text")
    String text(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        StoredFramework stored = pages.visible(user, id);
        model.addAttribute("stored", stored);
        model.addAttribute("lines", stored.sourceText().split("\r?\n", -1));
        return "frameworks/text";
    }

    @PostMapping("/frameworks/{id}/copy")
    String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String year,
                @RequestParam(defaultValue = "") String title, Model model, Locale locale,
                RedirectAttributes redirect, HttpServletResponse response) {
        StoredFramework original = pages.visible(user, id);
        FrameworkEditing.Outcome outcome = editing.copy(user, id, code, year, title);
        if (outcome instanceof FrameworkEditing.Outcome.Done done) {
            redirect.addFlashAttribute("notice", "frameworks.notice.copied");
            return "redirect:/frameworks/" + done.id();
        }
        // anything else: the page again, with the form as typed and why not
        model.addAttribute("copyCode", code);
        model.addAttribute("copyYear", year);
        model.addAttribute("copyTitle", title);
        if (outcome instanceof FrameworkEditing.Outcome.Refused r) {
            if (r.code().equals("NOT_FOUND")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(r.code().equals("COPY_NOT_ALLOWED") ? HttpStatus.FORBIDDEN.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.refused(r, model, locale);
        } else if (outcome instanceof FrameworkEditing.Outcome.Invalid i) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("copyCheck", i.check());
        }
        pages.show(user, original, model);
        return "frameworks/show";
    }
}
