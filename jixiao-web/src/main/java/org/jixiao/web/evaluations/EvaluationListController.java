package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Units;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's view: the tables in the user's scope with status, total, grade and open findings,
 * filtered, sorted and a page at a time; for a filler also the form that creates a new draft for their unit.
 */
@Controller
class EvaluationListController {

    private final EvaluationStore store;
    private final Units units;
    private final Workflow workflow;
    private final FrameworkCatalog frameworks;

    EvaluationListController(EvaluationStore store, Units units, Workflow workflow, FrameworkCatalog frameworks) {
        this.store = store;
        this.units = units;
        this.workflow = workflow;
        this.frameworks = frameworks;
    }

    @GetMapping({"/", "/evaluations"})
    String list(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Status status,
                @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Boolean errors,
                @RequestParam(required = false, defaultValue = "") String sort,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String grade,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size,
                Model model) {
        EvaluationStore.Filter filter = new EvaluationStore.Filter(year, status, unit, errors, sort, q, grade);
        TablePage shown = store.page(user.scope(), filter, TablePage.Request.of(page, size));
        model.addAttribute("tables", shown.items());
        model.addAttribute("listPage", shown);
        model.addAttribute("pager", ListLinks.of(filter, shown));
        model.addAttribute("filter", filter);
        model.addAttribute("units", units.within(user.scope()));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("grades", grades(user, filter));
        if (!model.containsAttribute("newTable")) {
            model.addAttribute("newTable", new NewTable("", "", ""));
        }
        // only roles that may create see the form; the workflow checks again on submit
        model.addAttribute("canCreate", user.role().fillsIn());
        model.addAttribute("frameworks", user.role().fillsIn()
                ? frameworks.visible(user).stream().filter(f -> !"TARGET_TABLE".equals(f.kind())).toList()
                : List.of());
        return "evaluations/list";
    }

    /** The grades to choose from: those given in the scope, and the one asked for even when none has it. */
    private List<String> grades(CurrentUser user, EvaluationStore.Filter filter) {
        List<String> grades = new ArrayList<>(store.grades(user.scope()));
        if (filter.grade() != null && !grades.contains(filter.grade())) {
            grades.add(filter.grade());
        }
        return grades;
    }

    /** Creates a draft for the user's own unit and opens it; on bad input the list again with the form as typed. */
    @PostMapping("/evaluations")
    String create(@AuthenticationPrincipal CurrentUser user,
                  @RequestParam(defaultValue = "") String frameworkId,
                  @RequestParam(defaultValue = "") String year,
                  @RequestParam(defaultValue = "") String project,
                  Model model, RedirectAttributes redirect) {
        NewTable request = new NewTable(frameworkId, year, project);
        Workflow.Outcome outcome = workflow.create(user, request);
        if (outcome instanceof Workflow.Outcome.Created c) {
            redirect.addFlashAttribute("notice", "create.done");
            return "redirect:/evaluations/" + c.id();
        }
        if (!(outcome instanceof Workflow.Outcome.Invalid i)) {
            // a role that may not create tables never saw the form
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("newTable", request);
        model.addAttribute("createProblems", i.problems());
        return list(user, null, null, null, null, "", null, null, null, null, model);
    }
}
