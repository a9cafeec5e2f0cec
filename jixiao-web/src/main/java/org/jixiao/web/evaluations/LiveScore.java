package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Reviewer;

/**
 * A table's entries scored by the core and checked by the reviewer: what the page shows after
 * every keystroke and what a save stores. Input the core refuses (a judgement out of range, an
 * amount that is not a number) becomes a {@link FieldProblem} on that field; nothing is guessed.
 */
public record LiveScore(Evaluation evaluation, ScoreSheet sheet, List<Finding> findings, List<FieldProblem> problems) {

    /** A field the user must correct before the table can be saved. */
    public record FieldProblem(String field, String code, String message) {
    }

    public LiveScore {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    public boolean saveable() {
        return problems.isEmpty();
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count() + problems.size();
    }

    public long warningCount() {
        return findings.stream().filter(f -> !f.isError()).count();
    }

    public static LiveScore of(Framework framework, String unit, Entries entries, Map<String, Score> reported) {
        List<FieldProblem> problems = new ArrayList<>();
        Evaluation.Builder b = Evaluation.of(framework).unit(unit);
        for (Indicator indicator : framework.indicators()) {
            String c = indicator.code();
            Entries.Entry e = entries.row(c);
            if (!e.actual().isEmpty()) {
                b.actual(c, e.actual());
            }
            if (!e.judgementScore().isEmpty()) {
                if (e.judgementReason().isEmpty()) {
                    problems.add(new FieldProblem("jr." + c, "JUDGEMENT_REASON_MISSING", "指标" + c + "：人工认定得分须说明理由"));
                } else {
                    try {
                        b.judge(c, Judgement.of(e.judgementScore(), e.judgementReason()));
                    } catch (IllegalArgumentException | ArithmeticException ex) {
                        problems.add(new FieldProblem("js." + c, "JUDGEMENT_SCORE_INVALID",
                                "指标" + c + "：认定得分“" + e.judgementScore() + "”无效（" + ex.getMessage() + "）"));
                    }
                }
            }
            if (!e.deviationReason().isEmpty()) {
                b.deviationReason(c, e.deviationReason());
            }
            if (!e.notApplicable().isEmpty()) {
                b.notApplicable(c, e.notApplicable());
            }
            Score r = reported.get(c);
            if (r != null) {
                b.reported(c, r.toString());
            }
        }
        funds(entries, problems).ifPresent(b::funds);
        Evaluation evaluation = b.build();
        ScoreSheet sheet = Scorer.score(framework, evaluation);
        return new LiveScore(evaluation, sheet, Reviewer.checkEntry(sheet, evaluation), problems);
    }

    private static java.util.Optional<FundsBlock> funds(Entries entries, List<FieldProblem> problems) {
        List<FundsLine> lines = new ArrayList<>();
        for (int n = 0; n < entries.funds().size(); n++) {
            Entries.Funds f = entries.funds().get(n);
            String[] columns = {"initial", "adjusted", "executed"};
            String[] values = {f.initial(), f.adjusted(), f.executed()};
            boolean ok = true;
            for (int k = 0; k < 3; k++) {
                if (!values[k].isEmpty() && org.jixiao.core.number.Decimals.parseOrNull(values[k]) == null) {
                    problems.add(new FieldProblem("f." + n + "." + columns[k], "AMOUNT_INVALID",
                            "资金“" + f.name() + "”：“" + values[k] + "”不是金额（万元）"));
                    ok = false;
                }
            }
            if (ok) {
                lines.add(FundsLine.wan(f.name(), f.initial(), f.adjusted(), f.executed()));
            }
        }
        if (lines.size() != entries.funds().size() || lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FundsBlock(lines.get(0), lines.subList(1, lines.size())));
    }
}
