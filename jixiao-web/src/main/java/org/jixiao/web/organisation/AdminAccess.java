package org.jixiao.web.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may use the organisation pages: administrators change units and users; department and finance
 * reviewers may look at the units under them. Everyone else gets 403. What any of them sees is still
 * limited to their scope, in the queries.
 */
final class AdminAccess {

    private AdminAccess() {
    }

    static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static boolean mayViewUnits(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.DEPARTMENT_REVIEWER || user.role() == Role.FINANCE_REVIEWER;
    }

    static void requireUnitViewer(CurrentUser user) {
        if (!mayViewUnits(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
