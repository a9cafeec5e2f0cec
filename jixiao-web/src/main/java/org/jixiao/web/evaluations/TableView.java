package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.review.Finding;
import org.jixiao.core.rule.RuleOutcome;

/**
 * A table as its page shows it: the framework's rows in order with what was entered, what each
 * scores, what it still asks for, the reviewer's comments, and the findings.
 */
public record TableView(EvaluationStore.Header header, Framework framework, Entries entries, LiveScore score,
                        List<Line> lines, Map<String, List<EvaluationStore.Comment>> comments,
                        List<EvaluationStore.Comment> tableComments, Actions actions) {

    /** One row: a group (subtotal) or an indicator (entry). */
    public record Line(Node node, boolean group, int level, Entries.Entry entry, String score, String ask,
                       String askKind, String target, String unit, String method, boolean lostPoints,
                       boolean pending) {
        public String code() {
            return node.code();
        }

        public String weight() {
            return node.weight().map(Object::toString).orElse("");
        }
    }

    /** What the user may do now. */
    public record Actions(boolean edit, boolean submit, boolean sendBack, boolean approve, boolean publish, boolean unlock) {
        public boolean any() {
            return edit || submit || sendBack || approve || publish || unlock;
        }
    }

    public static TableView of(EvaluationStore.Header header, Framework framework, Entries entries, LiveScore score,
                               List<EvaluationStore.Comment> comments, Actions actions) {
        List<Line> lines = new ArrayList<>();
        for (Node n : framework.nodes()) {
            add(n, framework, entries, score, lines);
        }
        Map<String, List<EvaluationStore.Comment>> byRow = comments.stream().filter(c -> c.indicatorCode() != null)
                .collect(Collectors.groupingBy(EvaluationStore.Comment::indicatorCode));
        List<EvaluationStore.Comment> whole = comments.stream().filter(c -> c.indicatorCode() == null).toList();
        return new TableView(header, framework, entries, score, lines, byRow, whole, actions);
    }

    public List<Finding> findings() {
        return score.findings();
    }

    public String total() {
        return score.sheet().total().toString();
    }

    public String grade() {
        return score.sheet().grade().map(g -> g.name()).orElse("");
    }

    public boolean hasFunds() {
        return !entries.funds().isEmpty();
    }

    private static void add(Node node, Framework framework, Entries entries, LiveScore score, List<Line> out) {
        if (node instanceof Group g) {
            String subtotal = score.sheet().subtotal(g.code()).map(Object::toString).orElse("");
            out.add(new Line(g, true, g.level(), Entries.Entry.EMPTY, subtotal, "", "", "", "", "", false, false));
            for (Node child : g.children()) {
                add(child, framework, entries, score, out);
            }
            return;
        }
        Indicator i = (Indicator) node;
        RowScore row = score.sheet().row(i.code());
        String ask = "";
        String askKind = "";
        boolean pending = row.decision() == RowScore.Decision.PENDING;
        if (pending && row.outcome() instanceof RuleOutcome.NeedsJudgement nj && !entries.row(i.code()).actual().isEmpty()) {
            ask = nj.message();
            askKind = "judgement";
        } else if (row.needsDeviationReason()) {
            ask = "lost";
            askKind = "reason";
        }
        out.add(new Line(i, false, i.level(), entries.row(i.code()), row.score().map(Object::toString).orElse(""), ask,
                askKind, i.target().text(), i.unitOfMeasure(), i.method(), !row.lostPoints().isZero(), pending));
    }
}
