package org.jixiao.formats.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Percentage;
import org.jixiao.formats.OfficeZip;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.xlsx.SafeText;
import org.jixiao.formats.monitoring.CellProblem.Code;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.PlanRow;

/**
 * Reads a filled-in monitoring workbook (.xlsx, laid out as {@link MonitoringSheets}) row by row,
 * streaming (dhatim fastexcel-reader). The file is checked first, as every Office file is
 * ({@link OfficeZip}: size, kind by content, password, .xls, a truncated or damaged ZIP, a zip bomb,
 * DOCTYPE, within {@link ReadLimits}); then every cell of every sheet is read and every bad one reported
 * together ({@link MonitoringWorkbookException}), so the workbook is either read whole or not at all.
 *
 * <p>The year every period must belong to is given, or taken from the workbook: the first period
 * written with its year (a period written without one, "第一季度", then needs the year given).
 */
public final class MonitoringWorkbookReader {

    /** Problems collected at most; a workbook with more is reported with these. */
    static final int MAX_PROBLEMS = 500;


    private MonitoringWorkbookReader() {
    }

    /**
     * @param file    the file's name as the user gave it, for messages
     * @param year    the year being imported: every period must be in it
     * @throws UnreadableFileException     the file is not a readable .xlsx within the limits
     * @throws MonitoringWorkbookException some cells are wrong (all of them are listed)
     */
    public static MonitoringWorkbook read(String file, byte[] content, int year, ReadLimits limits) {
        return read(file, content, OptionalInt.of(year), limits);
    }

