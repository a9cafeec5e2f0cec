package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.PublishedTable.Row;

/**
 * Whatever is done to a published report — cut anywhere, lines shuffled, columns shuffled, noise
 * injected — reading it never throws, everything read points at a real line, and no line with
 * content is silently lost: each is a paragraph, a table row, reported unreadable, or markup.
 */
class PublishedTextProperties {

    private static final Map<String, String> SEEDS =
            Seeds.ALL.stream().collect(Collectors.toMap(Function.identity(), Seeds::text));

    private static final String[] NOISE = {
        "|", "||", "| |", "\t", "\t\t", "\n", "\r", "\r\n", "\n\n", "|---|---|", "|--|", "---", "<p>", "</p>",
        "<p style=\"", "<br/>", "<span>", "<!--", "&amp;", "&#x", "&#99999999;", "&#55296;", "&", "<", ">", "\\|",
        "\\", "# ", "- ", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "\u3000", "\u00A0", "\u0000", "\f", "2024年度",
        "单位：万元", "项目支出绩效自评表 (2024 年度)", "总分", "80. 46", "。", "：", "| 总分 | 100 | 99.68 |",
    };

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(Seeds.ALL);
    }

    @Property(tries = 300)
    void aRandomCutIsRead(@ForAll("seeds") String seed, @ForAll long randomSeed) {
        String text = SEEDS.get(seed);
        Random random = new Random(randomSeed);
        int a = random.nextInt(text.length() + 1);
        int b = random.nextInt(text.length() + 1);
        readsSoundly(text.substring(Math.min(a, b), Math.max(a, b)));
    }

    @Property(tries = 200)
    void shuffledLinesAreRead(@ForAll("seeds") String seed, @ForAll long randomSeed) {
        List<String> lines = new ArrayList<>(Arrays.asList(SEEDS.get(seed).split("\n", -1)));
        Collections.shuffle(lines, new Random(randomSeed));
        readsSoundly(String.join("\n", lines));
    }

    @Property(tries = 200)
    void shuffledColumnsAreRead(@ForAll("seeds") String seed, @ForAll long randomSeed) {
        Random random = new Random(randomSeed);
        StringBuilder out = new StringBuilder();
        for (String line : SEEDS.get(seed).split("\n", -1)) {
            String delimiter = line.indexOf('|') >= 0 ? "|" : line.indexOf('\t') >= 0 ? "\t" : null;
            if (delimiter != null && random.nextBoolean()) {
                List<String> cells = new ArrayList<>(Arrays.asList(line.split(delimiter.equals("|") ? "\\|" : "\t", -1)));
                Collections.shuffle(cells, random);
                line = String.join(delimiter, cells);
            }
            out.append(line).append('\n');
        }
        readsSoundly(out.toString());
    }

    @Property(tries = 300)
    void injectedNoiseIsRead(@ForAll("seeds") String seed, @ForAll long randomSeed) {
        Random random = new Random(randomSeed);
        StringBuilder text = new StringBuilder(SEEDS.get(seed));
        int injections = 1 + random.nextInt(60);
        for (int i = 0; i < injections; i++) {
            int at = random.nextInt(text.length() + 1);
            if (random.nextInt(4) == 0 && at < text.length()) {
                text.deleteCharAt(at);
            } else {
                text.insert(at, NOISE[random.nextInt(NOISE.length)]);
            }
        }
        readsSoundly(text.toString());
    }

    @Property(tries = 300)
    void arbitraryTextIsRead(@ForAll String text) {
        readsSoundly(text);
    }

    @Property(tries = 300)
    void textMadeOfTableMarkupIsRead(@ForAll long randomSeed) {
        Random random = new Random(randomSeed);
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            text.append(NOISE[random.nextInt(NOISE.length)]);
        }
        readsSoundly(text.toString());
    }

    /** Reads {@code text} and checks what came out against the lines that went in. */
    static void readsSoundly(String text) {
        PublishedDocument document = PublishedText.read("property", text);
        // The reviewer, too, takes whatever the reader produced: it never throws, and every finding says what and where.
        org.jixiao.core.review.Review review = org.jixiao.core.review.Reviewer.review(document, 2024);
        assertThat(review.allFindings()).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.location()).matches("(第\\d+行)?");
        });
        List<String> lines = PublishedText.lines(text);
        int lineCount = lines.size();

        Set<Integer> accounted = new HashSet<>();
        int previousTable = 0;
        for (PublishedTable table : document.tables()) {
            assertThat(table.rows()).as("a table has rows").isNotEmpty();
            assertThat(table.line()).isGreaterThanOrEqualTo(previousTable).isBetween(1, lineCount);
            assertThat(table.line()).isLessThanOrEqualTo(table.rows().get(0).line());
            previousTable = table.line();
            int previousRow = 0;
            for (Row row : table.rows()) {
                assertThat(row.line()).as("rows in line order").isGreaterThan(previousRow).isLessThanOrEqualTo(lineCount);
                assertThat(row.cells()).doesNotContainNull();
                previousRow = row.line();
                accounted.add(row.line());
            }
        }
        int previousParagraph = 0;
        for (PublishedDocument.Paragraph paragraph : document.paragraphs()) {
            assertThat(paragraph.line()).isGreaterThan(previousParagraph).isLessThanOrEqualTo(lineCount);
            assertThat(paragraph.text()).isNotBlank();
            previousParagraph = paragraph.line();
            accounted.add(paragraph.line());
        }
        for (PublishedDocument.Unreadable unreadable : document.unreadable()) {
            assertThat(unreadable.line()).isBetween(1, lineCount);
            assertThat(unreadable.reason()).isNotBlank();
            accounted.add(unreadable.line());
        }

        Set<List<String>> rowsRead = new HashSet<>();
        document.tables().forEach(t -> t.rows().forEach(r -> rowsRead.add(r.cells())));
        for (int i = 0; i < lineCount; i++) {
            String line = lines.get(i);
            if (Blanks.isBlank(line) || accounted.contains(i + 1)) {
                continue;
            }
            assertThat(isMarkup(line) || isRepeatedRow(line, rowsRead))
                    .as("line %d is neither read, reported nor markup: %s", i + 1, line)
                    .isTrue();
        }
    }

    /** A separator row, a blank header row, a bare heading mark or bullet: nothing a publisher wrote. */
    private static boolean isMarkup(String line) {
        String visible = HtmlFragments.toText(line).text().replaceAll("[#*+|:\\-\\s\\u3000\\u00A0\\uFEFF\\u200B]", "");
        return visible.isEmpty();
    }

    /** A header row repeated at the top of a continuation piece, dropped because the table already has it. */
    private static boolean isRepeatedRow(String line, Set<List<String>> rowsRead) {
        List<String> cells = PublishedText.splitPipes(line).stream()
                .map(c -> HtmlFragments.toText(c).text())
                .toList();
        return rowsRead.stream().anyMatch(row -> sameIgnoringTrailingBlanks(row, cells));
    }

    private static boolean sameIgnoringTrailingBlanks(List<String> a, List<String> b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
