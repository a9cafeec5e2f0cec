package org.jixiao.core.method.internal;

/**
 * Text of a sentence not taken by any unit; {@code wholeSentence} when the sentence has no unit at all.
 * Every piece must end up commentary or part of the rule, or the rule is manual.
 */
record Piece(int start, int end, Sentence sentence, boolean wholeSentence) {
}
