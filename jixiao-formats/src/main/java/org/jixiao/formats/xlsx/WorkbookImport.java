package org.jixiao.formats.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.IndicatorNames;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;
import org.jixiao.formats.OfficeZip;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.xlsx.FormReader.FundsField;
import org.jixiao.formats.xlsx.FormReader.FundsRow;
import org.jixiao.formats.xlsx.FormReader.Kind;
import org.jixiao.formats.xlsx.FormReader.Line;
import org.jixiao.formats.xlsx.ImportProblem.Code;

/**
 * Imports a filled-in form (.xlsx) into the core model: the framework, the unit, project and year,
 * and an {@link Evaluation} — 实际完成值 as the cells read, the funds block, a person's judgement
 * where a 得分 is typed for a row its rule cannot decide (or whose 备注 says 人工认定：理由), 不适用
 * rows (备注 不适用：理由), 偏差原因分析及改进措施, and the scores typed where the rule decides, kept as
 * reported. The evaluation is scored and reviewed: {@code Reviewer.checkEntry}'s findings, plus the
 * typed row scores, subtotals, 总分 and 等级 against the scorer's.
 *
 * <p>The framework is the one the template's hidden marker names ({@link TemplateMarker}); a workbook
 * without it (made by hand, copied from a published table) is matched to the candidate whose indicator
 * names its rows name (at least two thirds of them: {@link IndicatorNames}).
 *
 * <p>The file is checked before it is parsed (size, kind by content, encryption, a truncated or
 * damaged ZIP, a zip bomb, DOCTYPE declarations: {@link UnreadableFileException}), then streamed
 * (fastexcel-reader) with the row and cell limits of {@link ReadLimits}. Every problem in the form is
 * collected with its sheet and cell; if one is an error, nothing is returned and a
 * {@link WorkbookImportException} carries them all.
 */
public final class WorkbookImport {

    /** The marker sheet is small; a hostile one is not read past this. */
    private static final int MARKER_ROWS = 50;

    private WorkbookImport() {
    }

    /** Imports {@code file} within {@link ReadLimits#DEFAULTS}. */
    public static ImportedWorkbook read(Path file, List<Framework> candidates) {
        return read(file, candidates, ReadLimits.DEFAULTS);
    }

