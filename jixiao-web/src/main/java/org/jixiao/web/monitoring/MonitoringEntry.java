package org.jixiao.web.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.monitoring.CellProblem;
import org.jixiao.formats.monitoring.MonitoringPeriods;
import org.jixiao.formats.monitoring.MonitoringSheets;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;
import org.jixiao.formats.monitoring.MonitoringWorkbookException;
import org.jixiao.formats.monitoring.MonitoringWorkbookReader;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a unit enters — figures for a period, indicator progress, a deviation for a late item, a
 * whole workbook — for the pages and the API alike. Only fillers and leaders enter, and only for
 * their own unit; auditors read only. Every input is checked before anything is stored, each problem
 * with its field, a stable code and a Chinese message; a refused input stores nothing.
 */
@Service
class MonitoringEntry {

    /** How an entry ended. */
    sealed interface Outcome {
        /** Stored: how many records of each kind. */
        record Done(int figures, int indicators, int deviations, int planLines) implements Outcome {
            int total() {
                return figures + indicators + deviations + planLines;
            }
        }

        /** Not allowed, or a file that cannot be read: one code and message. */
        record Refused(String code, String message) implements Outcome {
        }

        /** Input to correct: every problem, with the field (a form field, or sheet!cell for a workbook). */
        record Invalid(List<Problem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /** A field to correct. */
    record Problem(String field, String code, String message) {
    }

    /** A line of the figures form, as typed: the project (empty for the unit as a whole) and the numbers. */
    record FigureLine(String project, String budget, String executed, String rate) {
        boolean blank() {
            return isBlank(project) && isBlank(budget) && isBlank(executed) && isBlank(rate);
        }
    }

    /** A line of the indicators form, as typed. */
    record IndicatorLine(String code, String name, String periodTarget, String yearTarget, String actual) {
        boolean blank() {
            return isBlank(code) && isBlank(name) && isBlank(periodTarget) && isBlank(yearTarget) && isBlank(actual);
        }
    }

    /** A deviation as typed: kind EXECUTION or INDICATOR (or its label), the item, the period, the answers. */
    record DeviationInput(String year, String kind, String item, String period, String cause, String explanation,
                          String correctiveAction, String likelihood) {
    }

    /** Uploads at most this large (a unit's monitoring workbook is tens of kilobytes). */
    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    /** A file over the server's multipart limit, refused before it was read (so without its name). */
    static Outcome.Refused tooLarge() {
        return new Outcome.Refused("FILE_TOO_LARGE", "文件超过" + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB，请删去多余的内容后再导入");
    }

    private final MonitoringRecords records;
    private final ReadLimits limits;

    MonitoringEntry(MonitoringRecords records) {
        this.records = records;
        ReadLimits d = ReadLimits.DEFAULTS;
        this.limits = new ReadLimits(Math.min(d.maxFileBytes(), MAX_UPLOAD_BYTES), d.maxUncompressedBytes(), d.maxEntries(),
                d.maxCompressionRatio(), d.maxLines(), d.maxCells(), d.maxCellsPerRow());
    }

    /** Whether the user may enter for their unit; the refusal when not. */
    static Optional<Outcome.Refused> refusal(CurrentUser user) {
        if (user.readOnly()) {
            return Optional.of(new Outcome.Refused("READ_ONLY", "审计人员只能查看监控数据，不能填报"));
        }
        if (!user.role().fillsIn()) {
            return Optional.of(new Outcome.Refused("NOT_ALLOWED", "只有单位填报人或单位负责人可以填报本单位的监控数据"));
        }
        return Optional.empty();
    }

    static boolean mayWrite(CurrentUser user, long unitId) {
        return refusal(user).isEmpty() && user.unitId() == unitId;
    }

    // ------------------------------------------------------------------ figures

    @Transactional
    Outcome saveFigures(CurrentUser user, String yearText, String periodText, String moneyUnitText, List<FigureLine> lines) {
        Optional<Outcome.Refused> refused = refusal(user);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Problem> problems = new ArrayList<>();
        Integer year = year(yearText, problems);
        FiscalPeriod period = year == null ? null : period("period", periodText, year, problems);
        MoneyUnit unit = moneyUnit(moneyUnitText, problems);
        List<FigureRow> rows = new ArrayList<>();
        Set<String> projects = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            FigureLine line = lines.get(i);
            if (line.blank() || (isBlank(line.budget()) && isBlank(line.executed()) && isBlank(line.rate()))) {
                continue; // a line without figures changes nothing (a project's name alone is no figure)
            }
            int before = problems.size();
            String project = strip(line.project());
            if (project.equals(Texts.WHOLE_UNIT)) {
                project = "";
            }
            if (project.length() > MonitoringSheets.MAX_NAME) {
                problems.add(new Problem("p." + i, "TEXT_TOO_LONG", "项目名称超过" + MonitoringSheets.MAX_NAME + "字"));
            }
            Optional<BigDecimal> budget = number("b." + i, "全年预算数", line.budget(), false, problems);
            Optional<BigDecimal> executed = number("e." + i, "累计执行数", line.executed(), false, problems);
            Optional<BigDecimal> rate = number("r." + i, "累计支出进度", line.rate(), true, problems);
            String who = project.isEmpty() ? Texts.WHOLE_UNIT : "“" + project + "”";
            if (problems.size() > before || period == null || unit == null) {
                continue;
            }
            if (rate.isPresent() && (budget.isPresent() || executed.isPresent())) {
                problems.add(new Problem("r." + i, "AMOUNTS_AND_RATE",
                        who + "：已填写金额，又填写了支出进度；有金额时请留空支出进度，只有比率时请留空金额"));
            } else if (rate.isPresent()) {
                addOnce(rows, projects, project, new ExecutionFigure.Stated(period, new Percentage(rate.get())), i, who, problems);
            } else if (budget.isPresent() && executed.isPresent()) {
                addOnce(rows, projects, project, new ExecutionFigure.Amounts(period, new Amount(budget.get(), unit),
                        new Amount(executed.get(), unit)), i, who, problems);
            } else {
                String missing = budget.isPresent() ? "e." + i : "b." + i;
                problems.add(new Problem(missing, "MISSING_VALUE", who + "：金额须同时填写全年预算数和累计执行数"));
            }
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new Problem("b.0", "NOTHING_ENTERED", "没有填写任何执行数据"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        records.saveFigures(user.unitId(), year, rows, user.getUsername());
        return new Outcome.Done(rows.size(), 0, 0, 0);
    }

    private static void addOnce(List<FigureRow> rows, Set<String> projects, String project, ExecutionFigure figure, int i,
                                String who, List<Problem> problems) {
        if (!projects.add(project)) {
            problems.add(new Problem("p." + i, "DUPLICATE", who + "在本期重复填写"));
            return;
        }
        rows.add(new FigureRow(0, project, figure));
    }

    // ------------------------------------------------------------------ indicators

    @Transactional
    Outcome saveIndicators(CurrentUser user, String yearText, String periodText, List<IndicatorLine> lines) {
        Optional<Outcome.Refused> refused = refusal(user);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Problem> problems = new ArrayList<>();
        Integer year = year(yearText, problems);
        FiscalPeriod period = year == null ? null : period("period", periodText, year, problems);
        List<IndicatorRow> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            int before = problems.size();
            String code = required("c." + i, "指标编码", line.code(), problems);
            String name = required("n." + i, "指标名称", line.name(), problems);
            String target = limited("t." + i, "本期指标值", line.periodTarget(), problems);
            String yearTarget = limited("y." + i, "全年指标值", line.yearTarget(), problems);
            String actual = limited("a." + i, "实际完成值", line.actual(), problems);
            if (problems.size() > before || period == null) {
                continue;
            }
            if (!codes.add(code)) {
                problems.add(new Problem("c." + i, "DUPLICATE", "指标“" + code + "”在本期重复填写"));
                continue;
            }
            rows.add(new IndicatorRow(0, code, name, period, target, yearTarget, actual));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new Problem("c.0", "NOTHING_ENTERED", "没有填写任何指标"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        records.saveIndicators(user.unitId(), year, rows, user.getUsername());
        return new Outcome.Done(0, rows.size(), 0, 0);
    }

    // ------------------------------------------------------------------ deviations

    @Transactional
    Outcome recordDeviation(CurrentUser user, DeviationInput in) {
        Optional<Outcome.Refused> refused = refusal(user);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Problem> problems = new ArrayList<>();
        Integer year = year(in.year(), problems);
        LateItem.Kind kind = null;
        for (LateItem.Kind k : LateItem.Kind.values()) {
            if (k.name().equalsIgnoreCase(strip(in.kind())) || k.label().equals(strip(in.kind()))) {
                kind = k;
            }
        }
        if (kind == null) {
            problems.add(new Problem("kind", "KIND_INVALID", "类别应为“预算执行”或“绩效指标”"));
        }
        String item = strip(in.item());
        if (item.equals(Texts.WHOLE_UNIT) && kind == LateItem.Kind.EXECUTION) {
            item = "";
        }
        if (kind == LateItem.Kind.INDICATOR && item.isEmpty()) {
            problems.add(new Problem("item", "MISSING_VALUE", "请写明指标编码"));
        }
        if (item.length() > MonitoringSheets.MAX_NAME) {
            problems.add(new Problem("item", "TEXT_TOO_LONG", "项目或指标超过" + MonitoringSheets.MAX_NAME + "字"));
        }
        FiscalPeriod period = year == null ? null : period("period", in.period(), year, problems);
        CauseCategory cause = choice(CauseCategory.class, CauseCategory::fromLabel, in.cause(),
                new Problem("cause", "CAUSE_INVALID", "请选择原因类别：资金、制度、人员、设备或其他"), problems);
        String explanation = limited("explanation", "原因说明", in.explanation(), MonitoringSheets.MAX_TEXT, problems);
        String action = limited("correctiveAction", "纠偏措施", in.correctiveAction(), MonitoringSheets.MAX_TEXT, problems);
        if (action.isEmpty()) {
            problems.add(new Problem("correctiveAction", "ACTION_REQUIRED", "请填写纠偏措施"));
        }
        Likelihood likelihood = choice(Likelihood.class, Likelihood::fromLabel, in.likelihood(),
                new Problem("likelihood", "LIKELIHOOD_INVALID", "请选择完成可能性：确定能、有可能或完全不可能"), problems);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        records.saveDeviations(user.unitId(), year, List.of(new DeviationRow(0, kind, item, period, cause, explanation,
                action, likelihood)), user.getUsername());
        return new Outcome.Done(0, 0, 1, 0);
    }

    // ------------------------------------------------------------------ workbook

    /**
     * Reads the workbook and stores all of it, or nothing: figures, indicators and deviations
     * replace those with the same key; a plan sheet with lines replaces the year's plan.
     */
    @Transactional
    Outcome importWorkbook(CurrentUser user, String fileName, long size, Supplier<byte[]> content, String yearText) {
        Optional<Outcome.Refused> refused = refusal(user);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Problem> problems = new ArrayList<>();
        Integer year = year(yearText, problems);
        if (year == null) {
            return new Outcome.Invalid(problems);
        }
        String name = fileName == null || fileName.isBlank() ? "" : fileName.strip();
        if (content == null || name.isEmpty() && size == 0) {
            return new Outcome.Refused("NO_FILE", "请选择要导入的监控填报表（.xlsx）");
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new Outcome.Refused("BAD_EXTENSION", "只能导入 Excel 工作簿（.xlsx）；请使用下载的模板填写");
        }
        if (size > limits.maxFileBytes()) {
            // refused before the file is read into memory
            return new Outcome.Refused("FILE_TOO_LARGE", "文件“" + name + "”超过" + limits.maxFileMegabytes()
                    + " MB，请删去多余的内容后再导入");
        }
        MonitoringWorkbook workbook;
        try {
            workbook = MonitoringWorkbookReader.read(name, content.get(), year, limits);
        } catch (UnreadableFileException e) {
            return new Outcome.Refused(e.code().name(), e.getMessage());
        } catch (MonitoringWorkbookException e) {
            List<Problem> cells = new ArrayList<>();
            for (CellProblem p : e.problems()) {
                cells.add(new Problem(p.sheet() + "!" + p.cell(), p.code().name(), p.message()));
            }
            return new Outcome.Invalid(cells);
        }
        if (workbook.isEmpty()) {
            return new Outcome.Refused("EMPTY_WORKBOOK", "文件“" + name + "”中没有可导入的数据（第2行起填写）");
        }
        String by = user.getUsername();
        records.saveFigures(user.unitId(), year, workbook.figures(), by);
        records.saveIndicators(user.unitId(), year, workbook.indicators(), by);
        records.saveDeviations(user.unitId(), year, workbook.deviations(), by);
        if (!workbook.plan().isEmpty()) {
            records.replacePlan(user.unitId(), year, workbook.plan(), by);
        }
        return new Outcome.Done(workbook.figures().size(), workbook.indicators().size(), workbook.deviations().size(),
                workbook.plan().size());
    }

    /** The unit's records of the year, for a template filled with them. */
    MonitoringWorkbook entered(long unitId, int year) {
        return records.load(unitId, Optional.of(year)).stream().findFirst().map(MonitoringRecords.Stored::content)
                .orElse(new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of()));
    }

    // ------------------------------------------------------------------ fields

    /** The year: four digits within MIN_YEAR..MAX_YEAR. */
    static Integer year(String text, List<Problem> problems) {
        String t = strip(text);
        if (!t.matches("\\d{4}") || Integer.parseInt(t) < MIN_YEAR || Integer.parseInt(t) > MAX_YEAR) {
            problems.add(new Problem("year", "YEAR_INVALID", "年度应为" + MIN_YEAR + "至" + MAX_YEAR + "之间的四位数字，实为“" + t + "”"));
            return null;
        }
        return Integer.parseInt(t);
    }

    static FiscalPeriod period(String field, String text, int year, List<Problem> problems) {
        Optional<FiscalPeriod> p = MonitoringPeriods.parse(text == null ? "" : text, year);
        if (p.isEmpty()) {
            problems.add(new Problem(field, "PERIOD_INVALID", "期间“" + strip(text) + "”无效，应为如“" + year + "年第一季度”“"
                    + year + "年3月”“" + year + "年上半年”"));
            return null;
        }
        if (p.get().year() != year) {
            problems.add(new Problem(field, "WRONG_YEAR", "期间“" + strip(text) + "”不属于" + year + "年度"));
            return null;
        }
        return p.get();
    }

    private static MoneyUnit moneyUnit(String text, List<Problem> problems) {
        String t = strip(text);
        if (t.isEmpty()) {
            return MoneyUnit.WAN_YUAN;
        }
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.name().equals(t) || u.label().equals(t)) {
                return u;
            }
        }
        problems.add(new Problem("moneyUnit", "MONEY_UNIT_INVALID", "金额单位应为万元或元"));
        return null;
    }

    private static Optional<BigDecimal> number(String field, String what, String text, boolean percent, List<Problem> problems) {
        String t = ValueText.compact(text);
        if (percent && (t.endsWith("%"))) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = Decimals.parseOrNull(t);
        if (value == null) {
            problems.add(new Problem(field, "NOT_A_NUMBER", what + "“" + strip(text) + "”不是数字"));
            return Optional.empty();
        }
        if (value.signum() < 0) {
            problems.add(new Problem(field, "NEGATIVE", what + "“" + strip(text) + "”为负数"));
            return Optional.empty();
        }
        return Optional.of(Decimals.canonical(value));
    }

    private static String required(String field, String what, String text, List<Problem> problems) {
        String t = limited(field, what, text, problems);
        if (t.isEmpty()) {
            problems.add(new Problem(field, "MISSING_VALUE", "请填写" + what));
        }
        return t;
    }

    /** A choice by its code (the form's value, any case) or its Chinese label (a script's); null, with the problem, if neither. */
    private static <E extends Enum<E>> E choice(Class<E> type, Function<String, E> byLabel, String text, Problem ifNeither,
                                                List<Problem> problems) {
        try {
            return Enum.valueOf(type, strip(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notACode) {
            try {
                return byLabel.apply(text);
            } catch (IllegalArgumentException notALabel) {
                problems.add(ifNeither);
                return null;
            }
        }
    }

    /** A name or a short value: at most {@link MonitoringSheets#MAX_NAME} characters. */
    private static String limited(String field, String what, String text, List<Problem> problems) {
        return limited(field, what, text, MonitoringSheets.MAX_NAME, problems);
    }

    private static String limited(String field, String what, String text, int max, List<Problem> problems) {
        String t = strip(text);
        if (t.length() > max) {
            problems.add(new Problem(field, "TEXT_TOO_LONG", what + "超过" + max + "字"));
            return "";
        }
        return t;
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
