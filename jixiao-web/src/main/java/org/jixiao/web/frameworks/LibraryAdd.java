package org.jixiao.web.frameworks;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.number.Score;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * An indicator from the library copied into a group of a grid: name, 指标值, 计量单位, 评分办法 and
 * (where the group's indicators carry weights) 分值, as a new row with the group's next code, exactly
 * as "添加指标" adds one. Nothing is saved: the grid comes back with the row and the user saves it.
 * The grid the user had typed travels through the library as a draft in the session, so leaving
 * the grid for the library loses nothing and several indicators can be added before one save.
 */
@Service
class LibraryAdd {

    /** The grid after an add, or unchanged with why not ({@code indicators.problem.CODE}) and the HTTP status. */
    record Result(TableGrid grid, String added, String problem, int status, List<String> args) {
        static Result refused(TableGrid grid, String problem, int status, Object... args) {
            return new Result(grid, null, problem, status, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    /** A grid as typed, kept while its user picks from the library. */
    private record Draft(int version, TableGrid grid) {
    }

    private static final String DRAFT = "jixiao.frameworks.libraryDraft.";

    private final FrameworkCatalog catalog;
    private final FrameworkEditing editing;

    LibraryAdd(FrameworkCatalog catalog, FrameworkEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    static void keepDraft(HttpSession session, long frameworkId, int version, TableGrid grid) {
        session.setAttribute(DRAFT + frameworkId, new Draft(version, grid));
    }

    /** The grid the user left for the library, if it was at this version; taken, so it is used once. */
    static Optional<TableGrid> takeDraft(HttpSession session, long frameworkId, int version) {
        Object draft = session.getAttribute(DRAFT + frameworkId);
        session.removeAttribute(DRAFT + frameworkId);
        return draft instanceof Draft d && d.version() == version ? Optional.of(d.grid()) : Optional.empty();
    }

    /** The picking target as the library shows it: the group, and why nothing can be added there now. */
    LibraryPick pick(CurrentUser user, StoredFramework target, String group, int version) {
        TableGrid grid = TableGrid.of(catalog.framework(target));
        int index = grid.indexOf(group);
        String name = index < 0 ? "" : grid.rows().get(index).name();
        Result refused = refusal(user, target, grid, group, version);
        return new LibraryPick(target, group, name, version, refused == null ? null : refused.problem(),
                refused == null ? List.of() : refused.args());
    }

    /**
     * The grid with the indicator {@code code} of framework {@code sourceId} added to {@code group}.
     * The source is looked up in the user's scope: one outside it is "not found", as everywhere.
     */
    Result add(CurrentUser user, StoredFramework target, int version, TableGrid grid, String sourceId, String code, String group) {
        Result refused = refusal(user, target, grid, group, version);
        if (refused != null) {
            return refused;
        }
        Optional<Indicator> source = source(user, sourceId, code);
        if (source.isEmpty()) {
            return Result.refused(grid, "INDICATOR_NOT_FOUND", 404, code);
        }
        return append(grid, group, source.get());
    }

    /** Not the owner's, in use, too large for a form, changed since opened, or no group taking indicators. */
    private Result refusal(CurrentUser user, StoredFramework target, TableGrid grid, String group, int version) {
        if (!editing.canEdit(user, target)) {
            return Result.refused(grid, "READ_ONLY", 403);
        }
        long tables = catalog.tablesUsing(target.id());
        if (tables > 0) {
            return Result.refused(grid, "IN_USE", 422, tables);
        }
        if (grid.fieldCount() + 6 > TableGrid.MAX_FIELDS) {
            return Result.refused(grid, "GRID_TOO_LARGE", 422, TableGrid.MAX_FIELDS);
        }
        if (version != target.version()) {
            return Result.refused(grid, "CONFLICT", 409, target.updatedBy() == null ? "" : target.updatedBy(), target.version());
        }
        int index = grid.indexOf(group);
        if (index < 0 || !grid.canAdd(index)) {
            return Result.refused(grid, "GROUP_INVALID", 422, group);
        }
        return null;
    }

    private Optional<Indicator> source(CurrentUser user, String sourceId, String code) {
        long id;
        try {
            id = Long.parseLong(sourceId.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return catalog.find(id, user.scope()).flatMap(s -> catalog.framework(s).indicator(code))
                .filter(i -> !i.isFundsRow());
    }

    /** The row "添加指标" would add, filled from the source; its code is the one the grid did not have. */
    static Result append(TableGrid grid, String group, Indicator source) {
        Set<String> before = new HashSet<>();
        grid.rows().forEach(r -> before.add(r.code()));
        boolean weighted = takesWeights(grid, grid.indexOf(group));
        TableGrid added = grid.withRowAddedTo(group);
        List<TableGrid.Row> rows = new ArrayList<>(added.rows());
        for (int i = 0; i < rows.size(); i++) {
            TableGrid.Row row = rows.get(i);
            if (!before.contains(row.code())) {
                rows.set(i, new TableGrid.Row(row.code(), row.level(), false, true, source.name(),
                        weighted ? source.weight().map(Score::toString).orElse("") : "", source.target().text(), "",
                        source.unitOfMeasure(), source.method()));
                return new Result(new TableGrid(added.weights(), rows, added.tables()), row.code(), null, 200, List.of());
            }
        }
        throw new IllegalStateException("no row added to " + group);
    }

    /** A group takes weights when the grid has a 分值 column and its indicators state one (or it has none yet). */
    private static boolean takesWeights(TableGrid grid, int index) {
        if (!grid.weights()) {
            return false;
        }
        TableGrid.Row group = grid.rows().get(index);
        boolean any = false;
        for (int i = index + 1; i < grid.rows().size() && grid.rows().get(i).level() > group.level(); i++) {
            if (!grid.rows().get(i).weight().isBlank()) {
                return true;
            }
            any = true;
        }
        return !any;
    }
}
