package org.jixiao.web.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: who they are, and changing their password with the current one. */
@Controller
class AccountController {

    private final UserAdmin users;

    AccountController(UserAdmin users) {
        this.users = users;
    }

    @GetMapping("/account")
    ModelAndView show(@AuthenticationPrincipal CurrentUser user) {
        return page(user, null);
    }

    @PostMapping("/account/password")
    ModelAndView changePassword(@AuthenticationPrincipal CurrentUser user,
                                @RequestParam(defaultValue = "") String currentPassword,
                                @RequestParam(defaultValue = "") String newPassword,
                                @RequestParam(defaultValue = "") String confirmPassword,
                                RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(user, currentPassword, newPassword, confirmPassword);
        } catch (OrganisationProblem problem) {
            return page(user, problem);
        }
        redirect.addFlashAttribute("notice", "organisation.notice.passwordChanged");
        return new ModelAndView("redirect:/account");
    }

    private static ModelAndView page(CurrentUser user, OrganisationProblem problem) {
        ModelAndView page = new ModelAndView("organisation/account");
        page.addObject("account", user);
        page.addObject("seesUnits", AdminAccess.mayViewUnits(user));
        if (problem != null) {
            page.addObject("problemCode", problem.code());
            page.addObject("problemKey", problem.messageKey());
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}