    /**
     * Imports {@code file}, matching it against {@code candidates} (the frameworks the user may use).
     *
     * @throws UnreadableFileException  when the file is missing, too large, not an .xlsx, encrypted,
     *                                  corrupt, a zip bomb, declares a DOCTYPE, or has too many rows or cells
     * @throws WorkbookImportException when the form has errors (every problem is in it)
     */
    public static ImportedWorkbook read(Path file, List<Framework> candidates, ReadLimits limits) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(UnreadableFileException.Code.NOT_FOUND, source, "不存在或不是普通文件");
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                throw tooLarge(source, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(source, in, candidates, limits);
            }
        } catch (IOException e) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_FOUND, source, "无法读取（" + e.getMessage() + "）", e);
        }
    }

    /** Imports a workbook from {@code in} (not closed), at most {@link ReadLimits#maxFileBytes()} bytes of it. */
    public static ImportedWorkbook read(String file, InputStream in, List<Framework> candidates, ReadLimits limits)
            throws IOException {
        byte[] bytes = OfficeZip.readAtMost(in, limits.maxFileBytes());
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(file, limits);
        }
        return read(file, bytes, candidates, limits);
    }

    /** Imports a workbook held in {@code bytes}; {@code file} names it in messages. */
    public static ImportedWorkbook read(String file, byte[] bytes, List<Framework> candidates, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(limits, "limits");
        OfficeZip.checkWorkbook(file, bytes, limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            return new Import(file, workbook, candidates, limits).run();
        } catch (UnreadableFileException | WorkbookImportException e) {
            throw e;
        } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw new UnreadableFileException(UnreadableFileException.Code.CORRUPT, file,
                    "无法作为 Excel 工作簿读取，可能已损坏（" + e.getMessage() + "）；请在 Excel 中另存为 .xlsx 后再导入", e);
        }
    }

    // ------------------------------------------------------------------ the file

    private static UnreadableFileException tooLarge(String file, ReadLimits limits) {
        return new UnreadableFileException(UnreadableFileException.Code.FILE_TOO_LARGE, file,
                "超过 " + limits.maxFileMegabytes() + " MB，已拒绝读取；请删去多余的工作表或行后再导入");
    }

    // ------------------------------------------------------------------ one import

    private static final class Import {
        private final String file;
        private final ReadableWorkbook workbook;
        private final List<Framework> candidates;
        private final ReadLimits limits;
        private final CellText cells;
        private final List<ImportProblem> problems = new ArrayList<>();

        private FormReader form;
        private Framework framework;
        /** Which indicator each INDICATOR line names, as the framework was chosen. */
        private IndicatorNames.Match match;
        private String sheet;
        private final Map<String, Line> lineOf = new HashMap<>();
        private final Map<String, Typed> typedSubtotals = new LinkedHashMap<>();
        private String fundsScoreCell = "";

        Import(String file, ReadableWorkbook workbook, List<Framework> candidates, ReadLimits limits) {
            this.file = file;
            this.workbook = workbook;
            this.candidates = candidates;
            this.limits = limits;
            this.cells = new CellText(workbook.isDate1904());
        }

        ImportedWorkbook run() throws IOException {
            Optional<TemplateMarker> marker = marker();
            form = marker.isPresent() ? markedSheet(marker.get()) : anySheet();
            sheet = form.sheet;
            problems.addAll(form.problems);
            if (problems.stream().anyMatch(p -> p.code() == Code.MISSING_COLUMN)) {
                throw new WorkbookImportException(file, problems);
            }

            framework = marker.isPresent() ? markedFramework(marker.get()) : matchedFramework();
            return build(marker.isPresent());
        }

        private void stopOnErrors() {
            if (problems.stream().anyMatch(ImportProblem::isError)) {
                throw new WorkbookImportException(file, inRowOrder());
            }
        }

        /** The problems by row (a stable sort: within a row, in the order found); those of no cell first. */
        private List<ImportProblem> inRowOrder() {
            List<ImportProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(p -> rowOf(p.cell())));
            return sorted;
        }

        private static int rowOf(String cell) {
            int n = 0;
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c >= '0' && c <= '9') {
                    n = n * 10 + (c - '0');
                }
            }
            return n;
        }

        private WorkbookImportException fatal(ImportProblem problem) {
            problems.add(problem);
            return new WorkbookImportException(file, problems);
        }

        // -------------------------------------------------------------- which sheet, which framework

        private Optional<TemplateMarker> marker() throws IOException {
            Optional<Sheet> hidden = workbook.findSheet(TemplateMarker.SHEET);
            if (hidden.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> entries = new HashMap<>();
            try (Stream<Row> rows = hidden.get().openStream()) {
                Iterator<Row> it = rows.iterator();
                for (int n = 0; n < MARKER_ROWS && it.hasNext(); n++) {
                    Row row = it.next();
                    if (row.getCellCount() >= 2) {
                        entries.put(cells.of(row.getCell(0)), cells.of(row.getCell(1)));
                    }
                }
            }
            if (!TemplateMarker.FORMAT.equals(entries.get("format"))) {
                return Optional.empty(); // someone else's sheet of that name: match by names
            }
            String where = TemplateMarker.SHEET;
            int version;
            try {
                version = Integer.parseInt(entries.getOrDefault("version", ""));
            } catch (NumberFormatException e) {
                throw fatal(ImportProblem.of(Code.MARKER_INVALID, where, "B2", "模板标记的版本无法识别", "1",
                        entries.getOrDefault("version", "")));
            }
            if (version > TemplateMarker.VERSION || version < 1) {
                throw fatal(ImportProblem.of(Code.MARKER_INVALID, where, "B2", "工作簿由更高版本的 Jixiao 生成（模板格式第" + version
                        + "版），本版只能读取第" + TemplateMarker.VERSION + "版；请升级后再导入", String.valueOf(TemplateMarker.VERSION),
                        String.valueOf(version)));
            }
            String id = entries.getOrDefault("framework", "");
            String sheetName = entries.getOrDefault("sheet", "");
            if (id.isEmpty() || sheetName.isEmpty()) {
                throw fatal(ImportProblem.of(Code.MARKER_INVALID, where, "", "模板标记缺少指标体系或工作表名称", "framework, sheet",
                        String.join(", ", entries.keySet())));
            }
            int year;
            try {
                year = Integer.parseInt(entries.getOrDefault("framework-year", "0"));
            } catch (NumberFormatException e) {
                year = 0;
            }
            return Optional.of(new TemplateMarker(version, id, year, entries.getOrDefault("kind", ""), sheetName,
                    entries.getOrDefault("content", "")));
        }

        private FormReader markedSheet(TemplateMarker marker) {
            Optional<Sheet> named = workbook.findSheet(marker.sheet());
            if (named.isEmpty()) {
                throw fatal(ImportProblem.of(Code.SHEET_MISSING, marker.sheet(), "", "找不到模板中的工作表“" + marker.sheet()
                        + "”：它被改名或删除了。请把工作表名改回“" + marker.sheet() + "”，或重新下载模板填写", marker.sheet(),
                        String.join("、", visibleSheets())));
            }
            FormReader read = FormReader.read(file, named.get(), limits, cells);
            if (!read.found) {
                throw fatal(ImportProblem.of(Code.LAYOUT_UNKNOWN, marker.sheet(), "", "工作表“" + marker.sheet()
                        + "”前" + FormReader.HEADING_WITHIN_ROWS + "行中找不到指标表的表头（一级指标、三级指标、实际完成值……），模板的版式被改动了",
                        "指标表表头", ""));
            }
            return read;
        }

        private FormReader anySheet() {
            List<String> seen = new ArrayList<>();
            for (Sheet s : (Iterable<Sheet>) workbook.getSheets()::iterator) {
                if (s.getVisibility() != SheetVisibility.VISIBLE || s.getName().equals(TemplateMarker.SHEET)) {
                    continue;
                }
                seen.add(s.getName());
                FormReader read = FormReader.read(file, s, limits, cells);
                if (read.found) {
                    return read;
                }
            }
            throw fatal(ImportProblem.of(Code.LAYOUT_UNKNOWN, "", "", "工作簿中没有绩效自评表或绩效目标表：没有哪个工作表在前"
                    + FormReader.HEADING_WITHIN_ROWS + "行中有指标表的表头（一级指标、二级指标、三级指标、实际完成值……）。请使用 Jixiao 下载的模板或按自评表版式填写",
                    "含“三级指标”“实际完成值”等表头的工作表", String.join("、", seen)));
        }

        private List<String> visibleSheets() {
            return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).map(Sheet::getName).toList();
        }

        private List<Line> indicatorLines() {
            return form.lines.stream().filter(l -> l.kind() == Kind.INDICATOR).toList();
        }

        private List<IndicatorNames.Row> named(List<Line> lines) {
            List<IndicatorNames.Row> rows = new ArrayList<>(lines.size());
            for (Line l : lines) {
                rows.add(new IndicatorNames.Row(l.level2(), l.name()));
            }
            return rows;
        }

        private Framework markedFramework(TemplateMarker marker) {
            List<Framework> same = candidates.stream().filter(f -> f.id().equals(marker.frameworkId())).toList();
            if (same.isEmpty()) {
                throw fatal(ImportProblem.of(Code.FRAMEWORK_UNKNOWN, TemplateMarker.SHEET, "B3", "模板属于指标体系“" + marker.frameworkId()
                        + "”，但它不在可用的指标体系中（已删除，或不在您的权限范围内）", marker.frameworkId(), ""));
            }
            Framework chosen = same.stream().filter(f -> f.year() == marker.frameworkYear()).findFirst().orElse(same.get(0));
            if (chosen.template()) {
                throw fatal(ImportProblem.of(Code.FRAMEWORK_IS_TEMPLATE, TemplateMarker.SHEET, "B3", "指标体系“" + chosen.title()
                        + "”是模板，只有类别没有三级指标；请先建立项目自己的指标体系，再下载它的模板填写", "项目的指标体系", chosen.id()));
            }
            Optional<IndicatorNames.Match> placed = IndicatorNames.match(named(indicatorLines()), List.of(chosen), chosen.kind());
            if (placed.isPresent()) {
                match = placed.get();
            } else {
                throw fatal(ImportProblem.of(Code.FRAMEWORK_NOT_MATCHED, sheet, "", "表中的三级指标与模板所属的指标体系“" + chosen.title()
                        + "”对不上（不到三分之二的行能对上），模板的指标被改动了", "指标体系“" + chosen.title() + "”的指标",
                        indicatorLines().size() + "行指标"));
            }
            return chosen;
        }

        private Framework matchedFramework() {
            List<Line> lines = indicatorLines();
            List<IndicatorNames.Row> rows = named(lines);
            List<FrameworkKind> kinds = new ArrayList<>(List.of(FrameworkKind.values()));
            kinds.sort(Comparator.comparingInt(k -> k == hintedKind() ? 0 : 1));
            IndicatorNames.Match best = null;
            for (FrameworkKind kind : kinds) {
                Optional<IndicatorNames.Match> match = IndicatorNames.match(rows, candidates, kind);
                if (match.isPresent() && (best == null || match.get().named() > best.named())) {
                    best = match.get();
                }
            }
            if (best == null) {
                throw fatal(ImportProblem.of(Code.FRAMEWORK_NOT_MATCHED, sheet, FormLayout.ref(form.headerRow - 1, 0),
                        "表中的三级指标对不上任何可用的指标体系（至少三分之二的行须是同一指标体系的指标）；请使用该指标体系的模板填写",
                        "某一指标体系的指标", lines.size() + "行指标"));
            }
            match = best;
            return best.framework();
        }

        private FrameworkKind hintedKind() {
            if (form.columns.containsKey(FormReader.Field.HALF_YEAR)) {
                return FrameworkKind.TARGET_TABLE;
            }
            if (form.fundsHeaderRow > 0 || form.title.contains("项目")) {
                return FrameworkKind.PROJECT_SELF_EVALUATION;
            }
            return FrameworkKind.DEPARTMENT_EVALUATION;
        }

        // -------------------------------------------------------------- the evaluation

        private ImportedWorkbook build(boolean marked) {
            List<Line> lines = indicatorLines();
            boolean fundsBlock = FormLayout.hasFundsBlock(framework);
            Optional<Indicator> fundsRow = framework.indicators().stream().filter(Indicator::isFundsRow).findFirst();
            Map<String, List<Group>> groups = new HashMap<>();
            Map<String, String> parents = new HashMap<>();
            collectGroups(framework.nodes(), "", groups, parents);
            Set<String> indicatorKeys = new HashSet<>();

            Entries entries = new Entries();
            Optional<FundsBlock> funds = funds();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                Optional<Indicator> indicator = match.indicators().get(i);
                if (indicator.isPresent()) {
                    lineOf.put(indicator.get().code(), line);
                    row(indicator.get(), line, funds, entries);
                    continue;
                }
                // a row that names no indicator: the funds row, a part-group, a second row for one, or nothing
                String key = IndicatorNames.key(line.name());
                if (indicatorKeys.isEmpty()) {
                    for (Indicator each : framework.indicators()) {
                        indicatorKeys.add(IndicatorNames.key(each.name()));
                    }
                }
                if (fundsRow.isPresent() && key.equals(IndicatorNames.key(fundsRow.get().name()))
                        && !lineOf.containsKey(fundsRow.get().code())) {
                    lineOf.put(fundsRow.get().code(), line);
                    row(fundsRow.get(), line, funds, entries);
                } else if (groups.containsKey(key)) {
                    groupLine(group(groups.get(key), 3, line, parents), line);
                } else if (indicatorKeys.contains(key)) {
                    problems.add(ImportProblem.of(Code.DUPLICATE_INDICATOR, sheet, cell(line, FormReader.Field.LEVEL3),
                            "指标“" + line.name() + "”已在上方填过一行；每个指标只填一行，请删去重复的行", "每个指标一行", line.name()));
                } else {
                    problems.add(ImportProblem.of(Code.UNKNOWN_INDICATOR, sheet, cell(line, FormReader.Field.LEVEL3),
                            "指标体系“" + framework.title() + "”中没有三级指标“" + line.name() + "”；指标以指标体系为准，不能在表中增加或改名",
                            "指标体系中的指标", line.name()));
                }
            }
            for (Line line : form.lines) {
                switch (line.kind()) {
                    case GROUP, SUBTOTAL -> {
                        List<Group> named = groups.get(IndicatorNames.key(line.name()));
                        if (named != null) {
                            int level = line.kind() == Kind.SUBTOTAL ? 0 : line.text(FormReader.Field.LEVEL2).isEmpty() ? 1 : 2;
                            groupLine(group(named, level, line, parents), line);
                        } else if (!line.text(FormReader.Field.SCORE).isEmpty() || !line.text(FormReader.Field.ACTUAL).isEmpty()) {
                            ignored(line);
                        }
                    }
                    case OTHER -> ignored(line);
                    default -> {
                    }
                }
            }
            fundsScore(fundsRow, funds, entries);
            for (Indicator indicator : framework.indicators()) {
                if (!lineOf.containsKey(indicator.code()) && !(indicator.isFundsRow() && fundsBlock)) {
                    problems.add(ImportProblem.of(Code.INDICATOR_MISSING, sheet, "", "表中没有指标“" + indicator.name() + "”（"
                            + indicator.code() + "）的行，按未填写导入", indicator.name(), ""));
                }
            }
            int year = year();
            stopOnErrors();

            Evaluation evaluation = new Evaluation(framework.id(), tidy(form.unit), funds, entries.actuals, entries.judgements,
                    entries.reasons, entries.notApplicable, entries.reported);
            Optional<ScoreSheet> scores = Optional.empty();
            List<Finding> findings = new ArrayList<>();
            if (framework.kind().isScored()) {
                ScoreSheet scored = Scorer.score(framework, evaluation);
                scores = Optional.of(scored);
                for (Finding f : Reviewer.checkEntry(scored, evaluation)) {
                    findings.add(located(f));
                }
                reviewTyped(scored, entries, findings);
            }
            return new ImportedWorkbook(file, sheet, marked, framework, tidy(form.unit), tidy(form.project), year, evaluation,
                    scores, findings, inRowOrder());
        }

        /** Groups by name key (a name may be used at several places), and each group's parent's name key. */
        private void collectGroups(List<Node> nodes, String parent, Map<String, List<Group>> out, Map<String, String> parents) {
            for (Node node : nodes) {
                if (node instanceof Group group) {
                    String key = IndicatorNames.key(group.name());
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(group);
                    parents.put(group.code(), parent);
                    collectGroups(group.children(), key, out, parents);
                }
            }
        }

        /**
         * Of the groups a row's name names, the one at the row's level (1 and 2 by the column the name is
         * in, 3 for the 三级指标 column, 0 for any) under the 一级指标 carried down; else the first.
         */
        private static Group group(List<Group> named, int level, Line line, Map<String, String> parents) {
            List<Group> atLevel = named.stream().filter(g -> level == 0 || (level >= 3 ? g.level() >= 3 : g.level() == level))
                    .toList();
            List<Group> candidates = atLevel.isEmpty() ? named : atLevel;
            if (candidates.size() > 1) {
                String parent = IndicatorNames.key(level >= 3 ? line.level2() : line.level1());
                for (Group g : candidates) {
                    if (g.level() > 1 && parents.get(g.code()).equals(parent)) {
                        return g;
                    }
                }
            }
            return candidates.get(0);
        }

        private int year() {
            if (form.year != null) {
                return form.year;
            }
            problems.add(ImportProblem.of(Code.YEAR_MISSING, sheet, "A2", "表头没有写明年度（如“（" + framework.year()
                    + "年度）”），按指标体系的年度" + framework.year() + "导入", "（" + framework.year() + "年度）", ""));
            return framework.year();
        }

        /** What the rows enter, by indicator code, in table order. */
        private static final class Entries {
            final Map<String, Actual> actuals = new LinkedHashMap<>();
            final Map<String, Judgement> judgements = new LinkedHashMap<>();
            final Map<String, String> reasons = new LinkedHashMap<>();
            final Map<String, String> notApplicable = new LinkedHashMap<>();
            final Map<String, Score> reported = new LinkedHashMap<>();
            /** The typed text of each reported score, for its decimals. */
            final Map<String, String> reportedTexts = new HashMap<>();
        }

        private void row(Indicator indicator, Line line, Optional<FundsBlock> funds, Entries entries) {
            String code = indicator.code();
            String actualText = line.text(FormReader.Field.ACTUAL);
            Actual actual = dash(actualText) ? new Actual.Missing() : Actual.of(actualText);
            if (!(actual instanceof Actual.Missing)) {
                entries.actuals.put(code, actual);
            }
            String reason = line.text(FormReader.Field.REASON);
            if (!dash(reason)) {
                entries.reasons.put(code, reason);
            }
            target(indicator, line);
            weight(indicator.weight(), line.text(FormReader.Field.WEIGHT), cell(line, FormReader.Field.WEIGHT), indicator.name());

            String note = line.text(FormReader.Field.NOTE);
            String noteKey = ValueText.compact(note);
            String justification = null;
            if (noteKey.startsWith("不适用")) {
                String why = after(note, "不适用");
                if (why.isEmpty()) {
                    problems.add(ImportProblem.of(Code.REASON_MISSING, sheet, cell(line, FormReader.Field.NOTE), "“" + indicator.name()
                            + "”标为不适用，但没有写明理由；请写成“不适用：理由”", "不适用：理由", note));
                } else {
                    entries.notApplicable.put(code, why);
                }
            } else if (noteKey.startsWith("人工认定")) {
                justification = after(note, "人工认定");
            } else if (!noteKey.isEmpty() && !noteKey.equals(FormLayout.PENDING) && !noteKey.startsWith("公开表所列得分")) {
                justification = note.strip();
            }
            boolean forced = noteKey.startsWith("人工认定");
            String scoreText = line.text(FormReader.Field.SCORE);
            if (dash(scoreText)) {
                return;
            }
            Optional<BigDecimal> typed = number(scoreText, "分");
            String where = cell(line, FormReader.Field.SCORE);
            if (typed.isEmpty()) {
                problems.add(ImportProblem.of(Code.NOT_A_NUMBER, sheet, where, "“" + indicator.name() + "”的得分应为数字",
                        "数字，如 " + indicator.weight().map(Score::toString).orElse("5"), scoreText));
                return;
            }
            Score score = Score.of(typed.get());
            Actual ruleActual = actual;
            if (indicator.isFundsRow() && actual instanceof Actual.Missing && funds.isPresent()) {
                ruleActual = executed(funds.get()).orElse(actual);
            }
            RuleOutcome outcome = indicator.rule().apply(new RuleInput(indicator.weightOrZero(), indicator.target(), ruleActual));
            if (forced || outcome instanceof RuleOutcome.NeedsJudgement) {
                judge(indicator, score, justification, where, scoreText, entries);
            } else {
                entries.reported.put(code, score);
                entries.reportedTexts.put(code, scoreText);
            }
        }

        /** A person's score: within what the row can earn, with the 备注 as its justification or, without one, the cell it came from. */
        private void judge(Indicator indicator, Score score, String justification, String where, String typed, Entries entries) {
            Score low = Score.ZERO;
            Score high = indicator.weightOrZero();
            if (indicator.rule() instanceof BonusPenalty bonus) {
                low = bonus.penalty() ? Score.ZERO.minus(bonus.cap()) : Score.ZERO;
                high = bonus.penalty() ? Score.ZERO : bonus.cap();
            }
            if (score.isLessThan(low) || score.isGreaterThan(high)) {
                problems.add(ImportProblem.of(Code.SCORE_OUT_OF_RANGE, sheet, where, "“" + indicator.name() + "”的认定得分" + score
                        + "超出该指标可得的范围", low + "～" + high, typed));
                return;
            }
            String why = justification == null || justification.isBlank() ? "按工作簿所填得分认定（" + sheet + "!" + where + "）"
                    : justification;
            entries.judgements.put(indicator.code(), new Judgement(score, why, ""));
        }

        private void target(Indicator indicator, Line line) {
            compareTarget(indicator.target().text(), indicator, line, FormReader.Field.TARGET, "指标值");
            compareTarget(indicator.halfYearTarget().text(), indicator, line, FormReader.Field.HALF_YEAR, "半年指标值");
        }

        private void compareTarget(String framework, Indicator indicator, Line line, FormReader.Field field, String what) {
            if (!form.columns.containsKey(field)) {
                return;
            }
            String typed = line.text(field);
            if (framework != null && typed.equals(framework.strip())) {
                return; // as the template wrote it
            }
            String where = cell(line, field);
            String name = indicator.name();
            String unit = indicator.unitOfMeasure();
            String a = ValueText.label(typed);
            String b = ValueText.label(framework);
            if (a.equals(b) || a.equals(b + ValueText.label(unit)) || (dash(typed) && b.isEmpty())) {
                return;
            }
            problems.add(ImportProblem.of(Code.TARGET_DIFFERS, sheet, where, "“" + name + "”的" + what + "与指标体系不同，按指标体系的“"
                    + (framework == null ? "" : framework.strip()) + "”评分；指标值请在指标体系中修改", framework == null ? "" : framework.strip(), typed));
        }

        private void weight(Optional<Score> weight, String typed, String where, String name) {
            if (dash(typed) || where.isEmpty()) {
                return;
            }
            Optional<BigDecimal> value = number(typed, "分");
            if (value.isEmpty()) {
                problems.add(ImportProblem.of(Code.NOT_A_NUMBER, sheet, where, "“" + name + "”的分值应为数字",
                        weight.map(Score::toString).orElse("数字"), typed));
                return;
            }
            if (weight.isEmpty() || weight.get().points().compareTo(value.get()) != 0) {
                problems.add(ImportProblem.of(Code.WEIGHT_DIFFERS, sheet, where, "“" + name + "”的分值与指标体系不同，按指标体系的分值评分",
                        weight.map(Score::toString).orElse("无分值"), typed));
            }
        }

        /**
         * A group's row: its typed subtotal is kept to be checked against the scorer's. A formula's value
         * is not a statement but a sum the spreadsheet keeps (the template's own), and is left alone.
         */
        private void groupLine(Group group, Line line) {
            String typed = line.text(FormReader.Field.SCORE);
            if (dash(typed) || typedSubtotals.containsKey(group.code()) || line.computed().contains(FormReader.Field.SCORE)) {
                return;
            }
            Optional<BigDecimal> value = number(typed, "分");
            if (value.isEmpty()) {
                problems.add(ImportProblem.of(Code.NOT_A_NUMBER, sheet, cell(line, FormReader.Field.SCORE), "“" + group.name()
                        + "”的小计应为数字", "数字", typed));
                return;
            }
            typedSubtotals.put(group.code(), new Typed(Score.of(value.get()), typed, cell(line, FormReader.Field.SCORE)));
        }

        /** A subtotal as typed: its value, its text (for the decimals) and its cell. */
        private record Typed(Score value, String text, String cell) {
        }

        private void ignored(Line line) {
            String text = line.name().isEmpty() ? String.join(" ", line.texts().values()) : line.name();
            if (text.isBlank()) {
                return;
            }
            problems.add(ImportProblem.of(Code.ROW_IGNORED, sheet, FormLayout.ref(line.row() - 1, 0), "第" + line.row()
                    + "行既不是指标、类别，也不是总分或等级，未导入", "", text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }

        // -------------------------------------------------------------- the funds block

        private Optional<FundsBlock> funds() {
            if (form.funds.isEmpty()) {
                return Optional.empty();
            }
            List<FundsLine> lines = new ArrayList<>();
            FundsLine total = null;
            boolean any = false;
            for (FundsRow row : form.funds) {
                Optional<Amount> initial = amount(row, FundsField.INITIAL);
                Optional<Amount> adjusted = amount(row, FundsField.ADJUSTED);
                Optional<Amount> executed = amount(row, FundsField.EXECUTED);
                any |= initial.isPresent() || adjusted.isPresent() || executed.isPresent();
                FundsLine line = new FundsLine(tidy(row.label()), initial, adjusted, executed);
                String label = ValueText.compact(row.label());
                if (total == null && (label.contains("总额") || label.contains("合计") || label.contains("总计"))) {
                    total = line;
                } else {
                    lines.add(line);
                }
            }
            if (!any) {
                return Optional.empty();
            }
            if (total == null) {
                problems.add(ImportProblem.of(Code.FUNDS_TOTAL_MISSING, sheet, FormLayout.ref(form.funds.get(0).row() - 1, 1),
                        "项目资金没有“年度资金总额”行，各资金来源无从合计", "年度资金总额", form.funds.get(0).label()));
                return Optional.empty();
            }
            return Optional.of(new FundsBlock(total, lines));
        }

        private Optional<Amount> amount(FundsRow row, FundsField field) {
            String text = row.text(field);
            if (dash(text)) {
                return Optional.empty();
            }
            Optional<BigDecimal> value = number(text, "万元");
            if (value.isEmpty()) {
                String heading = switch (field) {
                    case INITIAL -> "年初预算数";
                    case ADJUSTED -> "全年预算数";
                    default -> "全年执行数";
                };
                problems.add(ImportProblem.of(Code.NOT_A_NUMBER, sheet, FormLayout.ref(row.row() - 1, form.fundsColumns.get(field)),
                        "“" + row.label().strip() + "”的" + heading + "应为金额（万元）", "金额（万元），如 34.25", text));
                return Optional.empty();
            }
            return Optional.of(new Amount(value.get(), MoneyUnit.WAN_YUAN));
        }

        /** The funds row's 分值 and 得分, typed on the 年度资金总额 line. */
        private void fundsScore(Optional<Indicator> fundsRow, Optional<FundsBlock> funds, Entries entries) {
            if (fundsRow.isEmpty() || lineOf.containsKey(fundsRow.get().code()) || form.funds.isEmpty()) {
                return;
            }
            Indicator indicator = fundsRow.get();
            FundsRow total = fundsTotal().orElse(null);
            if (total == null) {
                return;
            }
            String weightCell = form.fundsColumns.containsKey(FundsField.WEIGHT)
                    ? FormLayout.ref(total.row() - 1, form.fundsColumns.get(FundsField.WEIGHT)) : "";
            if (!weightCell.isEmpty()) {
                weight(indicator.weight(), total.text(FundsField.WEIGHT), weightCell, indicator.name());
            }
            String typed = total.text(FundsField.SCORE);
            if (dash(typed) || !form.fundsColumns.containsKey(FundsField.SCORE) || total.computed().contains(FundsField.SCORE)) {
                return;
            }
            String where = FormLayout.ref(total.row() - 1, form.fundsColumns.get(FundsField.SCORE));
            Optional<BigDecimal> value = number(typed, "分");
            if (value.isEmpty()) {
                problems.add(ImportProblem.of(Code.NOT_A_NUMBER, sheet, where, "预算执行率的得分应为数字", "数字", typed));
                return;
            }
            Score score = Score.of(value.get());
            Actual actual = funds.flatMap(WorkbookImport::executed).orElse(new Actual.Missing());
            RuleOutcome outcome = indicator.rule().apply(new RuleInput(indicator.weightOrZero(), indicator.target(), actual));
            if (outcome instanceof RuleOutcome.NeedsJudgement) {
                judge(indicator, score, null, where, typed, entries);
            } else {
                entries.reported.put(indicator.code(), score);
                entries.reportedTexts.put(indicator.code(), typed);
            }
            fundsScoreCell = where;
        }

        private Optional<FundsRow> fundsTotal() {
            return form.funds.stream().filter(r -> {
                String label = ValueText.compact(r.label());
                return label.contains("总额") || label.contains("合计") || label.contains("总计");
            }).findFirst();
        }

        // -------------------------------------------------------------- review

        /** Each finding located at the row's cell: 实际完成值 for an indicator, the column concerned for funds. */
        private Finding located(Finding f) {
            if (!f.location().isEmpty() && !isFundsColumn(f.location())) {
                return f;
            }
            String where = "";
            Line line = lineOf.get(f.row());
            if (line != null) {
                where = cell(line, FormReader.Field.ACTUAL);
            } else if (!form.funds.isEmpty()) {
                FundsRow total = fundsTotal().orElse(form.funds.get(0));
                FundsField field = switch (f.location()) {
                    case "年初预算数" -> FundsField.INITIAL;
                    case "全年预算数" -> FundsField.ADJUSTED;
                    default -> FundsField.EXECUTED;
                };
                Integer col = form.fundsColumns.get(field);
                where = col == null ? "" : FormLayout.ref(total.row() - 1, col);
            }
            return where.isEmpty() ? f : new Finding(f.check(), f.severity(), f.table(), f.row(), sheet + "!" + where, f.message(),
                    f.expected(), f.found());
        }

        private static boolean isFundsColumn(String location) {
            return location.equals("年初预算数") || location.equals("全年预算数") || location.equals("全年执行数");
        }

        /** The row scores, subtotals, 总分 and 等级 the sheet states, against the scorer's. */
        private void reviewTyped(ScoreSheet scored, Entries entries, List<Finding> findings) {
            Map<String, RowScore> rows = new HashMap<>();
            for (RowScore r : scored.rows()) {
                rows.put(r.code(), r);
            }
            String table = framework.title();
            RoundingMode mode = framework.rounding().mode();
            for (Map.Entry<String, Score> e : entries.reported.entrySet()) {
                RowScore r = rows.get(e.getKey());
                Line line = lineOf.get(e.getKey());
                String where = sheet + "!" + (line != null ? cell(line, FormReader.Field.SCORE) : fundsScoreCell);
                Score typed = e.getValue();
                String name = r.indicator().name();
                Optional<Score> weight = r.indicator().weight();
                if (weight.isPresent() && typed.isGreaterThan(weight.get()) && !r.indicator().rule().isBonusOrPenalty()) {
                    findings.add(new Finding(Check.SCORE_OVER_WEIGHT, Check.SCORE_OVER_WEIGHT.severity(), table, r.code(), where,
                            "“" + name + "”所填得分" + typed + "超过分值" + weight.get(), weight.get().toString(), typed.toString()));
                    continue;
                }
                if (r.ruleScore().isEmpty() || r.decision() != RowScore.Decision.RULE) {
                    continue;
                }
                Score rule = r.ruleScore().get();
                // as the review of a published table says it: full marks for a target missed, less than full for one met
                Check check = Check.SCORE_RULE_MISMATCH;
                String message = "“" + name + "”所填得分" + typed + "与评分规则计算的" + rule + "不符";
                if (weight.isPresent() && typed.compareTo(weight.get()) == 0 && rule.isLessThan(weight.get())) {
                    check = Check.FULL_SCORE_TARGET_MISSED;
                    message = "“" + name + "”未完成目标（按评分规则得" + rule + "分）却填了满分" + typed;
                } else if (weight.isPresent() && typed.isLessThan(weight.get()) && rule.compareTo(weight.get()) == 0) {
                    check = Check.PARTIAL_SCORE_TARGET_MET;
                    message = "“" + name + "”已完成目标（按评分规则得满分" + rule + "）却只填了" + typed + "分";
                }
                compare(rule, r.exact().orElse(rule), typed, entries.reportedTexts.get(e.getKey()), mode, check, table, r.code(),
                        where, "“" + name + "”所填得分", message, findings);
            }
            for (Map.Entry<String, Typed> e : typedSubtotals.entrySet()) {
                Optional<Score> computed = scored.subtotal(e.getKey());
                if (computed.isEmpty()) {
                    continue;
                }
                Typed typed = e.getValue();
                String name = framework.node(e.getKey()).map(Node::name).orElse(e.getKey());
                compare(computed.get(), computed.get(), typed.value(), typed.text(), mode, Check.SUBTOTAL_MISMATCH, table,
                        e.getKey(), sheet + "!" + typed.cell(), "“" + name + "”小计", "“" + name + "”小计" + typed.value()
                                + "与各项得分之和" + computed.get() + "不符", findings);
            }
            Optional<Line> total = form.lines.stream().filter(l -> l.kind() == Kind.TOTAL).findFirst();
            if (total.isPresent() && !dash(total.get().text(FormReader.Field.SCORE))
                    && !total.get().computed().contains(FormReader.Field.SCORE)) {
                String typed = total.get().text(FormReader.Field.SCORE);
                String where = sheet + "!" + cell(total.get(), FormReader.Field.SCORE);
                Optional<BigDecimal> value = number(typed, "分");
                if (value.isPresent()) {
                    compare(scored.total(), scored.total(), Score.of(value.get()), typed, mode, Check.TOTAL_MISMATCH, table,
                            FormLayout.TOTAL, where, "总分", "总分" + Score.of(value.get()) + "与各项得分计算的" + scored.total() + "不符",
                            findings);
                }
            }
            Optional<Line> grade = form.lines.stream().filter(l -> l.kind() == Kind.GRADE).findFirst();
            if (grade.isPresent() && scored.grade().isPresent() && !grade.get().computed().contains(FormReader.Field.SCORE)) {
                String typed = grade.get().text(FormReader.Field.SCORE);
                String expected = scored.grade().get().name();
                if (!dash(typed) && !ValueText.compact(typed).equals(ValueText.compact(expected))) {
                    findings.add(new Finding(Check.GRADE_MISMATCH, Check.GRADE_MISMATCH.severity(), table, FormLayout.GRADE,
                            sheet + "!" + cell(grade.get(), FormReader.Field.SCORE), "等级“" + typed + "”与总分" + scored.total()
                                    + "对应的等级“" + expected + "”不符", expected, typed));
                }
            }
        }

        /** Equal: nothing; equal once the computed value is rounded to the typed decimals: ROUNDING; else the mismatch. */
        private static void compare(Score computed, Score exact, Score typed, String typedText, RoundingMode mode, Check mismatch,
                                    String table, String row, String where, String subject, String message, List<Finding> findings) {
            if (computed.compareTo(typed) == 0) {
                return;
            }
            int decimals = decimals(typedText);
            if (exact.points().setScale(decimals, mode).compareTo(typed.points()) == 0
                    || computed.points().setScale(decimals, mode).compareTo(typed.points()) == 0) {
                findings.add(new Finding(Check.ROUNDING, Check.ROUNDING.severity(), table, row, where,
                        subject + typed + "与计算结果" + computed + "仅有舍入差异", computed.toString(), typed.toString()));
                return;
            }
            findings.add(new Finding(mismatch, mismatch.severity(), table, row, where, message, computed.toString(), typed.toString()));
        }

        // -------------------------------------------------------------- cells

        private String cell(Line line, FormReader.Field field) {
            Integer col = form.columns.get(field);
            return col == null ? "" : FormLayout.ref(line.row() - 1, col);
        }
    }

    private static Optional<Actual> executed(FundsBlock funds) {
        FundsLine total = funds.total();
        if (total.adjustedBudget().isEmpty() || total.executed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Actual.Executed(total.adjustedBudget().get(), total.executed().get()));
    }

    /** Blank, or a dash that means "nothing here" (—, ——, -, /). */
    static boolean dash(String text) {
        String c = ValueText.compact(text);
        if (c.isEmpty()) {
            return true;
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch != '—' && ch != '-' && ch != '/' && ch != '–' && ch != '－') {
                return false;
            }
        }
        return true;
    }

    /** The number a cell states: full-width digits, spaces, thousands separators and a trailing unit word allowed. */
    static Optional<BigDecimal> number(String text, String unit) {
        String c = ValueText.compact(text);
        if (!unit.isEmpty() && c.endsWith(unit)) {
            c = c.substring(0, c.length() - unit.length());
        }
        return Optional.ofNullable(Decimals.parseOrNull(c));
    }

    /**
     * A name as typed, without the spaces OCR or a careless hand put between Chinese characters
     * ("包头 市电 化教 育馆" → 包头市电化教育馆); spaces between Latin words stay.
     */
    static String tidy(String name) {
        String s = name == null ? "" : name.strip();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                int j = i;
                while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000' || s.charAt(j) == '\u00A0')) {
                    j++;
                }
                char after = j < s.length() ? s.charAt(j) : ' ';
                if (before < 0x2E80 && after < 0x2E80) {
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Decimals a typed number has ("4.8" → 1, "80.46" → 2, "10" → 0). */
    static int decimals(String text) {
        String c = ValueText.compact(text == null ? "" : text);
        int dot = c.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < c.length() && Character.isDigit(c.charAt(i)); i++) {
            n++;
        }
        return n;
    }

    /** The text after a note's keyword and its colon ("人工认定：理由" → "理由"). */
    static String after(String note, String keyword) {
        String s = note.strip();
        int at = s.indexOf(keyword);
        String rest = at < 0 ? s : s.substring(at + keyword.length());
        rest = rest.strip();
        while (!rest.isEmpty() && (rest.charAt(0) == '：' || rest.charAt(0) == ':')) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }
}
