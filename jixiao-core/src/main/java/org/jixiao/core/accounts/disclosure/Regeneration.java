package org.jixiao.core.accounts.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.review.Stated;

/**
 * Regenerates a published disclosure's narrative from its own figures and pairs each regenerated
 * sentence with the published one: read ({@link DisclosureReader}), generate
 * ({@link NarrativeGenerator}), pair by section, subject and family, compare figures.
 *
 * <p>A pair <b>differs</b> when a figure of the published sentence cannot be the regenerated one
 * within the published precision: the published figure stands for its interval (22.35 for
 * [22.345, 22.355], {@link Stated}), the regenerated one for its range over inputs known to half a
 * cent; they differ when the two do not meet. A missing published sentence, or one stating a
 * different number of figures, differs. Cause placeholders never differ.
 */
public final class Regeneration {

    private static final Pattern FIGURE = Pattern.compile("(增加|减少|增长|下降|增下降|降低)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|[%％]|辆|台)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern LINE = Pattern.compile("第(\\d+)行");

    private Regeneration() {
    }

    public static List<SentencePair> of(PublishedDocument document) {
        return of(document, DisclosureReader.read(document).disclosure());
    }

    /**
     * Regenerates from the given figures (e.g. built from the disclosure tables,
     * {@code accounts.tables.TablesNarrative}) instead of those read from the narrative, and pairs each
     * sentence with the document's published one as {@link #of(PublishedDocument)} does.
     */
    public static List<SentencePair> of(PublishedDocument document, Disclosure disclosure) {
        DisclosureReading reading = DisclosureReader.read(document);
        Map<String, PublishedSentence> published = new LinkedHashMap<>();
        reading.sentences().forEach(s -> published.putIfAbsent(s.key(), s));
        List<Finding> findings = Reviewer.narrativeFindings(document.paragraphs());
        Set<Finding> used = new HashSet<>();
        List<SentencePair> pairs = new ArrayList<>();
        for (Sentence s : NarrativeGenerator.generate(disclosure)) {
            Optional<PublishedSentence> p = Optional.ofNullable(published.get(s.key()));
            String text = p.map(PublishedSentence::text).orElse("");
            int line = p.map(PublishedSentence::line).orElse(0);
            boolean differs = !s.isPlaceholder() && (p.isEmpty() || differs(text, s.figures()));
            List<Finding> mine = new ArrayList<>();
            if (!s.isPlaceholder() && p.isPresent()) {
                for (Finding f : findings) {
                    if (!used.contains(f) && lineOf(f) == line && states(text, f.found())) {
                        mine.add(f);
                        used.add(f);
                    }
                }
            }
            pairs.add(new SentencePair(s.section(), s.subject(), s.family(), line, text, s.text(), differs, mine));
        }
        return List.copyOf(pairs);
    }

    static boolean differs(String published, List<Figure> generated) {
        List<Stated> stated = figures(published);
        if (stated.size() != generated.size()) {
            return true;
        }
        for (int i = 0; i < stated.size(); i++) {
            Stated p = stated.get(i);
            Figure g = generated.get(i);
            if (p.low().compareTo(g.high()) > 0 || p.high().compareTo(g.low()) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figures a published sentence states, in order, a decrease negative ("减少 243.46 万元" → −243.46):
     * amounts (万元), percentages and counts (辆, 台（套）).
     */
    static List<Stated> figures(String text) {
        List<Stated> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            Stated s = Stated.of(m.group(2)).orElseThrow();
            String word = m.group(1) == null ? "" : m.group(1);
            boolean down = word.equals("减少") || word.equals("下降") || word.equals("增下降") || word.equals("降低");
            out.add(down ? new Stated(s.value().negate(), s.decimals()) : s);
        }
        return out;
    }

    private static boolean states(String text, String found) {
        BigDecimal value = Decimals.parseOrNull(found);
        return value != null && figures(text).stream().anyMatch(s -> s.value().abs().compareTo(value.abs()) == 0);
    }

    private static int lineOf(Finding f) {
        Matcher m = LINE.matcher(f.location());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * A sentence for comparing texts: white space and punctuation (of either width) removed, each
     * number written without trailing zeros ("2.50" → "2.5", "100.00" → "100").
     */
    public static String normalized(String text) {
        String c = ValueText.compact(text);
        Matcher m = NUMBER.matcher(c);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Decimals.canonical(new BigDecimal(m.group())).toPlainString());
        }
        m.appendTail(out);
        return out.toString().replaceAll("[\\p{P}\\p{S}&&[^%.]]", "");
    }
}
