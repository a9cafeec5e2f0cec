package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.number.Score;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Amount;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.organisation.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a table that exists outside Jixiao (a published report read by the reviewer, later an
 * Excel file) in as a stored table, recorded in its history as an import by {@code username}.
 */
@Service
public class TableImport {

    private final EvaluationStore store;
    private final FrameworkCatalog frameworks;

    TableImport(EvaluationStore store, FrameworkCatalog frameworks) {
        this.store = store;
        this.frameworks = frameworks;
    }

    /** Creates an empty draft table for a unit. */
    @Transactional
    public long createDraft(long unitId, long frameworkId, int year, String project, String username) {
        Framework framework = frameworks.framework(frameworks.find(frameworkId, Scope.everything()).orElseThrow());
        return store.create(unitId, frameworkId, year, project, Entries.fundsLinesFor(framework), username);
    }

    /**
     * Stores an evaluation read elsewhere and leaves it in {@code status} (locked unless a draft).
     */
    @Transactional
    public long importTable(long unitId, long frameworkId, int year, String project, Evaluation evaluation,
                            Status status, String username) {
        FrameworkCatalog.StoredFramework stored = frameworks.find(frameworkId, Scope.everything()).orElseThrow();
        Framework framework = frameworks.framework(stored);
        List<String> fundsLines = evaluation.funds().map(b -> {
            List<String> names = new ArrayList<>(List.of(b.total().name()));
            b.sources().forEach(l -> names.add(l.name()));
            return names;
        }).orElse(List.of());
        long id = store.create(unitId, frameworkId, year, project, fundsLines, username);
        store.setReported(id, evaluation.reportedScores());
        Entries entries = entries(framework, evaluation);
        EvaluationStore.Header h = store.find(id, Scope.everything()).orElseThrow();
        LiveScore score = LiveScore.of(framework, h.unitName(), entries, evaluation.reportedScores());
        if (status != Status.DRAFT) {
            // A published table's undecidable rows were decided by the unit when it published:
            // its stated score is recorded as that judgement, saying where it came from.
            entries = publishedJudgements(score, entries);
            score = LiveScore.of(framework, h.unitName(), entries, evaluation.reportedScores());
        }
        if (!score.saveable()) {
            throw new IllegalArgumentException("导入的表有无效内容：" + score.problems());
        }
        store.save(h, h.version(), new Entries(Map.of(), List.of()), entries, score, username);
        if (status != Status.DRAFT) {
            EvaluationStore.Header saved = store.find(id, Scope.everything()).orElseThrow();
            store.transition(saved, saved.version(), status, true, username, "导入");
        }
        return id;
    }

    static final String PUBLISHED_JUDGEMENT = "按公开报告所列得分认定（导入）";

    private static Entries publishedJudgements(LiveScore score, Entries entries) {
        Map<String, Entries.Entry> rows = new LinkedHashMap<>(entries.rows());
        for (RowScore row : score.sheet().pending()) {
            Optional<Score> reported = row.reported();
            if (reported.isPresent() && !reported.get().isNegative()
                    && !reported.get().isGreaterThan(row.indicator().weightOrZero())) {
                Entries.Entry e = entries.row(row.code());
                rows.put(row.code(), new Entries.Entry(e.actual(), reported.get().toString(), PUBLISHED_JUDGEMENT,
                        e.deviationReason(), e.notApplicable()));
            }
        }
        return new Entries(rows, entries.funds());
    }

    static Entries entries(Framework framework, Evaluation evaluation) {
        Map<String, Entries.Entry> rows = new LinkedHashMap<>();
        for (Indicator i : framework.indicators()) {
            String c = i.code();
            String actual = evaluation.actual(c) instanceof Actual.Reading r ? r.text() : "";
            Optional<Judgement> j = Optional.ofNullable(evaluation.judgements().get(c));
            rows.put(c, new Entries.Entry(actual, j.map(x -> x.score().toString()).orElse(""),
                    j.map(Judgement::justification).orElse(""), evaluation.deviationReasons().getOrDefault(c, ""),
                    evaluation.notApplicable().getOrDefault(c, "")));
        }
        List<Entries.Funds> funds = new ArrayList<>();
        evaluation.funds().ifPresent(block -> {
            funds.add(funds(block.total()));
            block.sources().forEach(s -> funds.add(funds(s)));
        });
        return new Entries(rows, funds);
    }

    private static Entries.Funds funds(FundsLine line) {
        return new Entries.Funds(line.name(), text(line.initialBudget()), text(line.adjustedBudget()), text(line.executed()));
    }

    private static String text(Optional<Amount> amount) {
        return amount.map(a -> a.value().toPlainString()).orElse("");
    }
}
