package org.jixiao.web.organisation;

import java.nio.charset.StandardCharsets;

/**
 * What every password set through Jixiao must be (the demo users' "demo" is the documented
 * exception: DemoData stores those directly). Long enough to resist guessing; not longer than bcrypt
 * reads (72 bytes), since bcrypt would silently ignore the rest — Spring refuses such passwords outright.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** Throws {@link OrganisationProblem} when the password may not be used. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new OrganisationProblem(OrganisationProblem.PASSWORD_TOO_SHORT);
        }
        if (tooLongForBcrypt(password)) {
            throw new OrganisationProblem(OrganisationProblem.PASSWORD_TOO_LONG);
        }
    }

    static boolean tooLongForBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
