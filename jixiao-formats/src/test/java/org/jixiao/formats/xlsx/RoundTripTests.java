package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.published.PublishedText;
import org.junit.jupiter.api.Test;

/**
 * Template → filled in as a person fills it (with the quirks of real files) → imported → scored →
 * exported → imported again: the second import gives the same evaluation as the first.
 */
class RoundTripTests {

    private static final Framework BAOTOU = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");

    /** Baotou's 教育三项改革资金 (examples/baotou-2024-sanxiang-gaige.tsv) typed into its template, as a person would. */
    static byte[] baotouFilled() {
        XSSFWorkbook book = Workbooks.read(Forms.template(BAOTOU));
        XSSFSheet sheet = book.getSheetAt(0);
        // 实施单位 with spaces around it, one of them full-width
        Forms.text(Forms.rowWith(sheet, 0, "实施单位").orElseThrow(), 1, "  包头市电化教育馆\u3000");
        // the funds block: amounts typed as text, full-width, and as numbers
        Row total = Forms.rowWith(sheet, 1, "年度资金总额").orElseThrow();
        Forms.text(total, 2, "2.25");
        Forms.number(total, 3, 34.25);
        Forms.text(total, 4, "２．２５");
        Row fiscal = Forms.rowWith(sheet, 1, "其中：财政拨款").orElseThrow();
        Forms.number(fiscal, 2, 2.25);
        Forms.text(fiscal, 3, " 34.25 ");
        Forms.number(fiscal, 4, 2.25);
        Row other = Forms.rowWith(sheet, 1, "其他资金").orElseThrow();
        Forms.number(other, 2, 0);
        Forms.number(other, 3, 0);
        Forms.number(other, 4, 0);

        int actual = Forms.col(sheet, "实际完成值");
        int score = Forms.col(sheet, "得分");
        int reason = Forms.col(sheet, "偏差原因分析及改进措施");
        int note = Forms.col(sheet, "备注");
        Forms.text(Forms.indicatorRow(sheet, "其他各类教育教学视频课数量"), actual, "82.00");
        Forms.number(Forms.indicatorRow(sheet, "寒假名师视界直播课节数"), actual, 174);
        Row summer = Forms.indicatorRow(sheet, "暑假名师视界直播课节数");
        Forms.number(summer, actual, 92);
        Forms.text(summer, score, "4.8");                                         // typed, as published
        Forms.text(summer, reason, "教研室根据假期长度合理安排的原因");
        Forms.percent(book, Forms.indicatorRow(sheet, "直播课内容完好时长占比"), actual, 0.99);
        Forms.text(Forms.indicatorRow(sheet, "直播课成功播出时长占比"), actual, "99.00");
        Forms.text(Forms.indicatorRow(sheet, "寒假名师视界直播时间"), actual,
                "我单位 寒假 “名师 视界” 直播课 1-2 月 份已完 成 174 节播放 量");
        Forms.text(Forms.indicatorRow(sheet, "暑假名师视界直播时间"), actual,
                "我单位 暑假 “名师 视界” 直播课 截止 7 月份已 完成 92 节播放 量");
        Row port = Forms.indicatorRow(sheet, "同频互动设备端口服务费");
        Forms.number(port, actual, 0);
        Forms.number(port, score, 0);
        Forms.text(port, note, "人工认定：资金年底下达，未发生支出，成本目标未实现，认定0分");
        Forms.text(port, reason, "项目资金于2024年年底下达，故未能支付，将于2025年度积极完成后续支付工作。");
        Row recording = Forms.indicatorRow(sheet, "名师视界录播相关费用");
        Forms.text(recording, actual, "0");
        Forms.text(recording, score, "０");                                        // a full-width zero, no note
        Forms.text(recording, reason, "项目资金于2024年年底下达，故未能支付，将于2025年度积极完成后续支付工作。");
        Forms.text(Forms.indicatorRow(sheet, "减小名教师和基础教师的教学水平差距"), actual, "有效减 小");
        Forms.text(Forms.indicatorRow(sheet, "减少城乡教育差距实现优质教育均衡"), actual, "有效减 少");
        Forms.text(Forms.indicatorRow(sheet, "降低家长教育子女成本"), actual, "有效降 低");
        Forms.text(Forms.indicatorRow(sheet, "实现优质教育均衡"), actual, "显著提 高");
        Forms.text(Forms.indicatorRow(sheet, "全市师生家长满意度"), actual, "≥95%");

        // a name retyped with spaces and full-width brackets
        Forms.text(Forms.indicatorRow(sheet, "寒假名师视界直播课节数"), Forms.col(sheet, "三级指标"), "寒假名师视界 直播课节数 ");
        // the total typed over its formula, and a wrong subtotal typed over its formula
        Forms.number(Forms.rowWith(sheet, 0, "总分").orElseThrow(), score, 80.46);
        Forms.number(Forms.rowWith(sheet, 0, "产出指标").orElseThrow(), score, 41);
        // the grade typed
        Forms.text(Forms.rowWith(sheet, 0, "等级").orElseThrow(), score, "良");
        // 产出指标 merged down over its rows as many forms have it
        int output = Forms.rowWith(sheet, 0, "产出指标").orElseThrow().getRowNum();
        Forms.mergeDown(sheet, 0, output, output + 12);
        // two blank rows inserted inside the table, and the reason and note columns swapped
        Forms.insertRows(sheet, Forms.indicatorRow(sheet, "直播课内容完好时长占比").getRowNum(), 2);
        Forms.swapColumns(sheet, reason, note);
        Forms.swapColumns(sheet, Forms.col(sheet, "年度指标值"), actual);
        return Forms.bytes(book);
    }

