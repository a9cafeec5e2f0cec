package org.jixiao.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.measure.ValueText;
import org.junit.jupiter.api.Test;

/** The direction a target implies when a framework states none: the one rule the parser and the monitoring share. */
class DirectionTests {

    @Test
    void aTargetImpliesItsDirection() {
        assertThat(Direction.impliedBy(ValueText.target("2024年6月底前"))).isEqualTo(Direction.BY_DATE);
        assertThat(Direction.impliedBy(ValueText.target("≤3次"))).isEqualTo(Direction.AT_MOST);
        assertThat(Direction.impliedBy(ValueText.target("<5%"))).isEqualTo(Direction.AT_MOST);
        assertThat(Direction.impliedBy(ValueText.target("=400节"))).isEqualTo(Direction.EQUAL);
        assertThat(Direction.impliedBy(ValueText.target("≥95%"))).isEqualTo(Direction.AT_LEAST);
        // no sign, a word, nothing: more is better
        assertThat(Direction.impliedBy(ValueText.target("170节"))).isEqualTo(Direction.AT_LEAST);
        assertThat(Direction.impliedBy(ValueText.target("健全"))).isEqualTo(Direction.AT_LEAST);
        assertThat(Direction.impliedBy(ValueText.target(""))).isEqualTo(Direction.AT_LEAST);
    }

    @Test
    void theParserAssumesTheSameWhereNoDirectionIsWritten() {
        String[] targets = {"2024年1月份至2月份", "=1份", "≤5次", "≥95%", "170", "有效减少", ">3万人次"};
        StringBuilder text = new StringBuilder("""
                framework: implied
                title: 未写方向
                year: 2024
                kind: project-self-evaluation
                full-mark: 70

                indicators:
                """);
        for (int i = 0; i < targets.length; i++) {
            text.append("I").append(i).append(" | 指标").append(i).append(" | 10\n  target: ").append(targets[i]).append('\n');
        }
        Framework framework = FrameworkFormat.read("implied.jxf", text.toString()).orThrow();

        for (int i = 0; i < targets.length; i++) {
            assertThat(framework.indicator("I" + i).orElseThrow().direction()).as(targets[i])
                    .isEqualTo(Direction.impliedBy(ValueText.target(targets[i])));
        }
        assertThat(framework.indicator("I0").orElseThrow().direction()).isEqualTo(Direction.BY_DATE);
        assertThat(framework.indicator("I2").orElseThrow().direction()).isEqualTo(Direction.AT_MOST);
    }
}
