package org.jixiao.web.evaluations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may happen to a table, by whom: the filler edits and submits, the department reviewer
 * returns or approves, the finance reviewer returns or publishes, the administrator unlocks, the
 * auditor only reads. Every rule is checked here, whatever page or API call asked.
 */
@Service
public class Workflow {

    /** The result of a save or a step: done, or why not (a stable code and the Chinese message). */
    public sealed interface Outcome {
        record Done() implements Outcome {
        }

        record Refused(String code, String message) implements Outcome {
        }

        /** Someone saved first; the caller keeps the user's input and shows the message. */
        record Conflict(String message) implements Outcome {
        }

        record Invalid(List<LiveScore.FieldProblem> problems) implements Outcome {
        }
    }

    /** A table opened for a user, with what they may do to it. */
    public record Opened(EvaluationStore.Header header, Framework framework, Entries entries, Map<String, org.jixiao.core.number.Score> reported) {
    }

    private final EvaluationStore store;
    private final FrameworkCatalog frameworks;

    Workflow(EvaluationStore store, FrameworkCatalog frameworks) {
        this.store = store;
        this.frameworks = frameworks;
    }

    /** The table if the user's scope covers it. */
    public Optional<Opened> open(CurrentUser user, long id) {
        return store.find(id, user.scope()).map(h -> new Opened(h, framework(h), store.entries(id), store.reported(id)));
    }

    Framework framework(EvaluationStore.Header header) {
        return frameworks.framework(frameworks.find(header.frameworkId(), org.jixiao.web.organisation.Scope.everything())
                .orElseThrow());
    }

    public boolean canEdit(CurrentUser user, EvaluationStore.Header h) {
        return user.role().fillsIn() && user.unitId() == h.unitId() && !h.locked() && h.status() != Status.PUBLISHED;
    }

    public boolean canSubmit(CurrentUser user, EvaluationStore.Header h) {
        return canEdit(user, h) && (h.status() == Status.DRAFT || h.status() == Status.RETURNED);
    }

    public boolean canReturn(CurrentUser user, EvaluationStore.Header h) {
        return (user.role().reviewsForDepartment() && h.status() == Status.SUBMITTED)
                || (user.role().reviewsForFinance() && h.status() == Status.APPROVED);
    }

    public boolean canApprove(CurrentUser user, EvaluationStore.Header h) {
        return user.role().reviewsForDepartment() && h.status() == Status.SUBMITTED;
    }

    public boolean canPublish(CurrentUser user, EvaluationStore.Header h) {
        return user.role().reviewsForFinance() && h.status() == Status.APPROVED;
    }

    public boolean canUnlock(CurrentUser user, EvaluationStore.Header h) {
        return user.role() == Role.ADMIN && h.locked();
    }

    @Transactional
    public Outcome save(CurrentUser user, long id, int version, Map<String, String> form) {
        Optional<Opened> opened = open(user, id);
        if (opened.isEmpty()) {
            return notFound();
        }
        EvaluationStore.Header h = opened.get().header();
        if (!canEdit(user, h)) {
            return new Outcome.Refused("NOT_EDITABLE", "您不能修改此表（状态：" + h.status() + (h.locked() ? "，已锁定" : "") + "）");
        }
        Entries after = Entries.fromForm(opened.get().framework(), form, fundsLines(opened.get(), form));
        LiveScore score = LiveScore.of(opened.get().framework(), h.unitName(), after, opened.get().reported());
        if (!score.saveable()) {
            return new Outcome.Invalid(score.problems());
        }
        if (!store.save(h, version, opened.get().entries(), after, score, user.username())) {
            return conflict(user, id);
        }
        return new Outcome.Done();
    }