    @Test
    void baotouFilledInExcelImportsWithItsQuirks() {
        ImportedWorkbook read = Forms.read(baotouFilled(), ShippedFrameworks.all());

        assertThat(read.framework().id()).isEqualTo("baotou-2024-sanxiang-gaige");
        assertThat(read.marked()).isTrue();
        assertThat(read.unit()).isEqualTo("包头市电化教育馆");
        assertThat(read.project()).isEqualTo("教育三项改革资金");
        assertThat(read.year()).isEqualTo(2024);
        Evaluation e = read.evaluation();
        assertThat(e.unit()).isEqualTo("包头市电化教育馆");
        FundsLine total = e.funds().orElseThrow().total();
        assertThat(total.initialBudget()).contains(Amount.wan("2.25"));
        assertThat(total.adjustedBudget()).contains(Amount.wan("34.25"));
        assertThat(total.executed()).contains(Amount.wan("2.25"));
        assertThat(e.funds().get().sources()).extracting(FundsLine::name).containsExactly("其中：财政拨款", "上年结转资金", "其他资金");
        assertThat(e.funds().get().mismatches()).isEmpty();
        assertThat(e.actuals()).containsEntry("1.1.1", new Actual.Reading("82.00"))
                .containsEntry("1.1.2", new Actual.Reading("174"))
                .containsEntry("1.2.1", new Actual.Reading("99%"))
                .containsEntry("3.1.1", new Actual.Reading("≥95%"))
                .hasSize(14);
        assertThat(e.judgements()).containsOnlyKeys("1.4.1", "1.4.2");
        assertThat(e.judgements().get("1.4.1")).isEqualTo(Judgement.of("0", "资金年底下达，未发生支出，成本目标未实现，认定0分"));
        assertThat(e.judgements().get("1.4.2").justification()).startsWith("按工作簿所填得分认定（项目支出绩效自评表!");
        assertThat(e.reportedScores()).containsEntry("1.1.3", Score.of("4.8"));
        assertThat(e.deviationReasons()).containsOnlyKeys("1.1.3", "1.4.1", "1.4.2");

        ScoreSheet sheet = read.scores().orElseThrow();
        assertThat(sheet.total().points()).isEqualByComparingTo("80.46");
        assertThat(sheet.grade().orElseThrow().name()).isEqualTo("良");
        // the typed 4.8 is the rule's 4.79 rounded; the typed 41 is not the 产出指标 subtotal
        assertThat(read.findings()).extracting(Finding::check, Finding::row)
                .contains(org.assertj.core.groups.Tuple.tuple(Check.SUBTOTAL_MISMATCH, "1"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(Check.TOTAL_MISMATCH, "总分"));
        assertThat(read.findings()).filteredOn(f -> f.check() == Check.SUBTOTAL_MISMATCH).first()
                .satisfies(f -> assertThat(f.location()).startsWith("项目支出绩效自评表!H"));
        assertThat(read.warnings()).noneMatch(ImportProblem::isError);
    }

    @Test
    void baotouExportedAndImportedAgainIsTheSameEvaluation() {
        ImportedWorkbook first = Forms.read(baotouFilled(), ShippedFrameworks.all());
        byte[] exported = Forms.export(first.title(), first.evaluation(), first.framework());
        ImportedWorkbook second = Forms.read(exported, List.of(BAOTOU));

        sameEvaluation(second.evaluation(), first.evaluation());
        assertThat(second.unit()).isEqualTo(first.unit());
        assertThat(second.project()).isEqualTo(first.project());
        assertThat(second.year()).isEqualTo(first.year());
        assertThat(Scorer.score(BAOTOU, second.evaluation()).total()).isEqualTo(first.scores().orElseThrow().total());
    }

    // ------------------------------------------------------------------ Nanjing (部门整体)

    private static final Framework NANJING = ShippedFrameworks.get("nanjing-department");

    /**
     * Nanjing's published 完成值 typed into its template: each as text; a 得分 typed where the rule cannot
     * decide (the 加分项, with its reason in 备注) and B12's published 1.9 where it can; B51 marked 不适用.
     */
    static byte[] nanjingFilled() {
        String seed = "nanjing-2024-department-self-evaluation.md";
        Evaluation published = Reviewer.readEvaluations(PublishedText.read(seed, resource("/seeds/" + seed)), 2024,
                List.of(NANJING)).get(0).evaluation();
        XSSFWorkbook book = Workbooks.read(Forms.template(NANJING));
        XSSFSheet sheet = book.getSheetAt(0);
        Forms.text(Forms.rowWith(sheet, 0, "单位名称").orElseThrow(), 1, "南京市电化教育馆");
        int actual = Forms.col(sheet, "实际完成值");
        int score = Forms.col(sheet, "得分");
        int note = Forms.col(sheet, "备注");
        for (Indicator indicator : NANJING.indicators()) {
            Row row = Forms.indicatorRow(sheet, indicator.name());
            Actual value = published.actual(indicator.code());
            if (value instanceof Actual.Reading reading) {
                Forms.text(row, actual, reading.text());
            }
            if (indicator.code().equals("F11")) {
                Forms.text(row, actual, "市级考核一等奖");
                Forms.number(row, score, 1);
                Forms.text(row, note, "人工认定：获市级考核一等奖，加1分");
            }
        }
        Row b12 = Forms.indicatorRow(sheet, "项目资金执行率");
        Forms.text(b12, score, "1.9");
        Row b51 = Forms.indicatorRow(sheet, "建设项目管理制度健全性");
        Forms.text(b51, actual, "");
        Forms.text(b51, note, "不适用：本年度无建设项目");
        return Forms.bytes(book);
    }

    @Test
    void nanjingRoundTrip() {
        ImportedWorkbook first = Forms.read(nanjingFilled(), ShippedFrameworks.all());
        assertThat(first.framework().id()).isEqualTo("nanjing-department");
        assertThat(first.unit()).isEqualTo("南京市电化教育馆");
        Evaluation e = first.evaluation();
        assertThat(e.notApplicable()).containsExactly(Map.entry("B51", "本年度无建设项目"));
        assertThat(e.judgements()).containsOnlyKeys("F11");
        assertThat(e.reportedScores()).containsEntry("B12", Score.of("1.9"));
        assertThat(e.actuals()).hasSize(37).doesNotContainKey("B51");
        // 88 % against 90 % of 2 points is 1.96: the typed 1.9 is not the rule's score (and a point lost needs a reason)
        assertThat(first.findings()).filteredOn(f -> f.row().equals("B12")).extracting(Finding::check)
                .containsExactlyInAnyOrder(Check.SCORE_RULE_MISMATCH, Check.DEVIATION_REASON_MISSING);

        byte[] exported = Forms.export(first.title(), e, NANJING);
        ImportedWorkbook second = Forms.read(exported, List.of(NANJING));
        sameEvaluation(second.evaluation(), e);
        assertThat(second.scores().orElseThrow().total()).isEqualTo(first.scores().orElseThrow().total());
        assertThat(second.findings()).noneMatch(f -> f.check() == Check.TOTAL_MISMATCH || f.check() == Check.SUBTOTAL_MISMATCH);
    }

    // ------------------------------------------------------------------ Shenzhen (nested indicators)

    /**
     * Shenzhen's framework scores 财务合规性 and others in parts (level 4, "（资金支出规范性）" under the
     * part-group's own row). Every part and indicator given its full 分值 by hand (no values typed, so
     * each score is a judgement) adds up to 100, in the workbook's formulas and in the scorer.
     */
    @Test
    void shenzhensNestedIndicatorsRoundTrip() {
        Framework shenzhen = ShippedFrameworks.get("shenzhen-department");
        XSSFWorkbook book = Workbooks.read(Forms.template(shenzhen));
        XSSFSheet sheet = book.getSheetAt(0);
        int score = Forms.col(sheet, "得分");
        for (Indicator indicator : shenzhen.indicators()) {
            Row row = Forms.indicatorRow(sheet, indicator.level() > 3 ? "（" + indicator.name() + "）" : indicator.name());
            Forms.number(row, score, indicator.weightOrZero().points().doubleValue());
        }
        org.apache.poi.ss.usermodel.Cell total = Forms.rowWith(sheet, 0, "总分").orElseThrow().getCell(score);
        assertThat(new org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator(book).evaluate(total).getNumberValue()).isEqualTo(100.0);

        ImportedWorkbook first = Forms.read(Forms.bytes(book), ShippedFrameworks.all());
        assertThat(first.framework().id()).isEqualTo("shenzhen-department");
        assertThat(first.evaluation().judgements()).hasSize(shenzhen.indicators().size());
        assertThat(first.scores().orElseThrow().total().points()).isEqualByComparingTo("100");
        assertThat(first.warnings()).isEmpty();

        ImportedWorkbook second = Forms.read(Forms.export(first.title(), first.evaluation(), shenzhen), List.of(shenzhen));
        sameEvaluation(second.evaluation(), first.evaluation());
    }

    // ------------------------------------------------------------------ Suzhou (绩效目标表)

    private static final Framework SUZHOU = ShippedFrameworks.get("suzhou-target-table");

    @Test
    void suzhouTargetTableRoundTrip() {
        XSSFWorkbook book = Workbooks.read(Forms.template(SUZHOU));
        XSSFSheet sheet = book.getSheetAt(0);
        assertThat(Forms.col(sheet, "半年指标值")).isLessThan(Forms.col(sheet, "全年指标值"));
        Forms.text(Forms.rowWith(sheet, 0, "单位名称").orElseThrow(), 1, "苏州市电化教育馆");
        int actual = Forms.col(sheet, "实际完成值");
        int reason = Forms.col(sheet, "偏差原因分析及改进措施");
        Forms.text(Forms.indicatorRow(sheet, "中长期规划制定健全性"), actual, "健全");
        Forms.percent(book, Forms.indicatorRow(sheet, "预算执行率"), actual, 0.41);
        Row late = Forms.indicatorRow(sheet, "支付进度符合率");
        Forms.percent(book, late, actual, 0.9);
        Forms.text(late, reason, "部分项目合同尚未签订，下半年加快支付");
        ImportedWorkbook first = Forms.read(Forms.bytes(book), ShippedFrameworks.all());

        assertThat(first.framework().id()).isEqualTo("suzhou-target-table");
        assertThat(first.scores()).isEmpty();
        assertThat(first.findings()).isEmpty();
        assertThat(first.evaluation().actuals()).containsExactly(Map.entry("1.1.1", new Actual.Reading("健全")),
                Map.entry("2.1.2", new Actual.Reading("90%")), Map.entry("2.1.3", new Actual.Reading("41%")));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ScoreSheetXlsx.write(first.title(), SUZHOU, first.evaluation(), out);
        ImportedWorkbook second = Forms.read(out.toByteArray(), List.of(SUZHOU));
        sameEvaluation(second.evaluation(), first.evaluation());
        assertThat(second.unit()).isEqualTo("苏州市电化教育馆");
    }

    private static String resource(String name) {
        try (java.io.InputStream in = RoundTripTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static void sameEvaluation(Evaluation actual, Evaluation expected) {
        assertThat(actual.frameworkId()).isEqualTo(expected.frameworkId());
        assertThat(actual.unit()).isEqualTo(expected.unit());
        assertThat(actual.actuals()).isEqualTo(expected.actuals());
        assertThat(actual.judgements()).isEqualTo(expected.judgements());
        assertThat(actual.deviationReasons()).isEqualTo(expected.deviationReasons());
        assertThat(actual.notApplicable()).isEqualTo(expected.notApplicable());
        assertThat(actual.funds()).isEqualTo(expected.funds());
    }
}
