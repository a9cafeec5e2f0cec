package org.jixiao.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.TableKind;

/**
 * What the review page shows: the tables recognised with their totals and grades, the findings
 * grouped by table, each linked to its line ({@code #line-N}), and the report's text with those
 * lines marked and linked back to their findings ({@code #finding-K}).
 */
public record ReviewPage(List<TableSummary> tables, List<Group> groups, List<Line> lines,
                         long errors, long warnings, long infos) {

    /** One recognised table; totals as text with two decimals, "" when the table has none. */
    public record TableSummary(TableKind kind, String title, Integer line, String reportedTotal, String itemsTotal,
                        String recomputedTotal, String reportedGrade, String recomputedGrade, int findings,
                        boolean totalDiffers, boolean gradeDiffers) {
        public String kindKey() {
            return "reports.kind." + kind.name();
        }
    }

    /** The findings of one table, or (documentLevel) those of the text around the tables. */
    public record Group(String title, Integer line, boolean documentLevel, List<Item> findings) {
    }

    /** One finding; {@code line} is null when its location names no line. */
    public record Item(String anchor, String code, Severity severity, String row, String location, Integer line,
                String message, String expected, String found) {
        public String checkKey() {
            return "reports.check." + code;
        }

        public String severityKey() {
            return "reports.severity." + severity.name();
        }
    }

    /** A line of the report; {@code severity} is the gravest finding on it, null when none. */
    public record Line(int number, String text, Severity severity, List<Item> findings) {
    }

    private static final Pattern LINE = Pattern.compile("第(\\d{1,9})行");

    static ReviewPage of(Review review, String content) {
        List<TableSummary> tables = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        Map<Integer, List<Item>> byLine = new HashMap<>();
        int[] next = {1};
        for (ReviewedTable t : review.tables()) {
            tables.add(summary(t));
            if (!t.findings().isEmpty()) {
                groups.add(new Group(t.title(), line(t.location()), false, items(t.findings(), next, byLine)));
            }
        }
        if (!review.findings().isEmpty()) {
            groups.add(new Group("", null, true, items(review.findings(), next, byLine)));
        }
        List<String> texts = ReportLines.of(content);
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            List<Item> on = byLine.getOrDefault(i + 1, List.of());
            Severity worst = on.stream().map(Item::severity).min(Enum::compareTo).orElse(null);
            lines.add(new Line(i + 1, texts.get(i), worst, on));
        }
        List<Finding> all = review.allFindings();
        long errors = count(all, Severity.ERROR);
        // as the list counts them: everything not an error is a warning, notes included
        return new ReviewPage(tables, groups, lines, errors, all.size() - errors, count(all, Severity.INFO));
    }

    private static List<Item> items(List<Finding> findings, int[] next, Map<Integer, List<Item>> byLine) {
        List<Item> items = new ArrayList<>();
        for (Finding f : findings) {
            Integer line = line(f.location());
            Item item = new Item("finding-" + next[0]++, f.code(), f.severity(), f.row(), f.location(), line,
                    f.message(), f.expected(), f.found());
            items.add(item);
            if (line != null) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(item);
            }
        }
        return items;
    }

    private static TableSummary summary(ReviewedTable t) {
        return new TableSummary(t.kind(), t.title(), line(t.location()), text(t.reportedTotal()), text(t.itemsTotal()),
                text(t.recomputedTotal()), t.reportedGrade().orElse(""), t.recomputedGrade().orElse(""),
                t.findings().size(), differ(t.reportedTotal(), t.recomputedTotal()),
                t.reportedGrade().isPresent() && t.recomputedGrade().isPresent()
                        && !t.reportedGrade().get().equals(t.recomputedGrade().get()));
    }

    /** The first line a location ("第12行") names. */
    static Integer line(String location) {
        Matcher m = LINE.matcher(location == null ? "" : location);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String text(Optional<Score> score) {
        return score.map(s -> shown(s.points()).toPlainString()).orElse("");
    }

    private static boolean differ(Optional<Score> a, Optional<Score> b) {
        return a.isPresent() && b.isPresent() && shown(a.get().points()).compareTo(shown(b.get().points())) != 0;
    }

    /** Totals are published with two decimals; the recomputed ones can carry many more. */
    private static BigDecimal shown(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
