package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedDocument.Paragraph;
import org.jixiao.core.review.PublishedDocument.Unreadable;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.PublishedTable.Row;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The text reader on small documents: one behaviour per test. */
class PublishedTextTests {

    static PublishedDocument read(String text) {
        return PublishedText.read("test", text);
    }

    @Nested
    class PipeTables {

        @Test
        void headerSeparatorAndRowsWithLineNumbers() {
            PublishedDocument document = read("""
                    表1 收入决算表

                    | 项目 | 金额 |
                    |---|---:|
                    | 合计 | 550.07 |
                    """);
            assertThat(document.tables()).singleElement().satisfies(table -> {
                assertThat(table.title()).isEqualTo("表1 收入决算表");
                assertThat(table.line()).isEqualTo(3);
                assertThat(table.rows()).extracting(Row::line).containsExactly(3, 5);
                assertThat(table.rows()).extracting(Row::cells)
                        .containsExactly(java.util.List.of("项目", "金额"), java.util.List.of("合计", "550.07"));
            });
            assertThat(document.paragraphs()).extracting(Paragraph::line).containsExactly(1);
        }

        @Test
        void cellsAreOnlyTrimmedNeverNormalised() {
            Row row = read("| | 年初预算 数 | 80. 46 | ２０ |\u3000总分\u3000|\n|-|-|-|-|-|\n").tables().get(0).rows().get(0);
            assertThat(row.cells()).containsExactly("", "年初预算 数", "80. 46", "２０", "总分");
        }

        @Test
        void anEmptyHeaderRowIsMarkupAndDropped() {
            PublishedTable table = read("| | | |\n|--|--|--|\n| a | b | c |\n").tables().get(0);
            assertThat(table.line()).isEqualTo(1);
            assertThat(table.rows()).extracting(Row::line).containsExactly(3);
        }

        @Test
        void aBlankBodyRowIsKept() {
            PublishedTable table = read("| a | b |\n|--|--|\n| | |\n| c | d |\n").tables().get(0);
            assertThat(table.rows()).extracting(Row::isBlank).containsExactly(false, true, false);
        }

        @Test
        void rowsMayHaveDifferentCellCountsAndNoTrailingPipe() {
            PublishedTable table = read("| a | b | c |\n|--|--|--|\n| d |\n| e | f\n").tables().get(0);
            assertThat(table.rows()).extracting(r -> r.cells().size()).containsExactly(3, 1, 2);
        }

        @Test
        void anEscapedPipeIsTextInsideACell() {
            Row row = read("| a \\| b | c |\n|--|--|\n").tables().get(0).rows().get(0);
            assertThat(row.cells()).containsExactly("a | b", "c");
        }

        @Test
        void aHeaderWithoutLeadingPipeStartsATableWhenASeparatorFollows() {
            PublishedDocument document = read("项目 | 金额\n---|---\n合计 | 10\n");
            assertThat(document.tables()).singleElement()
                    .satisfies(t -> assertThat(t.rows()).extracting(r -> r.cell(1)).containsExactly("金额", "10"));
            assertThat(document.paragraphs()).isEmpty();
        }

        @Test
        void aPipeInProseIsProse() {
            PublishedDocument document = read("甲 | 乙 两个字\n下一行\n");
            assertThat(document.tables()).isEmpty();
            assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly("甲 | 乙 两个字", "下一行");
        }
    }

    @Nested
    class Continuation {

        @Test
        void piecesSeparatedOnlyByBlankLinesAndStartingWithABlankHeaderAreOneTable() {
            PublishedDocument document = read("""
                    项目支出绩效自评表 (2024 年度)

                    | | | |
                    |--|--|--|
                    | 项目名称 | 甲 | |

                    | | | | |
                    |--|--|--|--|
                    | 绩效指标 | 产出指标 | 6 | 6 |

                    | | |
                    |--|--|
                    | 总分 | 100 |
                    """);
            assertThat(document.tables()).singleElement().satisfies(table -> {
                assertThat(table.title()).isEqualTo("项目支出绩效自评表 (2024 年度)");
                assertThat(table.rows()).extracting(Row::line).containsExactly(5, 9, 13);
            });
        }

