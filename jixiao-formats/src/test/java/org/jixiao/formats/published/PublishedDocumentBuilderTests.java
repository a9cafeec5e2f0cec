package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.PublishedTable.Row;
import org.junit.jupiter.api.Test;

/**
 * The format-neutral assembly, fed the way a .docx reader will feed it (paragraph numbers for
 * lines, one piece per {@code w:tbl}): it gives what the text reader gives for the same document.
 */
class PublishedDocumentBuilderTests {

    static Row row(int line, String... cells) {
        return new Row(line, List.of(cells));
    }

    @Test
    void aDocxLikeFeedGivesWhatTheTextReaderGives() {
        PublishedDocument fed = new PublishedDocumentBuilder("test")
                .prose(1, "项目支出绩效自评表 (2024 年度)")
                .blank(2)
                .tablePiece(new TablePiece(3, 3, true, List.of(row(3, "", "", ""), row(5, "项目名称", "甲", ""))))
                .blank(6)
                .tablePiece(new TablePiece(7, 3, true, List.of(row(7, "", "", ""), row(9, "总分", "100", "99.68"))))
                .build();
        PublishedDocument read = PublishedText.read("test", """
                项目支出绩效自评表 (2024 年度)

                | | | |
                |--|--|--|
                | 项目名称 | 甲 | |

                | | | |
                |--|--|--|
                | 总分 | 100 | 99.68 |
                """);
        assertThat(fed).isEqualTo(read);
        assertThat(fed.tables()).singleElement().extracting(t -> t.rows().size()).isEqualTo(2);
    }

    @Test
    void proseEndsTheTableAPieceCouldContinue() {
        PublishedDocument document = new PublishedDocumentBuilder("test")
                .tablePiece(new TablePiece(1, 2, false, List.of(row(1, "a", "b"))))
                .prose(2, "续表")
                .tablePiece(new TablePiece(3, 2, false, List.of(row(3, "c", "d"))))
                .build();
        assertThat(document.tables()).extracting(PublishedTable::title).containsExactly("", "续表");
    }

    @Test
    void unreadableRowsBetweenPiecesDoNotEndTheTableAndComeOutInLineOrder() {
        PublishedDocument document = new PublishedDocumentBuilder("test")
                .tablePiece(new TablePiece(1, 2, false, List.of(row(1, "a", "b"))))
                .unreadable(3, "| 截断", "以竖线开头却没有第二条竖线")
                .unreadable(2, "x", "y")
                .tablePiece(new TablePiece(4, 2, false, List.of(row(4, "c", "d"))))
                .build();
        assertThat(document.tables()).singleElement().extracting(t -> t.rows().size()).isEqualTo(2);
        assertThat(document.unreadable()).extracting(PublishedDocument.Unreadable::line).containsExactly(2, 3);
    }

    @Test
    void blankProseIsABlankLine() {
        PublishedDocument document = new PublishedDocumentBuilder("test").prose(1, " \u3000").prose(2, null).build();
        assertThat(document.paragraphs()).isEmpty();
    }
}
