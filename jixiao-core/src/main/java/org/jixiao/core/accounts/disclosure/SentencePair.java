package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.review.Finding;

/**
 * A regenerated sentence beside the published one it corresponds to (same section and subject; an
 * empty published text when the disclosure has none), whether a figure differs beyond what the
 * published precision explains, and the reviewer's findings on the published sentence.
 */
public record SentencePair(String section, String subject, Sentence.Family family, int line, String published, String generated,
                           boolean differs, List<Finding> findings) {

    public SentencePair {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(generated, "generated");
        findings = List.copyOf(findings);
    }

    public boolean isPlaceholder() {
        return family == Sentence.Family.CAUSE;
    }

    /** Whether the two texts say the same words and numbers (see {@link Regeneration#normalized}). */
    public boolean sameText() {
        return Regeneration.normalized(published).equals(Regeneration.normalized(generated));
    }
}
