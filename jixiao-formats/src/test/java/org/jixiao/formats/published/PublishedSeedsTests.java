package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.PublishedTable.Row;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The four published reports read exactly: how many tables, their titles, first lines and row
 * counts, and cells spot-checked as written (OCR spaces and all).
 */
class PublishedSeedsTests {

    static final String PROJECT_TABLE = "项目支出绩效自评表 (2024 年度)";

    @Nested
    class Baotou {

        final PublishedDocument document = Seeds.read(Seeds.BAOTOU);

        @Test
        void fourTablesTheUnitTableAndThreeProjectTablesEachJoinedAcrossItsPageBreaks() {
            assertThat(document.tables()).extracting(PublishedTable::title)
                    .containsExactly("", PROJECT_TABLE, PROJECT_TABLE, PROJECT_TABLE);
            assertThat(document.tables()).extracting(PublishedTable::line).containsExactly(87, 341, 380, 416);
            assertThat(document.tables()).extracting(t -> t.rows().size()).containsExactly(2, 25, 25, 35);
            assertThat(document.unreadable()).isEmpty();
        }

        @Test
        void theUnitTableKeepsItsHeaderRow() {
            PublishedTable units = document.tables().get(0);
            assertThat(units.rows().get(0).cells()).containsExactly("序号", "单位名称", "单位性质");
            assertThat(units.rows().get(1).cells()).containsExactly("1", "包头市电化教育馆", "公益一类事业单位");
        }

        @Test
        void projectOneFundsRowAndTotalAsWritten() {
            PublishedTable project = document.tables().get(1);
            Row funds = rowAt(project, 346);
            assertThat(funds.cell(1)).isEqualTo("年度资金 总额");
            assertThat(nonBlank(funds)).containsExactly("年度资金 总额", "20", "20", "19.35", "10", "96.75", "9.68");
            assertThat(rowAt(project, 345).cell(2)).isEqualTo("年初预算 数");
            assertThat(nonBlank(last(project))).containsExactly("总分", "100", "99.68");
            assertThat(last(project).line()).isEqualTo(376);
        }

        @Test
        void projectOneBlankHeaderRowsOfItsFourPiecesAreDroppedAndThePiecesJoined() {
            PublishedTable project = document.tables().get(1);
            assertThat(project.rows()).noneMatch(Row::isBlank);
            assertThat(project.rows()).extracting(Row::line)
                    .contains(343, 346, 350, 360, 364, 370, 374, 376)
                    .doesNotContain(341, 348, 362, 372);
            assertThat(project.rows().get(0).cells()).hasSize(10);
            assertThat(rowAt(project, 350).cells()).hasSize(11);
        }

        @Test
        void projectTwoTotalKeepsItsOcrSpaceAndItsThreePiecesAreOneTable() {
            PublishedTable project = document.tables().get(2);
            assertThat(project.rows().get(0).cell(2)).isEqualTo("教育三项改革资金");
            assertThat(nonBlank(last(project))).containsExactly("总分", "100", "80. 46");
            assertThat(project.rows()).extracting(Row::line).contains(382, 391, 395, 401, 405, 412);
            assertThat(nonBlank(rowAt(project, 401))).contains("2023 年 7- 8 月");
        }

        @Test
        void projectThreeTheWideTableWithEmptyColumnsIsJoinedWithItsNarrowerPieces() {
            PublishedTable project = document.tables().get(3);
            assertThat(project.rows().get(0).cells()).hasSize(24);
            assertThat(project.rows().get(0).cell(12)).isEqualTo("教师培训专项");
            assertThat(nonBlank(rowAt(project, 421)))
                    .containsExactly("年度资金总额", "0", "19", "18.9", "10", "99.47", "9.95");
            assertThat(rowAt(project, 427).isBlank()).as("the blank body row is kept").isTrue();
            assertThat(rowAt(project, 433).cells()).hasSize(12);
            assertThat(nonBlank(last(project))).containsExactly("总分", "100", "98.95");
        }

        @Test
        void htmlParagraphsInsideCellsAreReadAsPlainText() {
            Row goals = rowAt(document.tables().get(3), 426);
            assertThat(goals.cell(6)).startsWith("依托国家中小学智慧教育平台").doesNotContain("<p>", "</p>");
            assertThat(goals.cell(12)).startsWith("通过教师培训专项资金").endsWith("着实推动了 我市教育数字化转型。");
        }

        @Test
        void theNarrativeSentenceIsAParagraphWithItsLine() {
            assertThat(document.paragraphs())
                    .filteredOn(p -> p.text().contains("增长 22.35%"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.line()).isEqualTo(163);
                        assertThat(p.text()).contains("与年初预算相比，收、支总计各增加 100.91 万元，增长 22.35%");
                    });
            assertThat(document.paragraphs())
                    .filteredOn(p -> p.text().startsWith("卫生健康支出（类）决算数为 16.90 万元"))
                    .extracting(PublishedDocument.Paragraph::line)
                    .containsExactly(253);
        }

