package org.jixiao.web.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit tree (/admin/units): administrators add and rename units; department and finance reviewers
 * only look at the units under them. A refused change shows the page again with the reason (400).
 */
@Controller
class UnitAdminController {

    /** The add form as typed, to show it again when refused. */
    public record NewUnit(String parentId, String kind, String name) {
    }

    private final UnitAdmin units;

    UnitAdminController(UnitAdmin units) {
        this.units = units;
    }

    @GetMapping("/admin/units")
    ModelAndView list(@AuthenticationPrincipal CurrentUser user) {
        AdminAccess.requireUnitViewer(user);
        return page(user, new NewUnit("", "", ""), null, null);
    }

    @PostMapping("/admin/units")
    ModelAndView add(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String parentId,
                     @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String name,
                     RedirectAttributes redirect) {
        AdminAccess.requireAdmin(user);
        NewUnit form = new NewUnit(parentId, kind, name);
        try {
            units.add(user, parentId, kind, name);
        } catch (OrganisationProblem problem) {
            return page(user, form, problem, null);
        }
        redirect.addFlashAttribute("notice", "organisation.notice.unitAdded");
        return new ModelAndView("redirect:/admin/units");
    }

    @PostMapping("/admin/units/{id}/name")
    ModelAndView rename(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        AdminAccess.requireAdmin(user);
        try {
            units.rename(user, id, name);
        } catch (OrganisationProblem problem) {
            return page(user, new NewUnit("", "", ""), problem, id);
        }
        redirect.addFlashAttribute("notice", "organisation.notice.unitRenamed");
        return new ModelAndView("redirect:/admin/units");
    }

    private ModelAndView page(CurrentUser user, NewUnit form, OrganisationProblem problem, Long renaming) {
        ModelAndView page = new ModelAndView("organisation/units");
        page.addObject("units", units.tree(user.scope()));
        page.addObject("canChange", user.role() == Role.ADMIN);
        page.addObject("kinds", Units.Kind.values());
        page.addObject("form", form);
        page.addObject("renaming", renaming);
        if (problem != null) {
            page.addObject("problemCode", problem.code());
            page.addObject("problemKey", problem.messageKey());
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}
