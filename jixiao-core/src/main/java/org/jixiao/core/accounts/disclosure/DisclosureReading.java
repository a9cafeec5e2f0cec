package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;

/** What {@link DisclosureReader} reads from a published narrative: the figures, and the sentences they were read from. */
public record DisclosureReading(Disclosure disclosure, List<PublishedSentence> sentences) {

    public DisclosureReading {
        Objects.requireNonNull(disclosure, "disclosure");
        sentences = List.copyOf(sentences);
    }
}