        @Test
        void aTitleLineBetweenPiecesStartsANewTable() {
            PublishedDocument document = read("""
                    项目支出绩效自评表 (2024 年度)

                    | | |
                    |--|--|
                    | 项目名称 | 甲 |

                    项目支出绩效自评表 (2024 年度)

                    | | |
                    |--|--|
                    | 项目名称 | 乙 |
                    """);
            assertThat(document.tables()).extracting(PublishedTable::line).containsExactly(3, 9);
            assertThat(document.tables()).extracting(PublishedTable::title)
                    .containsOnly("项目支出绩效自评表 (2024 年度)");
        }

        @Test
        void aContinuationThatStartsWithADataRowOfCloseShapeIsJoined() {
            PublishedDocument document = read("""
                    | 一级 | 二级 | 三级 | 得分 |
                    |--|--|--|--|
                    | A | A1 | A11 | 2 |

                    | | | B11 |
                    |--|--|--|
                    | 合计 | | 97.9 |
                    """);
            assertThat(document.tables()).singleElement()
                    .satisfies(t -> assertThat(t.rows()).extracting(Row::line).containsExactly(1, 3, 5, 7));
        }

        @Test
        void aRepeatedHeaderRowOnTheNextPageIsDropped() {
            PublishedDocument document = read("""
                    | 指标 | 分值 |
                    |--|--|
                    | A11 | 2 |

                    | 指标 | 分值 |
                    |--|--|
                    | A12 | 3 |
                    """);
            assertThat(document.tables()).singleElement()
                    .satisfies(t -> assertThat(t.rows()).extracting(Row::line).containsExactly(1, 3, 7));
        }

        @Test
        void aPieceOfIncompatibleShapeIsANewUntitledTable() {
            PublishedDocument document = read("""
                    得分表

                    | 一级 | 二级 | 三级 | 指标说明 | 标准值 | 完成值 | 得分 |
                    |--|--|--|--|--|--|--|
                    | A | A1 | A11 | x | 1 | 1 | 2 |

                    | 序号 | 单位 |
                    |--|--|
                    | 1 | 包头 |
                    """);
            assertThat(document.tables()).extracting(PublishedTable::title).containsExactly("得分表", "");
        }

        @Test
        void tabPiecesAreJoinedAcrossBlankLinesWhateverTheirWidth() {
            PublishedDocument document = read("目标表\n\n名称\t\t甲\t\t\n\t\t资金\t10\n\n\t\t\t\t\t\t\t续\t\t\n总分\t100\n");
            assertThat(document.tables()).singleElement().satisfies(table -> {
                assertThat(table.title()).isEqualTo("目标表");
                assertThat(table.rows()).extracting(Row::line).containsExactly(3, 4, 6, 7);
            });
        }

        @Test
        void aTabTableAndAPipeTableAreNeverJoined() {
            PublishedDocument document = read("a\tb\n\n| c | d |\n|--|--|\n");
            assertThat(document.tables()).hasSize(2);
        }
    }

    @Nested
    class TabTables {

        @Test
        void leadingTabsAreBlankCellsAndTrailingTabsToo() {
            Row row = read("\t\t资金总额\t\t2190.36\t\n").tables().get(0).rows().get(0);
            assertThat(row.cells()).containsExactly("", "", "资金总额", "", "2190.36", "");
        }

        @Test
        void aLineOfTabsOnlyIsABlankLine() {
            PublishedDocument document = read("a\tb\n\t\t\t\nc\td\n");
            assertThat(document.tables()).singleElement()
                    .satisfies(t -> assertThat(t.rows()).extracting(Row::line).containsExactly(1, 3));
        }
    }

    @Nested
    class HtmlInCells {

