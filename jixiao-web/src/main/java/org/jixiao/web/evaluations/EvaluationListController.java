package org.jixiao.web.evaluations;

import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Units;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's view: every table in the user's scope with status, total, grade and open findings. */
@Controller
class EvaluationListController {

    private final EvaluationStore store;
    private final Units units;

    EvaluationListController(EvaluationStore store, Units units) {
        this.store = store;
        this.units = units;
    }

    @GetMapping({"/", "/evaluations"})
    String list(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Status status,
                @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Boolean errors,
                @RequestParam(required = false, defaultValue = "") String sort,
                Model model) {
        EvaluationStore.Filter filter = new EvaluationStore.Filter(year, status, unit, errors, sort);
        model.addAttribute("tables", store.list(user.scope(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("units", units.within(user.scope()));
        model.addAttribute("statuses", Status.values());
        return "evaluations/list";
    }
}
