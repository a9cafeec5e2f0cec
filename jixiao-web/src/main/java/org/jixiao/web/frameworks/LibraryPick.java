package org.jixiao.web.frameworks;

import java.util.List;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;

/**
 * The library opened from a grid to pick an indicator for one group of one framework
 * ({@code /indicators?pick=ID&group=CODE&v=VERSION}).
 *
 * @param version the framework's version when the grid was opened; an add against another one is a conflict
 * @param problem why nothing can be added there ({@code indicators.problem.CODE}), or null
 */
public record LibraryPick(StoredFramework target, String group, String groupName, int version, String problem,
                          List<String> args) {

    public boolean canAdd() {
        return problem == null;
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
