package org.jixiao.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every shipped entry, however its code or its path is written: it is found, and
 * found alone; and the tree is consistent (a path ends at its entry, a child's parent is the entry).
 */
class ClassificationProperties {

    record Shipped(Classification classification, ClassificationEntry entry) {
        @Override
        public String toString() {
            return classification.id() + " " + entry;
        }
    }

    @Provide
    Arbitrary<Shipped> entries() {
        List<Shipped> all = new ArrayList<>();
        for (Classification c : ShippedClassifications.all()) {
            c.entries().forEach(e -> all.add(new Shipped(c, e)));
        }
        return Arbitraries.of(all);
    }

    /** A code with random separators between its digits and random full-width digits is found. */
    @Property(tries = 500)
    void aCodeWrittenAnyWayFindsItsEntry(@ForAll("entries") Shipped s, @ForAll long seed) {
        Random random = new Random(seed);
        String[] separators = {"", "", " ", "-", ".", "　", "－", " - "};
        StringBuilder written = new StringBuilder();
        String code = s.entry().code();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0) {
                written.append(separators[random.nextInt(separators.length)]);
            }
            char digit = code.charAt(i);
            written.append(random.nextBoolean() ? digit : (char) ('０' + (digit - '0')));
        }
        assertThat(s.classification().byCode(written.toString())).contains(s.entry());
        assertThat(s.classification().resolve(written.toString())).containsExactly(s.entry());
    }

    /**
     * The whole path of names, with spaces anywhere (as OCR puts them), full- or half-width
     * brackets, level suffixes or separators, finds its entry and nothing else.
     */
    @Property(tries = 1000)
    void aPathOfNamesWrittenAnyWayFindsItsEntryAlone(@ForAll("entries") Shipped s, @ForAll long seed) {
        Random random = new Random(seed);
        boolean suffixes = random.nextBoolean();
        StringBuilder written = new StringBuilder();
        for (ClassificationEntry step : s.classification().path(s.entry())) {
            if (written.length() > 0 && !suffixes) {
                written.append(random.nextBoolean() ? " › " : ">");
            }
            written.append(noisy(step.name(), random));
            if (suffixes) {
                written.append(random.nextBoolean() ? "（" + step.level().label() + "）" : "(" + step.level().label() + ")");
            }
        }
        assertThat(s.classification().resolve(written.toString())).as(written.toString()).containsExactly(s.entry());
    }

    /** The path ends at the entry, has one step per level, and every child names the entry as its parent. */
    @Property(tries = 300)
    void theTreeIsConsistent(@ForAll("entries") Shipped s) {
        Classification c = s.classification();
        List<ClassificationEntry> path = c.path(s.entry());

        assertThat(path).last().isEqualTo(s.entry());
        assertThat(path).hasSize(s.entry().level().ordinal() + 1);
        assertThat(path.get(0).level()).isEqualTo(Level.CLASS);
        assertThat(c.children(s.entry())).allSatisfy(child -> {
            assertThat(c.parent(child)).contains(s.entry());
            assertThat(child.code()).startsWith(s.entry().code());
        });
        assertThat(c.byName(s.entry().name())).contains(s.entry());
    }

    private static String noisy(String name, Random random) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (random.nextInt(5) == 0) {
                out.append(random.nextBoolean() ? ' ' : '　');
            }
            out.append(switch (ch) {
                case '（' -> random.nextBoolean() ? '(' : '（';
                case '）' -> random.nextBoolean() ? ')' : '）';
                default -> ch;
            });
        }
        return out.toString();
    }
}
