package org.jixiao.web.frameworks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.number.Score;
import org.jixiao.web.frameworks.FrameworkView.Row;
import org.jixiao.web.frameworks.FrameworkView.Weights;

/**
 * A framework text checked as the editor shows it on every keystroke: every problem with its line
 * and code, the weights against the full mark, and each indicator's 评分办法 compiled. While the
 * text has errors the parser gives no framework, so the rows come from a plain reading of the
 * indicator lines; the user still sees what each method text compiles to as they fix the rest.
 */
public record TextCheck(Optional<Framework> framework, List<FrameworkProblem> problems, List<Row> rows, Weights weights) {

    /** The most characters a framework text may have (the largest shipped one is about 20,000). */
    public static final int MAX_LENGTH = 200_000;

    public static TextCheck of(String source, String text) {
        FrameworkLoad load = FrameworkFormat.read(source, text);
        if (load.framework().isPresent()) {
            Framework f = load.framework().get();
            return new TextCheck(load.framework(), load.problems(), FrameworkView.rows(f), FrameworkView.weights(f));
        }
        Scan scan = Scan.read(text);
        return new TextCheck(Optional.empty(), load.problems(), scan.rows(), scan.weights());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(FrameworkProblem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(FrameworkProblem::isError).count();
    }

    /** The indicator lines read one by one, without the parser's checks; for showing, never for saving. */
    private record Scan(List<Row> rows, Weights weights) {

        private static final class Node {
            final String code;
            final String name;
            final String weight;
            final int depth;
            final Map<String, String> attributes = new HashMap<>();
            boolean hasChildren;

            Node(String code, String name, String weight, int depth) {
                this.code = code;
                this.name = name;
                this.weight = weight;
                this.depth = depth;
            }
        }

        static Scan read(String text) {
            String fullMark = "100";
            boolean indicators = false;
            int base = -1;
            List<Node> nodes = new ArrayList<>();
            for (String raw : text.split("\r?\n", -1)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int indent = raw.length() - raw.stripLeading().length();
                if (indent == 0 && (line.equals("indicators:") || line.startsWith("amounts:"))) {
                    indicators = line.equals("indicators:");
                    continue;
                }
                int colon = line.indexOf(':');
                boolean attribute = colon > 0 && line.substring(0, colon).matches("[a-z][a-z-]*");
                if (!indicators) {
                    if (attribute && line.startsWith("full-mark:")) {
                        fullMark = line.substring(colon + 1).strip();
                    }
                } else if (attribute) {
                    if (!nodes.isEmpty()) {
                        nodes.get(nodes.size() - 1).attributes.putIfAbsent(line.substring(0, colon), line.substring(colon + 1).strip());
                    }
                } else {
                    String[] parts = line.split("\\|", -1);
                    if (parts.length >= 2 && parts.length <= 3) {
                        base = base < 0 ? indent : base;
                        int depth = Math.max(0, (indent - base) / 2);
                        if (!nodes.isEmpty() && depth > nodes.get(nodes.size() - 1).depth) {
                            nodes.get(nodes.size() - 1).hasChildren = true;
                        }
                        nodes.add(new Node(parts[0].strip(), parts[1].strip(), parts.length == 3 ? parts[2].strip() : "", depth));
                    }
                }
            }
            return new Scan(nodes.stream().map(Scan::row).toList(), weights(nodes, score(fullMark)));
        }

        private static Row row(Node n) {
            String target = n.attributes.getOrDefault("target", "");
            String method = n.attributes.getOrDefault("method", "");
            RuleView rule = n.hasChildren ? null
                    : method.isBlank() ? RuleView.none("") : RuleView.compiled(method, context(n, target), "");
            return new Row(n.code, n.name, n.depth + 1, n.hasChildren, n.weight, target, n.attributes.getOrDefault("half-year", ""),
                    n.attributes.getOrDefault("unit", ""), n.attributes.getOrDefault("bonus-cap", ""), rule);
        }

        private static CompileContext context(Node n, String target) {
            CompileContext context = CompileContext.none().withTarget(target);
            Score weight = score(n.weight);
            if (weight != null && !weight.isNegative()) {
                context = context.withWeight(weight);
            }
            String nature = n.attributes.getOrDefault("nature", "");
            if (nature.equals("定性")) {
                context = context.withNature(CompileContext.Nature.QUALITATIVE);
            } else if (nature.equals("定量")) {
                context = context.withNature(CompileContext.Nature.QUANTITATIVE);
            }
            return context;
        }

        private static Weights weights(List<Node> nodes, Score fullMark) {
            Score total = Score.ZERO;
            Score bonus = Score.ZERO;
            boolean complete = true;
            for (Node n : nodes) {
                if (n.depth != 0) {
                    continue;
                }
                Score weight = score(n.weight);
                if (n.attributes.containsKey("bonus-cap")) {
                    bonus = bonus.plus(weight == null ? Score.ZERO : weight);
                } else if (weight == null) {
                    complete = false;
                } else {
                    total = total.plus(weight);
                }
            }
            return new Weights(complete ? total : null, fullMark == null ? Score.of(100) : fullMark, bonus);
        }

        private static Score score(String text) {
            try {
                return text == null || text.isBlank() ? null : Score.of(text.strip());
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