        @Test
        void paragraphsBecomeLinesAndStylesDisappear() {
            Row row = read("名称\t<p style=\"text-align: center;\">一、职责</p> <p>1. 贯彻</p>\n").tables().get(0).rows().get(0);
            assertThat(row.cell(1)).isEqualTo("一、职责\n1. 贯彻");
        }

        @Test
        void entitiesAreDecodedAndUnknownOnesKept() {
            Row row = read("| A &amp; B | &lt;60% | &#8805;95% | &#x2264;10% | &bogus; | R&D |\n|-|-|-|-|-|-|\n")
                    .tables().get(0).rows().get(0);
            assertThat(row.cells()).containsExactly("A & B", "<60%", "≥95%", "≤10%", "&bogus;", "R&D");
        }

        @Test
        void comparisonSignsAreNotTags() {
            Row row = read("| 利用率<60%的,得 0分 | >90% | a<b>c |\n|-|-|-|\n").tables().get(0).rows().get(0);
            assertThat(row.cells()).containsExactly("利用率<60%的,得 0分", ">90%", "ac");
        }

        @Test
        void aTagCutBeforeItsEndIsKeptAsTextAndReported() {
            PublishedDocument document = read("| 目标 | <p style=\"text-align: center;\n|--|--|\n");
            assertThat(document.tables().get(0).rows().get(0).cell(1)).isEqualTo("<p style=\"text-align: center;");
            assertThat(document.unreadable()).singleElement().satisfies(u -> {
                assertThat(u.line()).isEqualTo(1);
                assertThat(u.reason()).contains("HTML 标签没有结束");
            });
        }

        @Test
        void proseLosesItsTagsToo() {
            assertThat(read("<p>附件一</p>\n").paragraphs()).extracting(Paragraph::text).containsExactly("附件一");
        }
    }

    @Nested
    class Prose {

        @Test
        void everyNonBlankLineIsAParagraphWithItsLine() {
            PublishedDocument document = read("一、概况\n\n与年初预算相比，增长 22.35%。\n第二行\n");
            assertThat(document.paragraphs()).extracting(Paragraph::line).containsExactly(1, 3, 4);
        }

        @Test
        void headingMarksAndBulletsAreMarkup() {
            PublishedDocument document = read("## 第一部分\n- 一、主要职能\n - (7) 配合\n* 乙\n1. 编号是正文\n");
            assertThat(document.paragraphs()).extracting(Paragraph::text)
                    .containsExactly("第一部分", "一、主要职能", "(7) 配合", "乙", "1. 编号是正文");
        }
    }

    @Nested
    class Titles {

        @Test
        void yearAndUnitLinesArePassedOver() {
            PublishedDocument document = read("苏州市市级部门整体预算绩效目标表\n\n2024年度\n\n单位：万元\n\na\tb\n");
            assertThat(document.tables().get(0).title()).isEqualTo("苏州市市级部门整体预算绩效目标表");
        }

        @Test
        void aSentenceAboveATableIsNotItsTitle() {
            PublishedDocument document = read("详细情况见表：\n\n| 序号 | 单位名称 |\n|--|--|\n");
            assertThat(document.tables().get(0).title()).isEmpty();
        }

        @Test
        void aLongLineIsNotATitle() {
            PublishedDocument document = read("甲".repeat(61) + "\n| a | b |\n|--|--|\n");
            assertThat(document.tables().get(0).title()).isEmpty();
        }
    }

    @Nested
    class Unreadables {

        @Test
        void aRowWithOnlyItsLeadingPipeIsReportedAndTheTableGoesOn() {
            PublishedDocument document = read("| a | b |\n|--|--|\n| 绩效指标 \n| c | d |\n");
            assertThat(document.tables()).singleElement()
                    .satisfies(t -> assertThat(t.rows()).extracting(Row::line).containsExactly(1, 4));
            assertThat(document.unreadable()).singleElement().satisfies(u -> {
                assertThat(u.line()).isEqualTo(3);
                assertThat(u.text()).isEqualTo("| 绩效指标");
                assertThat(u.reason()).contains("竖线");
            });
        }

