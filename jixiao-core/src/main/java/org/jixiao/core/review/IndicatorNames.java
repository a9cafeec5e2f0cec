package org.jixiao.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.review.internal.IndicatorMatch;

/**
 * Which framework the rows of a table name, and which indicator each row is: the matching
 * {@link Reviewer#readEvaluations} uses for published tables, for other readers of tables (an Excel
 * workbook a person filled in). Names are compared without OCR spaces, full-width forms, quotes,
 * punctuation or symbols; a name a framework uses twice is told apart by the row's 二级指标, else
 * taken in order. The funds row (预算执行率, fed by the funds block) is never matched.
 */
public final class IndicatorNames {

    private IndicatorNames() {
    }

    /** A row to place: its 二级指标 as carried down ("" when unknown) and its 三级指标 name. */
    public record Row(String level2, String name) {
        public Row {
            level2 = level2 == null ? "" : level2;
            name = name == null ? "" : name;
        }
    }

    /** The framework chosen, and per row (in the order given) the indicator it names, empty where none. */
    public record Match(Framework framework, List<Optional<Indicator>> indicators) {
        public Match {
            Objects.requireNonNull(framework, "framework");
            indicators = List.copyOf(indicators);
        }

        /** How many rows name an indicator. */
        public int named() {
            return (int) indicators.stream().filter(Optional::isPresent).count();
        }
    }

    /**
     * The candidate of {@code kind} (templates left out) whose indicators the rows name best, if at
     * least two thirds of the rows name one of its indicators; ties go to the framework left with fewer
     * indicators unnamed, then to the earlier candidate. Linear in rows plus indicators.
     */
    public static Optional<Match> match(List<Row> rows, List<Framework> candidates, FrameworkKind kind) {
        List<IndicatorMatch.Wanted> wanted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            wanted.add(new IndicatorMatch.Wanted(i + 1, rows.get(i).level2(), rows.get(i).name()));
        }
        return IndicatorMatch.best(wanted, candidates, kind).map(r -> {
            List<Optional<Indicator>> placed = new ArrayList<>(r.indicators().size());
            for (Indicator indicator : r.indicators()) {
                placed.add(Optional.ofNullable(indicator));
            }
            return new Match(r.framework(), placed);
        });
    }

    /** The form in which names are compared: "（市、区两级）" and "(市、区两级)" have the same key. */
    public static String key(String name) {
        return IndicatorMatch.key(name);
    }
}
