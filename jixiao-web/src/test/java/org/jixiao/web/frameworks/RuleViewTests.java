package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.Span;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/** Highlighting and header replacement, without the application. */
class RuleViewTests {

    @Test
    void piecesAddUpToTheTextWhateverTheSpans() {
        String text = "达到90%得2分,未达到根据完成度得分";
        List<Span> spans = List.of(new Span("target", 2, 5, "90%"), new Span("full", 2, 8, "90%得2分"),
                new Span("partial", 9, 19, "未达到根据完成度得分"), new Span("note", 30, 40, ""));

        List<RuleView.Piece> pieces = RuleView.pieces(text, spans);

        assertThat(String.join("", pieces.stream().map(RuleView.Piece::text).toList())).isEqualTo(text);
        assertThat(pieces).containsExactly(
                new RuleView.Piece("达到", false, ""),
                new RuleView.Piece("90%", true, "target"),
                new RuleView.Piece("得2分", true, "full"),
                new RuleView.Piece(",", false, ""),
                new RuleView.Piece("未达到根据完成度得分", true, "partial"));
    }

    @Test
    void aCompiledMethodMarksWhatItUnderstoodAndAManualOneSaysWhy() {
        RuleView proportional = RuleView.compiled("达到90%得2分,未达到根据完成度得分", CompileContext.of(Score.of(2)), "");
        RuleView manual = RuleView.compiled("视情况酌情扣分", CompileContext.of(Score.of(2)), "");

        assertThat(proportional.manual()).isFalse();
        assertThat(proportional.canonical()).isEqualTo("达到90%得2分，未达到根据完成度得分");
        assertThat(proportional.pieces()).anyMatch(p -> p.marked() && p.text().contains("90%"));
        assertThat(manual.manual()).isTrue();
        assertThat(manual.reason()).isNotBlank();
    }

    @Test
    void headerLinesAreReplacedInPlaceAndOnlyInTheHeader() {
        String text = "# title: a comment\nframework: old\ntitle: 旧\nyear: 2024\r\n\nindicators:\nA | title: x | 10\n";

        String replaced = HeaderLines.replace(HeaderLines.replace(text, "year", "2025"), "title", "新");

        assertThat(replaced).isEqualTo("# title: a comment\nframework: old\ntitle: 新\nyear: 2025\r\n\nindicators:\nA | title: x | 10\n");
        assertThat(HeaderLines.replace("indicators:\nkind: x\n", "kind", "y")).isEqualTo("kind: y\nindicators:\nkind: x\n");
    }
}