    /**
     * Reads a workbook from a file, within {@code limits} (its size is checked before it is read).
     *
     * @param year the year being read, or empty: the year of the first period written with its year
     *             ({@link MonitoringWorkbook#year()} tells which)
     * @throws UnreadableFileException     {@code NOT_FOUND}, or the file is not a readable .xlsx within the limits
     * @throws MonitoringWorkbookException some cells are wrong (all of them are listed)
     */
    public static MonitoringWorkbook read(Path file, OptionalInt year, ReadLimits limits) {
        String source = file.toString();
        byte[] content;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(UnreadableFileException.Code.NOT_FOUND, source, "不存在或不是普通文件");
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                throw tooLarge(source, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = OfficeZip.readAtMost(in, limits.maxFileBytes());
            }
        } catch (IOException e) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_FOUND, source, "无法读取（" + e.getMessage() + "）", e);
        }
        return read(source, content, year, limits);
    }

    /** {@link #read(String, byte[], int, ReadLimits)}, the year given or taken from the workbook. */
    public static MonitoringWorkbook read(String file, byte[] content, OptionalInt year, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(limits, "limits");
        if (year.isPresent() && (year.getAsInt() < 1 || year.getAsInt() > 9999)) {
            throw new IllegalArgumentException("年度应为四位数字：" + year.getAsInt());
        }
        OfficeZip.checkWorkbook(file, content, limits);
        Reading reading = new Reading(file, year.orElse(0), limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            boolean any = false;
            for (MonitoringSheets.Sheet layout : MonitoringSheets.DATA) {
                Optional<Sheet> sheet = workbook.findSheet(layout.name());
                if (sheet.isPresent()) {
                    any = true;
                    try (Stream<Row> rows = sheet.get().openStream()) {
                        reading.sheet(layout, rows.iterator());
                    }
                }
            }
            if (!any) {
                String first = workbook.getFirstSheet().getName();
                reading.report(new CellProblem(first, "A1", 1, Code.NO_MONITORING_SHEET, "",
                        "工作表" + names(), "工作簿中没有“执行情况”“指标进度”“偏差说明”“支出计划”中的任何一个工作表，请使用下载的模板填写"));
            }
        } catch (UnreadableFileException | MonitoringWorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw corrupt(file, e);
        } catch (RuntimeException e) {
            if (isReaderFailure(e)) {
                throw corrupt(file, e);
            }
            throw e;
        }
        if (!reading.problems.isEmpty()) {
            throw new MonitoringWorkbookException(file, reading.problems);
        }
        return new MonitoringWorkbook(reading.figures, reading.indicators, reading.deviations, reading.plan);
    }

    private static UnreadableFileException tooLarge(String file, ReadLimits limits) {
        return new UnreadableFileException(UnreadableFileException.Code.FILE_TOO_LARGE, file,
                "超过 " + limits.maxFileMegabytes() + " MB，已拒绝读取；请删去多余的工作表或行后再导入");
    }

    private static UnreadableFileException corrupt(String file, Exception e) {
        return new UnreadableFileException(UnreadableFileException.Code.CORRUPT, file,
                "已损坏或不是有效的 Excel 工作簿，无法读取", e);
    }

    private static boolean isReaderFailure(Throwable e) {
        // fastexcel-reader's own exception and the XML parser's, wrapped or not
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("org.dhatim.fastexcel") || name.startsWith("javax.xml.stream")
                    || name.startsWith("com.fasterxml.aalto") || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String names() {
        return String.join("、", MonitoringSheets.DATA.stream().map(MonitoringSheets.Sheet::name).toList());
    }

    /** The state of one read: records so far, problems so far. */
    private static final class Reading {
        final String file;
        /** The year every period must be in; 0 until the first period written with its year, when not given. */
        int year;
        final boolean yearGiven;
        /** Where the year was taken from, when it was not given ("工作表“执行情况”B2"). */
        String yearFrom = "";
        final ReadLimits limits;
        final List<CellProblem> problems = new ArrayList<>();
        final List<FigureRow> figures = new ArrayList<>();
        final List<IndicatorRow> indicators = new ArrayList<>();
        final List<DeviationRow> deviations = new ArrayList<>();
        final List<PlanRow> plan = new ArrayList<>();
        long cells;
        MoneyUnit planUnit;
        int planUnitRow;

        Reading(String file, int year, ReadLimits limits) {
            this.file = file;
            this.year = year;
            this.yearGiven = year > 0;
            this.limits = limits;
        }

        void report(CellProblem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        }

        void sheet(MonitoringSheets.Sheet layout, Iterator<Row> rows) {
            Set<String> seen = new HashSet<>();
            Set<String> planLabels = new HashSet<>();
            int records = 0;
            boolean header = true;
            while (rows.hasNext()) {
                Row row = rows.next();
                cells += row.getPhysicalCellCount();
                if (cells > limits.maxCells()) {
                    throw new UnreadableFileException(UnreadableFileException.Code.TOO_MANY_CELLS, file,
                            "的单元格超过" + limits.maxCells() + "个，请删去多余的内容后再导入");
                }
                Line line = new Line(layout, row);
                if (header) {
                    header = false;
                    if (row.getRowNum() == 1) {
                        headings(line);
                        continue;
                    }
                    report(line.problem(0, Code.BAD_HEADER, "", layout.headings().get(0),
                            "第1行应为标题行（" + String.join("、", layout.headings()) + "），请使用下载的模板填写"));
                    return;
                }
                if (line.blank()) {
                    continue;
                }
                if (++records > MonitoringSheets.MAX_ROWS) {
                    report(line.problem(0, Code.TOO_MANY_ROWS, "", "至多" + MonitoringSheets.MAX_ROWS + "行",
                            "超过" + MonitoringSheets.MAX_ROWS + "行数据，请分批导入"));
                    return;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    return;
                }
                if (layout == MonitoringSheets.EXECUTION) {
                    figure(line, seen);
                } else if (layout == MonitoringSheets.INDICATORS) {
                    indicator(line, seen);
                } else if (layout == MonitoringSheets.DEVIATIONS) {
                    deviation(line, seen);
                } else {
                    planLine(line, planLabels);
                }
            }
        }

        private void headings(Line line) {
            List<String> expected = line.layout.headings();
            for (int col = 0; col < expected.size(); col++) {
                String found = line.rawText(col);
                String want = expected.get(col);
                String shortWant = want.contains("（") ? want.substring(0, want.indexOf('（')) : want;
                String f = ValueText.compact(found);
                if (!f.equals(ValueText.compact(want)) && !f.equals(ValueText.compact(shortWant))) {
                    report(line.problem(col, Code.BAD_HEADER, found, want,
                            "标题应为“" + want + "”，实为“" + found + "”，请使用下载的模板填写"));
                }
            }
        }

        // ------------------------------------------------------------------ 执行情况

        private void figure(Line line, Set<String> seen) {
            int before = problems.size();
            String project = line.name(0, false);
            if (MonitoringSheets.WHOLE_UNIT.equals(project)) {
                project = "";
            }
            FiscalPeriod period = line.period(1);
            MoneyUnit unit = line.moneyUnit(2);
            Optional<BigDecimal> budget = line.number(3, false);
            Optional<BigDecimal> executed = line.number(4, false);
            Optional<BigDecimal> rate = line.number(5, true);
            if (problems.size() > before) {
                return;
            }
            ExecutionFigure figure;
            if (rate.isPresent() && (budget.isPresent() || executed.isPresent())) {
                report(line.problem(5, Code.AMOUNTS_AND_RATE, line.rawText(5), "金额或支出进度之一",
                        "已填写金额，又填写了支出进度“" + line.rawText(5) + "”；有金额时请留空支出进度（由金额计算），只有比率时请留空金额"));
                return;
            } else if (rate.isPresent()) {
                figure = new ExecutionFigure.Stated(period, new Percentage(rate.get()));
            } else if (budget.isPresent() && executed.isPresent()) {
                figure = new ExecutionFigure.Amounts(period, new Amount(budget.get(), unit), new Amount(executed.get(), unit));
            } else if (budget.isPresent() || executed.isPresent()) {
                int missing = budget.isPresent() ? 4 : 3;
                report(line.problem(missing, Code.MISSING_VALUE, "", line.heading(missing),
                        "未填写" + line.heading(missing) + "；金额须同时填写全年预算数和累计执行数"));
                return;
            } else {
                report(line.problem(3, Code.MISSING_FIGURE, "", "全年预算数和累计执行数，或累计支出进度",
                        "未填写执行数据：请填写全年预算数和累计执行数，或只填写累计支出进度"));
                return;
            }
            if (!seen.add(project + "\u0000" + period)) {
                report(line.problem(0, Code.DUPLICATE, project, "每个项目每期一行",
                        "“" + (project.isEmpty() ? MonitoringSheets.WHOLE_UNIT : project) + "”" + period.label() + "重复填报"));
                return;
            }
            figures.add(new FigureRow(line.rowNumber(), project, figure));
        }

        // ------------------------------------------------------------------ 指标进度

        private void indicator(Line line, Set<String> seen) {
            int before = problems.size();
            String code = line.name(0, true);
            String name = line.name(1, true);
            FiscalPeriod period = line.period(2);
            String periodTarget = line.text(3, MonitoringSheets.MAX_NAME);
            String yearTarget = line.text(4, MonitoringSheets.MAX_NAME);
            String actual = line.text(5, MonitoringSheets.MAX_NAME);
            if (problems.size() > before) {
                return;
            }
            if (!seen.add(code + "\u0000" + period)) {
                report(line.problem(0, Code.DUPLICATE, code, "每个指标每期一行", "指标“" + code + "”" + period.label() + "重复填报"));
                return;
            }
            indicators.add(new IndicatorRow(line.rowNumber(), code, name, period, periodTarget, yearTarget, actual));
        }

        // ------------------------------------------------------------------ 偏差说明

        private void deviation(Line line, Set<String> seen) {
            int before = problems.size();
            LateItem.Kind kind = line.kind(0);
            String item = line.name(1, kind == LateItem.Kind.INDICATOR);
            if (MonitoringSheets.WHOLE_UNIT.equals(item) && kind == LateItem.Kind.EXECUTION) {
                item = "";
            }
            FiscalPeriod period = line.period(2);
            CauseCategory cause = line.cause(3);
            String explanation = line.text(4, MonitoringSheets.MAX_TEXT);
            String action = line.text(5, MonitoringSheets.MAX_TEXT);
            if (action.isBlank() && line.rawText(5).isBlank()) {
                report(line.problem(5, Code.MISSING_VALUE, "", "纠偏措施", "未填写纠偏措施：每条偏差都须写明纠偏措施"));
            }
            Likelihood likelihood = line.likelihood(6);
            if (problems.size() > before) {
                return;
            }
            if (!seen.add(kind + "\u0000" + item + "\u0000" + period)) {
                report(line.problem(1, Code.DUPLICATE, item, "每项每期一行",
                        "“" + (item.isEmpty() ? MonitoringSheets.WHOLE_UNIT : item) + "”" + period.label() + "的偏差说明重复"));
                return;
            }
            deviations.add(new DeviationRow(line.rowNumber(), kind, item, period, cause, explanation, action, likelihood));
        }

        // ------------------------------------------------------------------ 支出计划

        private void planLine(Line line, Set<String> labels) {
            int before = problems.size();
            String label = line.name(0, true);
            String parent = line.name(1, false);
            MoneyUnit unit = line.moneyUnit(2);
            Optional<BigDecimal> half = line.number(3, false);
            Optional<BigDecimal> full = line.number(4, false);
            if (half.isEmpty() && line.rawText(3).isBlank()) {
                report(line.problem(3, Code.MISSING_VALUE, "", "半年计划执行数", "未填写半年计划执行数"));
            }
            if (full.isEmpty() && line.rawText(4).isBlank()) {
                report(line.problem(4, Code.MISSING_VALUE, "", "全年预算数", "未填写全年预算数"));
            }
            if (problems.size() > before) {
                return;
            }
            if (!parent.isEmpty() && !labels.contains(parent)) {
                report(line.problem(1, Code.UNKNOWN_PARENT, parent, "上方已填写的项目",
                        "上级项目“" + parent + "”不在本行之上，请先填写上级项目的行"));
                return;
            }
            if (planUnit == null) {
                planUnit = unit;
                planUnitRow = line.rowNumber();
            } else if (planUnit != unit) {
                report(line.problem(2, Code.MIXED_MONEY_UNITS, unit.label(), planUnit.label(),
                        "金额单位为" + unit.label() + "，与第" + planUnitRow + "行的" + planUnit.label() + "不同；支出计划须使用同一金额单位"));
                return;
            }
            if (!labels.add(label)) {
                report(line.problem(0, Code.DUPLICATE, label, "每个项目一行", "项目“" + label + "”重复"));
                return;
            }
            plan.add(new PlanRow(line.rowNumber(), label, parent, new Amount(half.get(), unit), new Amount(full.get(), unit)));
        }

        // ------------------------------------------------------------------ cells

        /** One spreadsheet row read against its sheet's layout. */
        private final class Line {
            final MonitoringSheets.Sheet layout;
            final Row row;

            Line(MonitoringSheets.Sheet layout, Row row) {
                this.layout = layout;
                this.row = row;
            }

            int rowNumber() {
                return row.getRowNum();
            }

            String heading(int col) {
                return layout.headings().get(col);
            }

            String address(int col) {
                return MonitoringSheets.Sheet.column(col) + row.getRowNum();
            }

            CellProblem problem(int col, Code code, String found, String expected, String what) {
                String message = "工作表“" + layout.name() + "”" + address(col) + "（" + heading(col) + "）：" + what;
                return new CellProblem(layout.name(), address(col), row.getRowNum(), code, found, expected, message);
            }

            boolean blank() {
                for (int col = 0; col < layout.headings().size(); col++) {
                    if (!rawText(col).isBlank()) {
                        return false;
                    }
                }
                return true;
            }

            private Cell cell(int col) {
                return row.getOptionalCell(col).orElse(null);
            }

            /** The cell as text, the way a user sees it; a cell that holds no value reads as "". */
            String rawText(int col) {
                Cell c = cell(col);
                if (c == null || c.getType() == CellType.EMPTY) {
                    return "";
                }
                if (c.getType() == CellType.NUMBER) {
                    BigDecimal n = c.asNumber();
                    if (isPercentFormat(c)) {
                        return Decimals.canonical(n.multiply(Decimals.HUNDRED)).toPlainString() + "%";
                    }
                    return Decimals.canonical(n).toPlainString();
                }
                String raw = c.getType() == CellType.FORMULA ? c.getRawValue() : c.getText();
                if (raw == null) {
                    return "";
                }
                // the template writes "=45%" as "'=45%" (formula injection); read it as it was meant
                String t = raw.strip();
                return t.startsWith("'") && SafeText.startsLikeAFormula(t.substring(1)) ? t.substring(1) : t;
            }

            /** A cell that holds an error or an unevaluated formula: reported, and read as blank. */
            private boolean unusable(int col) {
                Cell c = cell(col);
                if (c == null) {
                    return false;
                }
                if (c.getType() == CellType.ERROR) {
                    report(problem(col, Code.NO_VALUE, c.getRawValue(), heading(col),
                            "单元格是错误值“" + c.getRawValue() + "”，请填写" + heading(col)));
                    return true;
                }
                if (c.getType() == CellType.FORMULA && (c.getRawValue() == null || c.getRawValue().isBlank())) {
                    report(problem(col, Code.NO_VALUE, "=" + c.getFormula(), heading(col),
                            "公式“=" + c.getFormula() + "”没有计算结果，请填写数值或在 Excel 中重新计算后保存"));
                    return true;
                }
                return false;
            }

            String text(int col, int max) {
                Cell c = cell(col);
                boolean formula = c != null && c.getType() == CellType.FORMULA && c.getFormula() != null;
                if (!formula && unusable(col)) {
                    return "";
                }
                // "=45%" typed into Excel becomes the formula 45%: in a text column it is the text that was meant
                String t = formula ? "=" + c.getFormula() : rawText(col);
                if (t.length() > max) {
                    report(problem(col, Code.TEXT_TOO_LONG, t.substring(0, 20) + "…", "至多" + max + "字",
                            "内容有" + t.length() + "字，超过" + max + "字"));
                    return "";
                }
                return t;
            }

            String name(int col, boolean required) {
                String t = text(col, MonitoringSheets.MAX_NAME);
                if (required && t.isBlank() && !unusableQuiet(col)) {
                    report(problem(col, Code.MISSING_VALUE, "", heading(col), "未填写" + heading(col)));
                }
                return t.strip();
            }

            private boolean unusableQuiet(int col) {
                Cell c = cell(col);
                return c != null && (c.getType() == CellType.ERROR
                        || c.getType() == CellType.FORMULA && (c.getRawValue() == null || c.getRawValue().isBlank()));
            }

            FiscalPeriod period(int col) {
                if (unusable(col)) {
                    return null;
                }
                Cell c = cell(col);
                String t = rawText(col);
                int ex = year > 0 ? year : Year.now().getValue(); // the year the examples in messages show
                String examples = "应填写如“" + ex + "年第一季度”“" + ex + "年3月”“" + ex + "年上半年”";
                if (t.isBlank()) {
                    report(problem(col, Code.MISSING_VALUE, "", "期间，如 " + ex + "年第一季度", "未填写期间，" + examples));
                    return null;
                }
                Optional<FiscalPeriod> period;
                if (c != null && c.getType() == CellType.NUMBER && isDateFormat(c)) {
                    // "2024-03" typed into Excel becomes a date: its month is the period
                    LocalDateTime date = c.asDate();
                    period = Optional.of(FiscalPeriod.month(date.getYear(), date.getMonthValue()));
                    t = date.getYear() + "年" + date.getMonthValue() + "月";
                } else {
                    // with the year still unknown, a period without one ("第一季度") parses to nothing
                    period = MonitoringPeriods.parse(t, year);
                    if (period.isEmpty() && year == 0 && MonitoringPeriods.parse(t, ex).isPresent()) {
                        report(problem(col, Code.BAD_PERIOD, t, "写明年度的期间，如 " + ex + "年第一季度",
                                "“" + t + "”未写明年度，" + examples + "（或指定导入的年度）"));
                        return null;
                    }
                }
                if (period.isEmpty()) {
                    report(problem(col, Code.BAD_PERIOD, t, "期间，如 " + ex + "年第一季度", "“" + t + "”不是期间，" + examples));
                    return null;
                }
                if (year == 0) {
                    year = period.get().year();
                    yearFrom = "工作表“" + layout.name() + "”" + address(col);
                } else if (period.get().year() != year) {
                    report(problem(col, Code.WRONG_YEAR, t, year + "年度的期间", "“" + t + "”属于" + period.get().year() + "年度，"
                            + (yearGiven ? "本次导入的是" + year + "年度" : "与" + yearFrom + "的" + year + "年度不同；一个工作簿只填一个年度")));
                    return null;
                }
                return period.get();
            }

            MoneyUnit moneyUnit(int col) {
                String t = text(col, MonitoringSheets.MAX_NAME);
                if (t.isBlank()) {
                    return MoneyUnit.WAN_YUAN;
                }
                try {
                    return MoneyUnit.fromLabel(ValueText.compact(t));
                } catch (IllegalArgumentException e) {
                    report(problem(col, Code.BAD_MONEY_UNIT, t, "万元或元", "金额单位“" + t + "”应为“万元”或“元”（留空为万元）"));
                    return MoneyUnit.WAN_YUAN;
                }
            }

            /**
             * A non-negative number, or empty when the cell is blank. A rate may be written 7.73, 7.73%
             * or as Excel's percentage 0.0773 shown as 7.73%; all mean 7.73 %.
             */
            Optional<BigDecimal> number(int col, boolean percent) {
                if (unusable(col)) {
                    return Optional.empty();
                }
                Cell c = cell(col);
                String t = rawText(col);
                if (t.isBlank()) {
                    return Optional.empty();
                }
                BigDecimal value;
                if (c.getType() == CellType.NUMBER) {
                    value = percent && isPercentFormat(c) ? c.asNumber().multiply(Decimals.HUNDRED) : c.asNumber();
                } else {
                    String s = ValueText.compact(t);
                    if (percent && s.endsWith("%")) {
                        s = s.substring(0, s.length() - 1);
                    }
                    value = Decimals.parseOrNull(s);
                }
                String example = percent ? "百分数，如 7.73" : "金额，如 1093.84";
                if (value == null) {
                    report(problem(col, Code.NOT_A_NUMBER, t, example, "“" + t + "”不是数字，应填写" + example));
                    return Optional.empty();
                }
                if (value.signum() < 0) {
                    report(problem(col, Code.NEGATIVE, t, "不小于0的" + example, heading(col) + "“" + t + "”为负数"));
                    return Optional.empty();
                }
                return Optional.of(Decimals.canonical(value));
            }

            LateItem.Kind kind(int col) {
                String t = text(col, MonitoringSheets.MAX_NAME);
                for (LateItem.Kind k : LateItem.Kind.values()) {
                    if (ValueText.compact(t).equals(k.label())) {
                        return k;
                    }
                }
                if (t.isBlank()) {
                    report(problem(col, Code.MISSING_VALUE, "", "预算执行或绩效指标", "未填写类别，应为“预算执行”或“绩效指标”"));
                } else {
                    report(problem(col, Code.BAD_KIND, t, "预算执行或绩效指标", "类别“" + t + "”应为“预算执行”或“绩效指标”"));
                }
                return LateItem.Kind.EXECUTION;
            }

            CauseCategory cause(int col) {
                String t = text(col, MonitoringSheets.MAX_NAME);
                if (t.isBlank()) {
                    report(problem(col, Code.MISSING_VALUE, "", "资金、制度、人员、设备或其他", "未填写原因类别，应为资金、制度、人员、设备或其他"));
                    return null;
                }
                try {
                    return CauseCategory.fromLabel(ValueText.compact(t));
                } catch (IllegalArgumentException e) {
                    report(problem(col, Code.BAD_CAUSE, t, "资金、制度、人员、设备或其他",
                            "原因类别“" + t + "”应为资金、制度、人员、设备或其他"));
                    return null;
                }
            }

            Likelihood likelihood(int col) {
                String t = text(col, MonitoringSheets.MAX_NAME);
                if (t.isBlank()) {
                    report(problem(col, Code.MISSING_VALUE, "", "确定能、有可能或完全不可能", "未填写完成可能性，应为确定能、有可能或完全不可能"));
                    return null;
                }
                try {
                    return Likelihood.fromLabel(ValueText.compact(t));
                } catch (IllegalArgumentException e) {
                    report(problem(col, Code.BAD_LIKELIHOOD, t, "确定能、有可能或完全不可能",
                            "完成可能性“" + t + "”应为确定能、有可能或完全不可能"));
                    return null;
                }
            }
        }
    }

    private static boolean isPercentFormat(Cell c) {
        String format = c.getDataFormatString();
        return format != null && format.contains("%");
    }

    /** A number format that shows a date: it has y, m or d outside quoted text and no digits placeholder. */
    private static boolean isDateFormat(Cell c) {
        String format = c.getDataFormatString();
        if (format == null) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return !unquoted.contains("0") && !unquoted.contains("#") && unquoted.matches(".*[ymd].*");
    }
}
