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
 * Users (/admin/users) and the organisation log (/admin/log), administrators only: create, enable or
 * disable, reset a password. A refused change shows the page again with the reason (400), nothing saved.
 */
@Controller
class UserAdminController {

    private final UserAdmin users;
    private final UnitAdmin units;
    private final OrganisationLog log;

    UserAdminController(UserAdmin users, UnitAdmin units, OrganisationLog log) {
        this.users = users;
        this.units = units;
        this.log = log;
    }

    @GetMapping("/admin/users")
    ModelAndView list(@AuthenticationPrincipal CurrentUser user) {
        AdminAccess.requireAdmin(user);
        return page(user, UserAdmin.NewUser.empty(), null, null);
    }

    @PostMapping("/admin/users")
    ModelAndView create(@AuthenticationPrincipal CurrentUser user,
                        @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                        @RequestParam(defaultValue = "") String unitId, @RequestParam(defaultValue = "") String role,
                        @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        AdminAccess.requireAdmin(user);
        UserAdmin.NewUser form = new UserAdmin.NewUser(username, displayName, unitId, role);
        try {
            users.create(user, form, password);
        } catch (OrganisationProblem problem) {
            return page(user, form, problem, null);
        }
        redirect.addFlashAttribute("notice", "organisation.notice.userCreated");
        return new ModelAndView("redirect:/admin/users");
    }

    @PostMapping("/admin/users/{id}/enabled")
    ModelAndView enable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @RequestParam(defaultValue = "") String enabled, RedirectAttributes redirect) {
        AdminAccess.requireAdmin(user);
        boolean on = "true".equals(enabled);
        try {
            users.setEnabled(user, id, on);
        } catch (OrganisationProblem problem) {
            return page(user, UserAdmin.NewUser.empty(), problem, id);
        }
        redirect.addFlashAttribute("notice", on ? "organisation.notice.userEnabled" : "organisation.notice.userDisabled");
        return new ModelAndView("redirect:/admin/users");
    }

    @PostMapping("/admin/users/{id}/password")
    ModelAndView resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                               @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        AdminAccess.requireAdmin(user);
        try {
            users.resetPassword(user, id, password);
        } catch (OrganisationProblem problem) {
            return page(user, UserAdmin.NewUser.empty(), problem, id);
        }
        redirect.addFlashAttribute("notice", "organisation.notice.passwordReset");
        return new ModelAndView("redirect:/admin/users");
    }

    @GetMapping("/admin/log")
    ModelAndView log(@AuthenticationPrincipal CurrentUser user) {
        AdminAccess.requireAdmin(user);
        ModelAndView page = new ModelAndView("organisation/log");
        page.addObject("entries", log.recent());
        return page;
    }

    private ModelAndView page(CurrentUser user, UserAdmin.NewUser form, OrganisationProblem problem, Long userId) {
        ModelAndView page = new ModelAndView("organisation/users");
        page.addObject("users", users.list(user.scope()));
        page.addObject("units", units.tree(user.scope()));
        page.addObject("roles", Role.values());
        page.addObject("form", form);
        page.addObject("problemUser", userId);
        if (problem != null) {
            page.addObject("problemCode", problem.code());
            page.addObject("problemKey", problem.messageKey());
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}
