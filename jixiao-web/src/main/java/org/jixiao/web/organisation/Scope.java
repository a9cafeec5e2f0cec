package org.jixiao.web.organisation;

/**
 * The units a user may see: the subtree under their unit, as the path prefix every scoped query
 * matches ({@code org_unit.path like :prefix || '%'}). An administrator's prefix is "/" (all).
 */
public record Scope(String pathPrefix) {

    public Scope {
        if (pathPrefix == null || !pathPrefix.startsWith("/") || !pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("scope path must look like /1/4/: " + pathPrefix);
        }
    }

    public static Scope everything() {
        return new Scope("/");
    }

    /** The LIKE pattern for the path column; paths are digits and slashes only, so nothing needs escaping. */
    public String likePattern() {
        return pathPrefix + "%";
    }

    public boolean contains(String unitPath) {
        return unitPath != null && unitPath.startsWith(pathPrefix);
    }
}
