package org.jixiao.core.accounts.disclosure;

import java.util.Objects;

/** A sentence of a published narrative, as written, with the line of its paragraph and the key it pairs on. */
public record PublishedSentence(String key, int line, String text) {

    public PublishedSentence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
