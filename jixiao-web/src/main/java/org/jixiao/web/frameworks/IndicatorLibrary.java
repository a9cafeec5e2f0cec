package org.jixiao.web.frameworks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.core.number.Score;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The indicator library (指标库): the indicators of every framework a user may see, so that a finance
 * officer reuses a well-formed indicator instead of typing it again. The scope comes from
 * {@link FrameworkCatalog#visible}, the one scoped query; the frameworks are parsed through its cache.
 * Identical indicators (a unit's copy of a shipped framework repeats it) are listed once, from the
 * first framework that has them (shipped first), with how many other frameworks have the same.
 * The funds row (预算执行率, execution-rate) is the template's own row, not a reusable indicator.
 */
@Service
public class IndicatorLibrary {

    public static final int PAGE_SIZE = 50;

    /**
     * One indicator as the library lists it.
     *
     * @param path   the names of its groups from level 1 (一级 › 二级 …)
     * @param others how many other visible frameworks have the same indicator in the same place
     * @param rule   its 评分办法 compiled; only for the entries of the page shown
     */
    public record Entry(StoredFramework source, Indicator indicator, List<String> path, int others, RuleView rule) {
        public String pathText() {
            return String.join(LibraryQuery.SEPARATOR, path);
        }

        public String target() {
            return indicator.target().text();
        }

        public String weight() {
            return indicator.weight().map(Score::toString).orElse("");
        }

        public String natureKey() {
            return "indicators.nature." + indicator.nature().name();
        }
    }

    /** A page of matches; {@code categories} are the level-1 and level-2 paths the filter offers. */
    public record Result(List<Entry> entries, int total, int page, List<String> categories) {
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public int first() {
            return (page - 1) * PAGE_SIZE + 1;
        }

        public int last() {
            return first() + entries.size() - 1;
        }
    }

    private record Found(StoredFramework source, Indicator indicator, List<String> path) {
        /** What makes two indicators the same for the library: everything a reuse copies, and where it stands. */
        List<Object> identity() {
            return List.of(path, indicator.name(), indicator.nature(), indicator.target().text(), indicator.unitOfMeasure(),
                    indicator.method(), indicator.weight().map(Score::toString).orElse(""));
        }
    }

    private final FrameworkCatalog catalog;

    IndicatorLibrary(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    public Result search(CurrentUser user, LibraryQuery query) {
        List<Found> all = new ArrayList<>();
        for (StoredFramework stored : catalog.visible(user)) {
            collect(stored, catalog.framework(stored).nodes(), List.of(), all);
        }
        Set<String> categories = new LinkedHashSet<>();
        all.forEach(f -> {
            if (!f.path().isEmpty()) {
                categories.add(f.path().get(0));
            }
            if (f.path().size() > 1) {
                categories.add(f.path().get(0) + LibraryQuery.SEPARATOR + f.path().get(1));
            }
        });
        if (query.problem() != null) {
            return new Result(List.of(), 0, 1, List.copyOf(categories));
        }
        // first occurrence wins; the others are counted against it
        Map<List<Object>, Integer> firstIndex = new HashMap<>();
        List<Found> matches = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (Found f : all) {
            if (!matches(f, query)) {
                continue;
            }
            Integer at = firstIndex.get(f.identity());
            if (at == null) {
                firstIndex.put(f.identity(), matches.size());
                matches.add(f);
                others.add(0);
            } else {
                others.set(at, others.get(at) + 1);
            }
        }
        int from = Math.min(matches.size(), (query.page() - 1) * PAGE_SIZE);
        int to = Math.min(matches.size(), from + PAGE_SIZE);
        List<Entry> page = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Found f = matches.get(i);
            page.add(new Entry(f.source(), f.indicator(), f.path(), others.get(i), RuleView.of(f.indicator())));
        }
        return new Result(page, matches.size(), query.page(), List.copyOf(categories));
    }

    private static boolean matches(Found f, LibraryQuery query) {
        FrameworkKind kind = query.frameworkKind();
        if (kind != null && !kind.name().equals(f.source().kind())) {
            return false;
        }
        Nature nature = query.indicatorNature();
        if (nature != null && f.indicator().nature() != nature) {
            return false;
        }
        List<String> category = query.categoryPath();
        if (category.size() > f.path().size() || !Objects.equals(f.path().subList(0, category.size()), category)) {
            return false;
        }
        String needle = query.needle();
        return needle.isEmpty() || f.indicator().name().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || f.indicator().method().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static void collect(StoredFramework stored, List<Node> nodes, List<String> path, List<Found> out) {
        for (Node node : nodes) {
            if (node instanceof Group g) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(g.name());
                collect(stored, g.children(), List.copyOf(deeper), out);
            } else {
                Indicator indicator = (Indicator) node;
                if (!indicator.isFundsRow()) {
                    out.add(new Found(stored, indicator, path));
                }
            }
        }
    }
}
