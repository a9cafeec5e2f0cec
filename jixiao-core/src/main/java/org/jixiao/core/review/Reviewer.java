package org.jixiao.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.review.internal.AmountTableReview;
import org.jixiao.core.review.internal.DepartmentReview;
import org.jixiao.core.review.internal.EntryChecks;
import org.jixiao.core.review.internal.EvaluationReader;
import org.jixiao.core.review.internal.NarrativeReview;
import org.jixiao.core.review.internal.ProjectReview;
import org.jixiao.core.review.internal.ScatteredScoreReview;
import org.jixiao.core.review.internal.StatedGrades;
import org.jixiao.core.review.internal.TargetTableReview;

/**
 * The automatic reviewer: recognises each table of a published document, recovers the framework it
 * implies, scores it with the core and reports every figure that does not follow — with where it
 * is, what was expected and what was found.
 */
public final class Reviewer {

    private Reviewer() {
    }

    /**
     * @param year the evaluation year (dates outside it are reported)
     */
    public static Review review(PublishedDocument document, int year) {
        List<ReviewedTable> tables = new ArrayList<>();
        for (PublishedTable table : document.tables()) {
            Optional<ReviewedTable> reviewed = ProjectReview.review(table, year)
                    .or(() -> DepartmentReview.review(table, year))
                    .or(() -> TargetTableReview.review(table))
                    .or(() -> ScatteredScoreReview.review(table))
                    .or(() -> AmountTableReview.review(table));
            tables.add(reviewed.orElseGet(() -> new ReviewedTable(TableKind.OTHER, table.title(), "第" + table.line() + "行",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
        }
        List<Finding> findings = new ArrayList<>();
        for (PublishedDocument.Unreadable u : document.unreadable()) {
            findings.add(Finding.of(Check.UNREADABLE, "", "", u.line(), u.reason() + "：" + u.text(), "", ""));
        }
        findings.addAll(NarrativeReview.review(document.paragraphs()));
        grades(document, tables, findings);
        return new Review(document.source(), tables, findings);
    }

    /**
     * The findings on the document's prose alone (changes, shares, completion rates, categories
     * against their items), each with the line of the paragraph it is in — as in {@link #review}.
     */
    public static List<Finding> narrativeFindings(List<PublishedDocument.Paragraph> paragraphs) {
        return NarrativeReview.review(paragraphs);
    }

    /**
     * The paragraphs as the narrative checks read them: a paragraph cut by a page break ("完成年" |
     * "初预算的 109.5%") joined with the next, keeping the first one's line.
     */
    public static List<PublishedDocument.Paragraph> narrativeParagraphs(List<PublishedDocument.Paragraph> paragraphs) {
        return NarrativeReview.joinBrokenLines(paragraphs);
    }

    /**
     * The findings on an evaluation being filled in, for a form to show as the user types: values not
     * yet entered ({@code VALUE_MISSING}, a warning); rows whose value the rule cannot decide and
     * nobody has judged ({@code NEEDS_JUDGEMENT}, an error here); lost points without a reason
     * ({@code DEVIATION_REASON_MISSING}, an error here); funds sources that do not add up to the total
     * ({@code AMOUNT_SUM_MISMATCH}); more executed than budgeted ({@code EXECUTION_OVER_BUDGET}, a
     * warning). Each names the indicator by its code in {@link Finding#row()} ("1.1.3", "FUNDS"); the
     * table is the framework's title. An evaluation with no error finding may be submitted.
     *
     * @param sheet {@code Scorer.score(framework, evaluation)}
     */
    public static List<Finding> checkEntry(ScoreSheet sheet, Evaluation evaluation) {
        return EntryChecks.check(sheet, evaluation);
    }

    /**
     * The evaluations a published report contains, for importing it as data: each project
     * self-evaluation table and department score table, entered against the candidate framework whose
     * indicator names its rows match (at least two thirds of them; otherwise the table is left out),
     * with the actual values as published, the reported scores, deviation reasons, the funds block and
     * the unit. Never throws on odd input: a table that does not fit is left out.
     *
     * @param year the evaluation year, for the review of each table
     */
    public static List<ReadEvaluation> readEvaluations(PublishedDocument document, int year, List<Framework> candidates) {
        return EvaluationReader.read(document, year, candidates);
    }

    /**
     * A grade stated with a score must be the grade of that score; and when the report has a single
     * scored table, the grade of its total recomputed by the rules (a grade that changes once the
     * total is corrected).
     */
    private static void grades(PublishedDocument document, List<ReviewedTable> tables, List<Finding> findings) {
        List<StatedGrades.Stated> stated = StatedGrades.find(document.paragraphs());
        List<ReviewedTable> scored = tables.stream().filter(t -> t.recomputedTotal().isPresent()).toList();
        for (StatedGrades.Stated s : stated) {
            String byScore = StatedGrades.gradeOf(s.score());
            if (!byScore.equals(s.grade())) {
                findings.add(Finding.of(Check.GRADE_MISMATCH, "", "评价等级", s.line(),
                        "得分" + s.score() + "分对应等级为“" + byScore + "”，文中为“" + s.grade() + "”", byScore, s.grade()));
            } else if (scored.size() == 1) {
                String recomputed = scored.get(0).recomputedGrade().orElse(byScore);
                if (!recomputed.equals(s.grade())) {
                    findings.add(Finding.of(Check.GRADE_MISMATCH, scored.get(0).title(), "评价等级", s.line(),
                            "按评分规则重算总分为" + scored.get(0).recomputedTotal().get() + "分，等级应为“" + recomputed + "”，文中为“"
                                    + s.grade() + "”", recomputed, s.grade()));
                }
            }
        }
        if (stated.size() == 1 && scored.size() == 1) {
            ReviewedTable t = scored.get(0);
            tables.set(tables.indexOf(t), new ReviewedTable(t.kind(), t.title(), t.location(), t.reportedTotal(), t.itemsTotal(),
                    t.recomputedTotal(), Optional.of(stated.get(0).grade()), t.recomputedGrade(), t.findings()));
        }
    }
}
