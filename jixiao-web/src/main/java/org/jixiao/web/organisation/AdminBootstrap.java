package org.jixiao.web.organisation;

import org.jixiao.web.organisation.OrganisationLog.Action;
import org.jixiao.web.platform.JixiaoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a production database, where no demo users are created: when the
 * database has no user at all and {@code jixiao.admin.password} (JIXIAO_ADMIN_PASSWORD) is set, one
 * root unit (a finance bureau) and that administrator are created. Without the setting a warning says
 * how. Runs when the application is ready, i.e. after the demo data had its chance to create users.
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ACTOR = "system";

    enum Decision { NOTHING, CREATE, WARN }

    private final Users users;
    private final Units units;
    private final OrganisationLog changes;
    private final TransactionTemplate transactions;
    private final boolean demoDatabase;
    private final String username;
    private final String password;
    private final String unitName;

    AdminBootstrap(Users users, Units units, OrganisationLog changes, PlatformTransactionManager transactionManager,
                   JixiaoProperties properties,
                   @Value("${jixiao.admin.username:admin}") String username,
                   @Value("${jixiao.admin.password:}") String password,
                   @Value("${jixiao.admin.unit-name:财政局}") String unitName) {
        this.users = users;
        this.units = units;
        this.changes = changes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.demoDatabase = properties.demoData() && properties.db().embedded();
        this.username = username;
        this.password = password;
        this.unitName = unitName;
    }

    /** Acts only on an empty user table; the demo database gets its users from the demo data instead. */
    static Decision decide(long userCount, String password, boolean demoDatabase) {
        if (userCount > 0) {
            return Decision.NOTHING;
        }
        if (password != null && !password.isEmpty()) {
            return Decision.CREATE;
        }
        return demoDatabase ? Decision.NOTHING : Decision.WARN;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        switch (decide(users.count(), password, demoDatabase)) {
            case CREATE:
                createFirstAdministrator(username, password, unitName);
                break;
            case WARN:
                log.warn("The database has no users, so nobody can sign in. To create the first administrator, "
                        + "start once with JIXIAO_ADMIN_PASSWORD set (at least {} characters; optional "
                        + "JIXIAO_ADMIN_USERNAME, default \"admin\", and JIXIAO_ADMIN_UNIT_NAME, default \"财政局\"). "
                        + "See docs/web.md, \"Production: the first administrator\".", PasswordRules.MIN_LENGTH);
                break;
            default:
                break;
        }
    }

    /**
     * Creates the root unit and the administrator in one transaction, after checking the settings by
     * the same rules as the admin pages: a bad setting stops the start with the reason (never the password).
     */
    long createFirstAdministrator(String username, String password, String unitName) {
        String name;
        try {
            check(username, password);
            name = UnitAdmin.name(unitName);
        } catch (OrganisationProblem problem) {
            throw new IllegalStateException("Cannot create the first administrator from JIXIAO_ADMIN_*: "
                    + problem.code() + " (username [a-z0-9._-]{3,64}, password at least " + PasswordRules.MIN_LENGTH
                    + " characters, unit name 1 to " + UnitAdmin.MAX_NAME + " characters)");
        }
        long id = transactions.execute(t -> {
            long unit = units.create(null, Units.Kind.FINANCE_BUREAU, name);
            long user = users.create(username, password, username, unit, Role.ADMIN);
            changes.record(ACTOR, Action.UNIT_CREATED, UnitAdmin.label(unit, name), null, Units.Kind.FINANCE_BUREAU.name());
            changes.record(ACTOR, Action.USER_CREATED, username, null,
                    username + " · " + Role.ADMIN.name() + " · " + UnitAdmin.label(unit, name));
            return user;
        });
        log.info("Created the first administrator \"{}\" at the new unit \"{}\" (from JIXIAO_ADMIN_PASSWORD; "
                + "the setting is not needed any more and can be removed)", username, name);
        return id;
    }

    static void check(String username, String password) {
        if (username == null || !UserAdmin.USERNAME.matcher(username).matches()) {
            throw new OrganisationProblem(OrganisationProblem.BAD_USERNAME);
        }
        PasswordRules.check(password);
    }
}
