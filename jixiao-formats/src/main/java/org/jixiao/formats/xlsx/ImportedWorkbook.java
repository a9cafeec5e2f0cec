package org.jixiao.formats.xlsx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.review.Finding;

/**
 * A workbook imported: where the form was ({@code sheet}), how its framework was known ({@code marked}:
 * by the template's marker, else by matching its indicator names), the framework, the unit, project
 * and year its title rows state, the evaluation entered against the framework's codes, its score
 * sheet (empty for a target table, which is not scored), the reviewer's findings on it (what
 * {@code Reviewer.checkEntry} reports, and the totals, subtotals, row scores and grade the sheet
 * states checked against the scorer's), and the warnings the import gave (no errors: a workbook with
 * an error is refused with a {@link WorkbookImportException}).
 *
 * <p>Each finding's {@code location} is the cell it concerns ("项目支出绩效自评表!E12").
 */
public record ImportedWorkbook(String file, String sheet, boolean marked, Framework framework, String unit, String project,
                               int year, Evaluation evaluation, Optional<ScoreSheet> scores, List<Finding> findings,
                               List<ImportProblem> warnings) {

    public ImportedWorkbook {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(scores, "scores");
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        unit = unit == null ? "" : unit;
        project = project == null ? "" : project;
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** The title as the export writes it, to write this evaluation back ({@link ScoreSheetXlsx}). */
    public ScoreSheetXlsx.Title title() {
        return new ScoreSheetXlsx.Title(unit, project, year);
    }
}
