package org.jixiao.core.method;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.ScoringRule;

/**
 * The result of compiling one 评分办法 text.
 *
 * @param rule          the executable rule; a {@link Manual} rule when {@code manual}
 * @param manual        true when the text asks for a person's judgement, or could not be understood
 * @param reason        why the rule is manual, naming the part of the text concerned (Chinese); empty otherwise
 * @param spans         for each part of the rule, the text it came from
 * @param canonicalText the rule written back in canonical Chinese ({@link RuleText#render})
 * @param weight        the weight the rule was compiled for: the context's, else the full marks the text states
 * @param notes         what a reader should know although the rule is executable (Chinese): a standard value
 *                      taken as the full-mark grade, numbers no band covers, a part that needs judgement
 */
public record CompiledRule(ScoringRule rule, boolean manual, String reason, List<Span> spans, String canonicalText,
                           Optional<Score> weight, List<String> notes) {

    public CompiledRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        spans = List.copyOf(spans);
        Objects.requireNonNull(canonicalText, "canonicalText");
        Objects.requireNonNull(weight, "weight");
        notes = List.copyOf(notes);
        if (manual != (rule instanceof Manual)) {
            throw new IllegalArgumentException("manual must be true exactly for a manual rule");
        }
    }
}
