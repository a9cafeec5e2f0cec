package org.jixiao.web.evaluations;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * The table page: enter values and see scores and findings change as you type (htmx posts the form
 * to /preview, which saves nothing); save; move the table through the workflow.
 */
@Controller
class EvaluationController {

    private final Workflow workflow;
    private final EvaluationStore store;

    EvaluationController(Workflow workflow, EvaluationStore store) {
        this.workflow = workflow;
        this.store = store;
    }

    @GetMapping("/evaluations/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Workflow.Opened opened = opened(user, id);
        model.addAttribute("view", view(user, opened, opened.entries()));
        return "evaluations/table";
    }

    /** Scores what is in the form without saving it; answers the summary and each row's score. */
    @PostMapping("/evaluations/{id}/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                   @RequestParam Map<String, String> form, Model model) {
        Workflow.Opened opened = opened(user, id);
        Entries entries = Entries.fromForm(opened.framework(), form, opened.entries().funds().size());
        model.addAttribute("view", view(user, opened, entries));
        return "evaluations/table :: preview";
    }

    @PostMapping("/evaluations/{id}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Workflow.Outcome outcome = workflow.save(user, id, version, form);
        if (outcome instanceof Workflow.Outcome.Done) {
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/evaluations/" + id;
        }
        // anything else: the page again with the user's input as typed and the reason
        Workflow.Opened opened = opened(user, id);
        Entries typed = Entries.fromForm(opened.framework(), form, opened.entries().funds().size());
        model.addAttribute("view", view(user, opened, typed));
        model.addAttribute("typedVersion", version);
        model.addAttribute("outcome", outcome);
        return "evaluations/table";
    }

    @PostMapping("/evaluations/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                  RedirectAttributes redirect) {
        return after(workflow.submit(user, id, version), id, "notice.submitted", redirect);
    }

    @PostMapping("/evaluations/{id}/return")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                    @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> comments = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.equals("comment")) {
                comments.put("", v);
            } else if (k.startsWith("c.")) {
                comments.put(k.substring(2), v);
            }
        });
        return after(workflow.sendBack(user, id, version, comments), id, "notice.returned", redirect);
    }

    @PostMapping("/evaluations/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                   RedirectAttributes redirect) {
        return after(workflow.approve(user, id, version), id, "notice.approved", redirect);
    }

    @PostMapping("/evaluations/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                   RedirectAttributes redirect) {
        return after(workflow.publish(user, id, version), id, "notice.published", redirect);
    }

    @PostMapping("/evaluations/{id}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return after(workflow.unlock(user, id, version, reason), id, "notice.unlocked", redirect);
    }

    @GetMapping("/evaluations/{id}/history")
    String history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Workflow.Opened opened = opened(user, id);
        model.addAttribute("header", opened.header());
        model.addAttribute("changes", store.history(id));
        return "evaluations/history";
    }

    private String after(Workflow.Outcome outcome, long id, String notice, RedirectAttributes redirect) {
        if (outcome instanceof Workflow.Outcome.Done) {
            redirect.addFlashAttribute("notice", notice);
        } else if (outcome instanceof Workflow.Outcome.Refused r) {
            if (r.code().equals("NOT_FOUND")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("problem", r.message());
            redirect.addFlashAttribute("problemCode", r.code());
        } else if (outcome instanceof Workflow.Outcome.Conflict c) {
            redirect.addFlashAttribute("problem", c.message());
            redirect.addFlashAttribute("problemCode", "CONFLICT");
        } else if (outcome instanceof Workflow.Outcome.Invalid i) {
            redirect.addFlashAttribute("problem", i.problems().get(0).message());
            redirect.addFlashAttribute("problemCode", i.problems().get(0).code());
        }
        return "redirect:/evaluations/" + id;
    }

    private Workflow.Opened opened(CurrentUser user, long id) {
        return workflow.open(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private TableView view(CurrentUser user, Workflow.Opened opened, Entries entries) {
        EvaluationStore.Header h = opened.header();
        LiveScore score = LiveScore.of(opened.framework(), h.unitName(), entries, opened.reported());
        TableView.Actions actions = new TableView.Actions(workflow.canEdit(user, h), workflow.canSubmit(user, h),
                workflow.canReturn(user, h), workflow.canApprove(user, h), workflow.canPublish(user, h),
                workflow.canUnlock(user, h));
        return TableView.of(h, opened.framework(), entries, score, store.comments(h.id()), actions);
    }
}