        @Test
        void aSeparatorWithoutRowsIsReported() {
            PublishedDocument document = read("|---|---|\n");
            assertThat(document.tables()).isEmpty();
            assertThat(document.unreadable()).extracting(Unreadable::line).containsExactly(1);
        }

        @Test
        void aTableWithOnlyABlankHeaderIsReported() {
            PublishedDocument document = read("| | |\n|--|--|\n");
            assertThat(document.tables()).isEmpty();
            assertThat(document.unreadable()).singleElement()
                    .satisfies(u -> assertThat(u.reason()).contains("空白的表头"));
        }

        @Test
        void undecodableCharactersAreReportedWhereTheyAre() {
            PublishedDocument document = read("正文\n| 得分 | 9\uFFFD68 |\n|--|--|\n");
            assertThat(document.tables().get(0).rows().get(0).cell(1)).isEqualTo("9\uFFFD68");
            assertThat(document.unreadable()).extracting(Unreadable::line).containsExactly(2);
        }

        @Test
        void anAbsurdlyWideRowIsNotATableRow() {
            PublishedDocument document = read("|" + "a|".repeat(PublishedText.MAX_CELLS_PER_ROW + 1) + "\n");
            assertThat(document.tables()).isEmpty();
            assertThat(document.unreadable()).singleElement()
                    .satisfies(u -> assertThat(u.reason()).contains("超过上限"));
        }
    }

    @Nested
    class Input {

        @Test
        void emptyAndBlankInputsGiveAnEmptyDocument() {
            for (String text : new String[] {"", "\n", "\r\n\r\n", "\uFEFF", " \t \u3000 "}) {
                PublishedDocument document = read(text);
                assertThat(document.tables()).isEmpty();
                assertThat(document.paragraphs()).isEmpty();
                assertThat(document.unreadable()).isEmpty();
                assertThat(document.source()).isEqualTo("test");
            }
        }

        @Test
        void crlfAndBomReadLikeTheSeed() {
            for (String name : Seeds.ALL) {
                String text = Seeds.text(name);
                PublishedDocument plain = PublishedText.read(name, text);
                assertThat(PublishedText.read(name, "\uFEFF" + text.replace("\n", "\r\n"))).isEqualTo(plain);
                assertThat(PublishedText.read(name, text.replace("\n", "\r"))).isEqualTo(plain);
            }
        }

        @Test
        void aStreamReadsAsUtf8WithTheSameResult() throws IOException {
            byte[] bytes = Seeds.bytes(Seeds.BAOTOU);
            assertThat(PublishedText.read(Seeds.BAOTOU, new ByteArrayInputStream(bytes)))
                    .isEqualTo(Seeds.read(Seeds.BAOTOU));
        }

        @Test
        void bytesThatAreNotUtf8AreReportedNotThrown() throws IOException {
            byte[] bytes = "| 得分 | 99.68 |\n|--|--|\n".getBytes(StandardCharsets.UTF_8);
            bytes[3] = (byte) 0xFF;
            PublishedDocument document = PublishedText.read("bad", new ByteArrayInputStream(bytes));
            assertThat(document.unreadable()).extracting(Unreadable::line).containsExactly(1);
        }

        @Test
        void textOverTheLimitIsRefusedWithAChineseMessage() {
            String huge = "a".repeat(PublishedText.MAX_CHARS + 1);
            assertThatThrownBy(() -> read(huge))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("输入过大")
                    .hasMessageContaining("20 MB");
        }

        @Test
        void aStreamOverTheLimitIsRefusedWithoutReadingItAll() {
            InputStream endless = new InputStream() {
                long served;

                @Override
                public int read() {
                    served++;
                    return 'a';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                    served += len;
                    return len;
                }
            };
            assertThatThrownBy(() -> PublishedText.read("endless", endless))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("输入过大");
        }

        @Test
        void tooManyLinesAreRefusedWithAChineseMessage() {
            String lines = "\n".repeat(PublishedText.MAX_LINES + 1);
            assertThatThrownBy(() -> read(lines))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("行数过多");
        }
    }
}