    @Transactional
    public Outcome submit(CurrentUser user, long id, int version) {
        Optional<Opened> opened = open(user, id);
        if (opened.isEmpty()) {
            return notFound();
        }
        EvaluationStore.Header h = opened.get().header();
        if (!canSubmit(user, h)) {
            return new Outcome.Refused("NOT_SUBMITTABLE", "此表当前不能由您提交");
        }
        LiveScore score = LiveScore.of(opened.get().framework(), h.unitName(), opened.get().entries(), opened.get().reported());
        long errors = score.errorCount();
        if (errors > 0) {
            return new Outcome.Refused("OPEN_ERRORS", "还有" + errors + "个错误未处理，不能提交");
        }
        return step(store.transition(h, version, Status.SUBMITTED, true, user.username(), ""), user, id);
    }

    /**
     * Returns the table to its unit with comments: one for the whole table (key "") and any per row
     * (key = indicator code). At least one comment is required.
     */
    @Transactional
    public Outcome sendBack(CurrentUser user, long id, int version, Map<String, String> comments) {
        Optional<Opened> opened = open(user, id);
        if (opened.isEmpty()) {
            return notFound();
        }
        EvaluationStore.Header h = opened.get().header();
        if (!canReturn(user, h)) {
            return new Outcome.Refused("NOT_RETURNABLE", "此表当前不能由您退回");
        }
        Map<String, String> given = comments.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .filter(e -> e.getKey().isEmpty() || opened.get().framework().indicator(e.getKey()).isPresent())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Entries.clean(e.getValue()),
                        (a, b) -> a, java.util.LinkedHashMap::new));
        if (given.isEmpty()) {
            return new Outcome.Refused("COMMENT_REQUIRED", "退回时须填写意见（整表或逐行）");
        }
        if (!store.transition(h, version, Status.RETURNED, false, user.username(), "")) {
            return conflict(user, id);
        }
        given.forEach((code, body) -> store.comment(id, code.isEmpty() ? null : code, user.username(), body));
        return new Outcome.Done();
    }

    @Transactional
    public Outcome approve(CurrentUser user, long id, int version) {
        return simpleStep(user, id, version, Status.APPROVED, this::canApprove);
    }

    @Transactional
    public Outcome publish(CurrentUser user, long id, int version) {
        return simpleStep(user, id, version, Status.PUBLISHED, this::canPublish);
    }

    @Transactional
    public Outcome unlock(CurrentUser user, long id, int version, String reason) {
        Optional<Opened> opened = open(user, id);
        if (opened.isEmpty()) {
            return notFound();
        }
        EvaluationStore.Header h = opened.get().header();
        if (!canUnlock(user, h)) {
            return new Outcome.Refused("NOT_UNLOCKABLE", "只有系统管理员可以解锁已锁定的表");
        }
        String why = Entries.clean(reason);
        if (why.isEmpty()) {
            return new Outcome.Refused("REASON_REQUIRED", "解锁须说明理由");
        }
        return step(store.unlock(h, version, user.username(), why), user, id);
    }

    private interface Permission {
        boolean allows(CurrentUser user, EvaluationStore.Header header);
    }

    private Outcome simpleStep(CurrentUser user, long id, int version, Status to, Permission permission) {
        Optional<EvaluationStore.Header> h = store.find(id, user.scope());
        if (h.isEmpty()) {
            return notFound();
        }
        if (!permission.allows(user, h.get())) {
            return new Outcome.Refused("NOT_ALLOWED", "您不能将此表改为该状态");
        }
        return step(store.transition(h.get(), version, to, true, user.username(), ""), user, id);
    }

    private Outcome step(boolean done, CurrentUser user, long id) {
        return done ? new Outcome.Done() : conflict(user, id);
    }

    private Outcome conflict(CurrentUser user, long id) {
        String who = store.history(id).stream().findFirst()
                .map(c -> c.username() + "（" + c.at() + "）").orElse("他人");
        return new Outcome.Conflict("此表已被" + who + "修改，您的输入已保留；请核对最新内容后再保存");
    }

    private static Outcome notFound() {
        return new Outcome.Refused("NOT_FOUND", "没有这张表，或您无权查看");
    }

    private static int fundsLines(Opened opened, Map<String, String> form) {
        int n = 0;
        while (form.containsKey("f." + n + ".name") && n < 20) {
            n++;
        }
        return Math.max(n, 0);
    }
}
