package org.jixiao.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 评价为“规范”得2分，“较规范”得1分，“不规范”得0分: a label maps to points. A grade may have
 * several names ("已执行" and "是").
 */
public record GradedLabels(List<Grade> grades) implements ScoringRule {

    /** One grade: its names as written, and the points it earns. */
    public record Grade(List<String> names, Score points) {
        public Grade {
            names = names.stream().map(ValueText::label).toList();
            Objects.requireNonNull(points, "points");
            if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("a grade needs a name");
            }
            if (points.isNegative()) {
                throw new IllegalArgumentException("a grade's points must not be negative: " + points);
            }
        }

        public static Grade of(String name, String points) {
            return new Grade(List.of(name), Score.of(points));
        }
    }

    public GradedLabels {
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("graded labels need at least one grade");
        }
    }

    public Optional<Grade> gradeOf(String label) {
        String wanted = ValueText.label(label);
        return grades.stream().filter(g -> g.names().contains(wanted)).findFirst();
    }

    public Score highest() {
        return grades.stream().map(Grade::points).max(Score::compareTo).orElse(Score.ZERO);
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        if (input.actual() instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写评价结果");
        }
        if (!(input.actual() instanceof Actual.Reading reading)) {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "该规则需要一个评价档次");
        }
        Optional<Grade> grade = gradeOf(reading.text());
        if (grade.isPresent()) {
            Score points = grade.get().points().min(input.weight());
            return RuleOutcome.scored(points, "评价为“" + grade.get().names().get(0) + "”，得" + points + "分");
        }
        return RuleOutcome.undecided(Undecided.UNKNOWN_LABEL, "评价结果“" + reading.label() + "”不在评分办法所列档次（"
                + grades.stream().map(g -> g.names().get(0)).collect(Collectors.joining("、")) + "）之中，需人工判断");
    }

    @Override
    public String kind() {
        return "labels";
    }
}
