package org.jixiao.core.framework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;

/**
 * A framework's content without where it was read from: line numbers and the source name are
 * bookkeeping of one reading, not part of the framework, so two readings of the same content at
 * different lines compare equal after {@link #of}.
 */
public final class FrameworkContent {

    private FrameworkContent() {
    }

    /** The framework with every line number 0 and no source name. */
    public static Framework of(Framework f) {
        return new Framework(f.id(), f.title(), f.year(), f.kind(), f.fullMark(), f.rounding(), f.grades(),
                f.nodes().stream().map(FrameworkContent::node).toList(),
                f.amounts().stream().map(FrameworkContent::table).toList(), f.template(), "");
    }

    public static boolean same(Framework a, Framework b) {
        return of(a).equals(of(b));
    }

    /**
     * Where two frameworks first differ, for a message: "表头", an indicator code, or an amount
     * table's name; empty when their content is the same.
     */
    public static Optional<String> firstDifference(Framework a, Framework b) {
        Framework x = of(a);
        Framework y = of(b);
        if (x.equals(y)) {
            return Optional.empty();
        }
        Framework xHeader = new Framework(x.id(), x.title(), x.year(), x.kind(), x.fullMark(), x.rounding(), x.grades(),
                List.of(), List.of(), x.template(), "");
        Framework yHeader = new Framework(y.id(), y.title(), y.year(), y.kind(), y.fullMark(), y.rounding(), y.grades(),
                List.of(), List.of(), y.template(), "");
        if (!xHeader.equals(yHeader)) {
            return Optional.of("表头");
        }
        List<Node> xs = flat(x.nodes());
        List<Node> ys = flat(y.nodes());
        for (int i = 0; i < Math.max(xs.size(), ys.size()); i++) {
            if (i >= xs.size() || i >= ys.size()) {
                return Optional.of((i < xs.size() ? xs : ys).get(i).code());
            }
            if (!xs.get(i).equals(ys.get(i))) {
                return Optional.of(xs.get(i).code());
            }
        }
        for (int i = 0; i < Math.max(x.amounts().size(), y.amounts().size()); i++) {
            if (i >= x.amounts().size() || i >= y.amounts().size() || !x.amounts().get(i).equals(y.amounts().get(i))) {
                return Optional.of((i < x.amounts().size() ? x : y).amounts().get(i).name());
            }
        }
        return Optional.of("");
    }

    /** Every node in table order, groups without their children, so the first differing one is found. */
    private static List<Node> flat(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Group g) {
                out.add(new Group(g.code(), g.name(), g.weight(), g.level(), List.of(), g.bonusCap(), 0));
                out.addAll(flat(g.children()));
            } else {
                out.add(node);
            }
        }
        return out;
    }

    private static Node node(Node node) {
        if (node instanceof Group g) {
            return new Group(g.code(), g.name(), g.weight(), g.level(), g.children().stream().map(FrameworkContent::node).toList(),
                    g.bonusCap(), 0);
        }
        Indicator i = (Indicator) node;
        return new Indicator(i.code(), i.name(), i.weight(), i.level(), i.nature(), i.direction(), i.target(),
                i.halfYearTarget(), i.unitOfMeasure(), i.rule(), i.ruleStated(), i.method(), i.notes(), 0);
    }

    private static AmountTable table(AmountTable t) {
        return new AmountTable(t.name(), t.unit(), t.columns(), t.rows().stream().map(FrameworkContent::row).toList());
    }

    private static AmountRow row(AmountRow r) {
        return new AmountRow(r.label(), r.values(), r.children().stream().map(FrameworkContent::row).toList(), 0);
    }
}
