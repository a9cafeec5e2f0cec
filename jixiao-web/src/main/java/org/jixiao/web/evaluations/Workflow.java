package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.core.framework.Framework;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

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

        /** A new table was created. */
        record Created(long id) implements Outcome {
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

    /** A published table is final: unlocking it would suggest it could still change. */
    public boolean canUnlock(CurrentUser user, EvaluationStore.Header h) {
        return user.role() == Role.ADMIN && h.locked() && h.status() != Status.PUBLISHED;
    }

    /** Saves what the table page posted (form fields a.CODE, js.CODE … f.N.name …). */
    @Transactional
    public Outcome save(CurrentUser user, long id, int version, Map<String, String> form) {
        return save(user, id, version, opened -> {
            Entries typed = Entries.fromForm(opened.framework(), form, fundsLines(form));
            // a form without funds fields leaves the funds as they are, as the API does when they are left out
            return typed.funds().isEmpty() ? new Entries(typed.rows(), opened.entries().funds()) : typed;
        });
    }

    /** Saves entries given directly (the REST API); the same rules as the page. */
    @Transactional
    public Outcome save(CurrentUser user, long id, int version, Entries entries) {
        return save(user, id, version, opened -> entries);
    }

    /**
     * The one save path: the new entries are computed from the table as it is now (so a caller may
     * change only some rows), checked, scored and stored if still at {@code version}.
     */
    @Transactional
    public Outcome save(CurrentUser user, long id, int version, Function<Opened, Entries> input) {
        Optional<Opened> opened = open(user, id);
        if (opened.isEmpty()) {
            return notFound();
        }
        EvaluationStore.Header h = opened.get().header();
        if (!canEdit(user, h)) {
            return new Outcome.Refused("NOT_EDITABLE", "您不能修改此表（状态：" + h.status() + (h.locked() ? "，已锁定" : "") + "）");
        }
        Entries after = input.apply(opened.get());
        LiveScore score = score(opened.get(), after);
        if (!score.saveable()) {
            return new Outcome.Invalid(score.problems());
        }
        if (!store.save(h, version, opened.get().entries(), after, score, user.username())) {
            return conflict(user, id);
        }
        return new Outcome.Done();
    }

    /**
     * Entries scored against the table without saving (what a preview shows). A row for an indicator
     * the framework does not have, or fewer funds lines than stored, is a field problem: either
     * would otherwise be stored unseen.
     */
    LiveScore score(Opened opened, Entries entries) {
        LiveScore score = LiveScore.of(opened.framework(), opened.header().unitName(), entries, opened.reported());
        List<LiveScore.FieldProblem> unknown = entries.rows().keySet().stream()
                .filter(code -> opened.framework().indicator(code).isEmpty())
                .map(code -> new LiveScore.FieldProblem("entries." + code, "UNKNOWN_INDICATOR",
                        "本表的指标体系中没有指标“" + code + "”"))
                .toList();
        List<LiveScore.FieldProblem> problems = new ArrayList<>(unknown);
        int stored = opened.entries().funds().size();
        if (entries.funds().size() < stored) {
            // the store updates lines by number; a shorter list would leave the dropped lines behind
            problems.add(new LiveScore.FieldProblem("funds", "FUNDS_LINES_REMOVED",
                    "资金行只能修改、不能删除（本表有" + stored + "行）"));
        }
        if (problems.isEmpty()) {
            return score;
        }
        problems.addAll(score.problems());
        return new LiveScore(score.evaluation(), score.sheet(), score.findings(), problems);
    }

    /**
     * A new, empty draft for the user's own unit. Only fillers and unit leaders create tables; the
     * framework must be one they may use, and scored (a target table is not a self-evaluation).
     */
    @Transactional
    public Outcome create(CurrentUser user, NewTable request) {
        if (!user.role().fillsIn()) {
            return new Outcome.Refused("NOT_ALLOWED", "只有单位填报人或单位负责人可以新建自评表");
        }
        Optional<FrameworkCatalog.StoredFramework> framework = request.frameworkIdOrNull() == null ? Optional.empty()
                : frameworks.find(request.frameworkIdOrNull(), user.scope());
        List<String> existing = request.yearOrNull() == null ? List.of()
                : store.list(user.scope(), new EvaluationStore.Filter(request.yearOrNull(), null, user.unitId(), null, ""))
                        .stream().map(EvaluationStore.Summary::project).toList();
        List<LiveScore.FieldProblem> problems = request.problems(framework.map(f -> f.kind()), existing);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        FrameworkCatalog.StoredFramework chosen = framework.orElseThrow();
        long id = store.create(user.unitId(), chosen.id(), request.yearOrNull(), request.projectName(),
                Entries.fundsLinesFor(frameworks.framework(chosen)), user.username());
        return new Outcome.Created(id);
    }

    /**
     * A new table and its entries in one transaction (a workbook uploaded as a new table): both, or
     * nothing — a table whose entries are refused is not left behind empty.
     */
    @Transactional
    public Outcome createWith(CurrentUser user, NewTable request, Function<Opened, Entries> entries) {
        Outcome created = create(user, request);
        if (!(created instanceof Outcome.Created c)) {
            return created;
        }
        int version = store.find(c.id(), user.scope()).orElseThrow().version();
        Outcome saved = save(user, c.id(), version, entries);
        if (!(saved instanceof Outcome.Done)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return saved;
        }
        return created;
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
            return new Outcome.Refused("NOT_UNLOCKABLE", "只有系统管理员可以解锁已锁定、尚未公开的表");
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

    static Outcome notFound() {
        return new Outcome.Refused("NOT_FOUND", "没有这张表，或您无权查看");
    }

    private static int fundsLines(Map<String, String> form) {
        int n = 0;
        while (form.containsKey("f." + n + ".name") && n < 20) {
            n++;
        }
        return n;
    }
}
