package org.jixiao.core.method.internal;

import java.util.ArrayList;
import java.util.List;

/** A stretch of normalised text between ; 。 ! ? or sub-clause numbers; {@code numbered} when one starts it. */
record Sentence(int start, int end, boolean numbered) {

    /** The sentences of a text, in order; empty stretches (";;") are none. */
    static List<Sentence> split(String t) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        boolean numbered = false;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ';';
            if (c == ';' || c == '。' || c == Source.ENUM || c == '!' || c == '?') {
                if (i > start) {
                    sentences.add(new Sentence(start, i, numbered));
                }
                numbered = c == Source.ENUM;
                start = i + 1;
            }
        }
        return sentences;
    }
}
