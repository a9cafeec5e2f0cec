package org.jixiao.web.organisation;

import java.util.Objects;

/**
 * Why a change to units, users or a password was refused: a stable code, shown to the user with the
 * message {@code organisation.problem.<code>} (i18n/organisation*.properties). Nothing was saved.
 */
public final class OrganisationProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String NAME_REQUIRED = "NAME_REQUIRED";
    public static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    public static final String DUPLICATE_UNIT_NAME = "DUPLICATE_UNIT_NAME";
    public static final String BAD_KIND = "BAD_KIND";
    public static final String KIND_NOT_ALLOWED = "KIND_NOT_ALLOWED";
    public static final String PARENT_NOT_FOUND = "PARENT_NOT_FOUND";
    public static final String UNIT_NOT_FOUND = "UNIT_NOT_FOUND";
    public static final String BAD_USERNAME = "BAD_USERNAME";
    public static final String DUPLICATE_USERNAME = "DUPLICATE_USERNAME";
    public static final String DISPLAY_NAME_REQUIRED = "DISPLAY_NAME_REQUIRED";
    public static final String DISPLAY_NAME_TOO_LONG = "DISPLAY_NAME_TOO_LONG";
    public static final String BAD_ROLE = "BAD_ROLE";
    public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    public static final String CANNOT_DISABLE_SELF = "CANNOT_DISABLE_SELF";
    public static final String PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT";
    public static final String PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG";
    public static final String PASSWORDS_DIFFER = "PASSWORDS_DIFFER";
    public static final String WRONG_CURRENT_PASSWORD = "WRONG_CURRENT_PASSWORD";

    private final String code;

    public OrganisationProblem(String code) {
        super(code);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "organisation.problem." + code;
    }
}