        @Test
        void listBulletsAreMarkupAndTitlesStayParagraphs() {
            assertThat(document.paragraphs()).filteredOn(p -> p.line() == 9)
                    .extracting(PublishedDocument.Paragraph::text).containsExactly("一、主要职能、职责");
            assertThat(document.paragraphs()).filteredOn(p -> p.line() == 339)
                    .extracting(PublishedDocument.Paragraph::text).containsExactly(PROJECT_TABLE);
        }
    }

    @Nested
    class Nanjing {

        final PublishedDocument document = Seeds.read(Seeds.NANJING);

        @Test
        void oneScoreTableContinuedAfterThePageBreak() {
            assertThat(document.tables()).singleElement().satisfies(table -> {
                assertThat(table.title())
                        .isEqualTo("2024年南京市电化教育馆(南京市教育信息化中心)整体绩效评价指标得分表");
                assertThat(table.line()).isEqualTo(148);
                assertThat(table.rows()).hasSize(40);
            });
            assertThat(document.unreadable()).isEmpty();
        }

        @Test
        void headerIndicatorsFromA11ToF21AndTheTotal() {
            PublishedTable table = document.tables().get(0);
            assertThat(table.rows().get(0).cells()).containsExactly(
                    "一级指标", "二级指标", "三级指标", "指标说明", "标准值", "完成值", "权值", "得分", "评分办法", "评价要点");
            List<Row> indicators = table.rows().subList(1, table.rows().size() - 1);
            assertThat(indicators).hasSize(38).allSatisfy(row -> assertThat(row.cell(2)).matches("[A-F]\\d\\d.*"));
            assertThat(indicators.get(0).cell(2)).isEqualTo("A11决策制度的规范性");
            assertThat(indicators.get(37).cell(2)).isEqualTo("F21本年度违法违纪");
            assertThat(nonBlank(last(table))).containsExactly("合计", "105", "97.9");
            assertThat(last(table).line()).isEqualTo(190);
        }

        @Test
        void theContinuationPieceStartsWithARowNotAHeaderAndKeepsIt() {
            PublishedTable table = document.tables().get(0);
            Row b73 = rowAt(table, 177);
            assertThat(b73.cell(2)).isEqualTo("B73绩效信息公开");
            assertThat(b73.cells()).hasSize(9);
            assertThat(rowAt(table, 160).cells()).containsExactly("", "", "B12项目资金执行率", "项目资金执行情况",
                    "90%", "88%", "2", "1.9", "达到90%得2分,未达到根据 完成度得分", "");
            assertThat(rowAt(table, 168).cell(0)).isEqualTo("rs den den dekemen.");
            assertThat(rowAt(table, 150).cell(8)).isEqualTo("评价为\"规范\"得2分,\"较规 范\"得1分,\"不规范\"得0分");
        }

        @Test
        void theStatedExecutionRateIsAParagraph() {
            assertThat(document.paragraphs()).filteredOn(p -> p.text().contains("整体执行率为93%"))
                    .extracting(PublishedDocument.Paragraph::line).containsExactly(60);
        }
    }

    @Nested
    class Shenzhen {

        final PublishedDocument document = Seeds.read(Seeds.SHENZHEN);

        @Test
        void oneTabSeparatedTableJoinedAcrossItsBlankLines() {
            assertThat(document.tables()).singleElement().satisfies(table -> {
                assertThat(table.title()).isEqualTo("部门整体支出绩效评价共性指标体系框架");
                assertThat(table.line()).isEqualTo(129);
                assertThat(table.rows()).hasSize(30);
                assertThat(table.rows()).extracting(Row::line).doesNotContain(134, 139, 142, 148, 154, 158, 163);
            });
            assertThat(document.unreadable()).isEmpty();
        }

        @Test
        void leadingTabsAreBlankCellsSoColumnsStayWhereTheyWere() {
            PublishedTable table = document.tables().get(0);
            Row execution = rowAt(table, 156);
            assertThat(execution.cells()).hasSize(8);
            assertThat(execution.cell(0)).isEmpty();
            assertThat(execution.cell(1)).isEqualTo("效率性");
            assertThat(execution.cell(3)).isEqualTo("预算执行率");
            assertThat(execution.cell(4)).isEqualTo("6");
            assertThat(execution.cell(6)).startsWith("1. 一季度预算执行率得分=(一季度部门预算支出进度/序时进度 25%) ×1 分");
            assertThat(execution.cell(7)).isEqualTo("4. 52");
        }

        @Test
        void longTextCellsAndOcrNoiseAreKeptAsWritten() {
            PublishedTable table = document.tables().get(0);
            assertThat(rowAt(table, 132).cell(4)).isEqualTo("预算编制合理性 5 j");
            assertThat(rowAt(table, 130).cells()).startsWith("-", "一级指标", "-", "二级指标");
            assertThat(rowAt(table, 151).cell(8)).isEqualTo("0. 5");
            assertThat(rowAt(table, 149).cell(7)).isEqualTo("3.75%>固定资产利用率≥60%的,得 0.4分; 4.固定资产利用率<60%的,得 0分。");
            assertThat(nonBlank(last(table))).containsExactly("总分", "100", "100", "97. 83");
            assertThat(last(table).line()).isEqualTo(165);
        }

        @Test
        void theQuarterlyProgressSentenceIsAParagraph() {
            assertThat(document.paragraphs()).filteredOn(p -> p.text().contains("7.73%、38.09%、72.71%、97.29%"))
                    .extracting(PublishedDocument.Paragraph::line).containsExactly(101);
        }
    }

    @Nested
    class Suzhou {

        final PublishedDocument document = Seeds.read(Seeds.SUZHOU);

        @Test
        void oneTargetTableTitledAboveItsYearLine() {
            assertThat(document.tables()).singleElement().satisfies(table -> {
                assertThat(table.title()).isEqualTo("苏州市市级部门整体预算绩效目标表");
                assertThat(table.line()).isEqualTo(7);
                assertThat(table.rows()).hasSize(108);
                assertThat(last(table).line()).isEqualTo(116);
            });
            assertThat(document.paragraphs()).extracting(PublishedDocument.Paragraph::text)
                    .containsExactly("苏州市市级部门整体预算绩效目标表", "2024年度");
            assertThat(document.unreadable()).isEmpty();
        }

        @Test
        void fundsRowsAsWritten() {
            PublishedTable table = document.tables().get(0);
            assertThat(nonBlank(rowAt(table, 11))).containsExactly("资金总额", "2190.36");
            assertThat(rowAt(table, 11).cell(4)).isEqualTo("2190.36");
            assertThat(rowAt(table, 21).cells()).containsExactly("", "", "基本支出", "", "516.92", "1093.84");
            assertThat(rowAt(table, 22).cells()).containsExactly("", "", "项目支出", "", "299.62", "1096.52");
            assertThat(nonBlank(rowAt(table, 20))).containsExactly("支出", "半年 计划执行数", "全年 预算数");
        }

        @Test
        void thirteenProjectRowsSomeShiftedLeftAsPublished() {
            PublishedTable table = document.tables().get(0);
            List<Row> projects = table.rows().stream().filter(r -> r.line() >= 23 && r.line() <= 35).toList();
            assertThat(projects).hasSize(13);
            assertThat(nonBlank(projects.get(0))).containsExactly("苏州线上教育中心综合服务", "5", "233");
            assertThat(nonBlank(projects.get(6))).containsExactly("房屋筑漏及零星维修", "0", "9");
            assertThat(projects.get(7).cells()).containsExactly("业务处室工作日常经费", "", "17.2", "43", "", "");
            assertThat(nonBlank(projects.get(12))).containsExactly("苏州教育融媒体中心宣传工作服务", "37", "142");
        }

        @Test
        void indicatorRowsWithHalfYearAndFullYearValues() {
            PublishedTable table = document.tables().get(0);
            assertThat(nonBlank(rowAt(table, 48))).containsExactly("预算执行率", "=45%", "=100%");
            assertThat(nonBlank(rowAt(table, 73)))
                    .containsExactly("履职", "教育信息化服务 环境建设", "承担苏州线上教育中心日常工作", "线上教育平台系统运维事故", "≤3次", "≤6次");
            assertThat(nonBlank(rowAt(table, 97))).containsExactly("接入苏州教育视频会议系统的各直属学校比例", ">90%", ">90%");
            assertThat(nonBlank(rowAt(table, 114)))
                    .containsExactly("满意度指标", "服务对象满意度", "市直属学校管理员对线上教育平台满意度", "≥0%", "≥85%");
        }

        @Test
        void htmlFragmentsInCellsBecomeParagraphsOfPlainText() {
            Row duties = rowAt(document.tables().get(0), 8);
            assertThat(duties.cell(2)).startsWith("一、单位主要职责\n1. 贯彻执行党和国家的教育方针")
                    .doesNotContain("<p", "</p>", "text-align");
            assertThat(duties.cell(2).lines()).hasSize(9);
        }
    }

    // ------------------------------------------------------------------ helpers

    static Row rowAt(PublishedTable table, int line) {
        return table.rows().stream().filter(r -> r.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no row at line " + line + " in " + table.title()));
    }

    static Row last(PublishedTable table) {
        return table.rows().get(table.rows().size() - 1);
    }

    static List<String> nonBlank(Row row) {
        return row.cells().stream().filter(c -> !c.isBlank()).toList();
    }
}
