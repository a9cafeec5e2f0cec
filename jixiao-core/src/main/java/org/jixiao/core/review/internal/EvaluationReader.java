package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.ReadEvaluation;
import org.jixiao.core.review.ReviewedTable;

/**
 * Recovers evaluations from a published report: each project self-evaluation table and department
 * score table, read as the review reads it, entered against the candidate framework whose indicators
 * its rows name. A table that names no candidate clearly enough is left out: importing it against the
 * wrong framework would be worse than not importing it.
 */
public final class EvaluationReader {

    /** "2024 年度南京市电化教育馆(…) 整体预算绩效自评价报告", "深圳市教育信息技术中心 2024 年度部门整体支出绩效自评报告". */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "^(?:\\d{4}年度?)?(.+?)(?:\\d{4}年度?)?(?:部门整体|整体|部门决算|决算公开|单位决算).*报告$");
    /** The report's title is among its first lines; further down a sentence may merely mention a report. */
    private static final int TITLE_PARAGRAPHS = 5;

    private EvaluationReader() {
    }

    public static List<ReadEvaluation> read(PublishedDocument document, int year, List<Framework> candidates) {
        String unit = unit(document);
        List<ReadEvaluation> out = new ArrayList<>();
        for (PublishedTable table : document.tables()) {
            Optional<ProjectTableReader.Parts> project = ProjectTableReader.read(table);
            if (project.isPresent()) {
                project(table, project.get(), year, candidates, unit).ifPresent(out::add);
                continue;
            }
            Optional<DepartmentTableReader.Parts> department = DepartmentTableReader.read(table);
            if (department.isPresent()) {
                department(table, department.get(), year, candidates, unit).ifPresent(out::add);
                continue;
            }
            // The reviewer tries a target table before a scattered one; so does this.
            if (TargetTableReview.review(table).isEmpty()) {
                ScatteredScoreReview.read(table).flatMap(s -> scattered(table, s, candidates, unit)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<ReadEvaluation> project(PublishedTable table, ProjectTableReader.Parts parts, int year,
                                                    List<Framework> candidates, String unit) {
        List<IndicatorMatch.Wanted> wanted = parts.indicators().stream()
                .map(r -> new IndicatorMatch.Wanted(r.line(), r.level2(), r.name())).toList();
        Optional<IndicatorMatch.Result> match = IndicatorMatch.best(wanted, candidates, FrameworkKind.PROJECT_SELF_EVALUATION);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Framework framework = match.get().framework();
        Evaluation.Builder b = Evaluation.of(framework).unit(parts.unit().isEmpty() ? unit : parts.unit());
        ProjectReview.fundsBlock(parts).ifPresent(b::funds);
        Optional<Indicator> fundsRow = framework.indicators().stream().filter(Indicator::isFundsRow).findFirst();
        parts.funds().stream().filter(f -> ProjectTableReader.isTotalFunds(f.label())).findFirst()
                .flatMap(f -> number(f.cells().get(Column.SCORE)))
                .ifPresent(score -> fundsRow.ifPresent(i -> b.reported(i.code(), score)));
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < parts.indicators().size(); i++) {
            ProjectTableReader.IndicatorRow row = parts.indicators().get(i);
            Indicator indicator = match.get().indicators().get(i);
            if (indicator == null) {
                unmatched.add("第" + row.line() + "行 " + row.name());
                continue;
            }
            enter(b, indicator, row.cell(Column.ACTUAL), row.cell(Column.SCORE), row.cell(Column.DEVIATION));
        }
        ReviewedTable reviewed = ProjectReview.review(table, year).orElseThrow();
        return Optional.of(new ReadEvaluation(reviewed, framework, b.build(), unmatched));
    }

    private static Optional<ReadEvaluation> department(PublishedTable table, DepartmentTableReader.Parts parts, int year,
                                                       List<Framework> candidates, String unit) {
        List<DepartmentTableReader.Row> rows = DepartmentTableReader.rows(parts).stream()
                .filter(r -> !r.isCategory()).toList();
        List<IndicatorMatch.Wanted> wanted = rows.stream()
                .map(r -> new IndicatorMatch.Wanted(r.line(), r.level2(), r.name())).toList();
        Optional<IndicatorMatch.Result> match = IndicatorMatch.best(wanted, candidates, FrameworkKind.DEPARTMENT_EVALUATION);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Framework framework = match.get().framework();
        Evaluation.Builder b = Evaluation.of(framework).unit(unit);
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DepartmentTableReader.Row row = rows.get(i);
            Indicator indicator = match.get().indicators().get(i);
            if (indicator == null) {
                unmatched.add("第" + row.line() + "行 " + row.code() + row.name());
                continue;
            }
            enter(b, indicator, row.cell(Column.ACTUAL), row.cell(Column.SCORE), row.cell(Column.DEVIATION));
        }
        ReviewedTable reviewed = DepartmentReview.review(table, year).orElseThrow();
        return Optional.of(new ReadEvaluation(reviewed, framework, b.build(), unmatched));
    }

    /**
     * Shenzhen's scattered table: only each row's score can be read, so the evaluation has reported
     * scores and no actual values. A row naming a nested indicator (财务合规性, whose parts the framework
     * scores one by one) has no single indicator to carry its score, and is listed as unmatched.
     */
    private static Optional<ReadEvaluation> scattered(PublishedTable table, ScatteredScoreReview.Scattered read,
                                                      List<Framework> candidates, String unit) {
        Optional<KnownFramework> known = KnownFramework.match(read.rows(), candidates);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Evaluation.Builder b = Evaluation.of(known.get().framework()).unit(unit);
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < read.rows().size(); i++) {
            Node node = known.get().matched().get(i);
            PublishedTable.Row row = read.rows().get(i);
            if (node instanceof Indicator indicator) {
                b.reported(indicator.code(), read.scores().get(i).toPlainString());
            } else if (node != null) {
                unmatched.add("第" + row.line() + "行 " + node.name() + "（分项指标，表中只有合计得分）");
            } else {
                unmatched.add("第" + row.line() + "行 " + firstText(row));
            }
        }
        ReviewedTable reviewed = ScatteredScoreReview.review(table).orElseThrow();
        return Optional.of(new ReadEvaluation(reviewed, known.get().framework(), b.build(), unmatched));
    }

    /** The cells of a matched row: blank or dashed cells ("—") are nothing entered, not a value. */
    private static void enter(Evaluation.Builder b, Indicator indicator, String actual, String score, String reason) {
        if (!Cells.isEmpty(actual)) {
            b.actual(indicator.code(), actual);
        }
        number(score).ifPresent(s -> b.reported(indicator.code(), s));
        if (!Cells.isEmpty(reason)) {
            b.deviationReason(indicator.code(), Cells.compact(reason));
        }
    }

    private static Optional<String> number(String cell) {
        return cell == null || Cells.isEmpty(cell) ? Optional.empty()
                : Cells.number(cell).map(n -> Score.of(n).points().toPlainString());
    }

    private static String firstText(PublishedTable.Row row) {
        for (String cell : row.cells()) {
            String c = Cells.compact(cell);
            if (!Cells.isEmpty(c)) {
                return c.length() > 20 ? c.substring(0, 20) + "…" : c;
            }
        }
        return "";
    }

    /** The unit the report's title names ("2024 年度包头市电化教育馆 决算公开报告" → 包头市电化教育馆), or empty. */
    static String unit(PublishedDocument document) {
        List<PublishedDocument.Paragraph> paragraphs = document.paragraphs();
        for (int i = 0; i < Math.min(TITLE_PARAGRAPHS, paragraphs.size()); i++) {
            Matcher m = REPORT_TITLE.matcher(Cells.compact(paragraphs.get(i).text()));
            if (m.matches()) {
                return m.group(1);
            }
        }
        return "";
    }
}
