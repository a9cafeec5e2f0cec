package org.jixiao.web.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of an uploaded file as the application keeps and shows it. Nothing the client says is
 * trusted: the name is cut to its last path segment, cleaned of characters that can disguise or break
 * it, and shortened keeping its extension.
 */
public final class UploadName {

    /** In code points, extension included: well under the 300 characters the tables keep. */
    public static final int MAX_LENGTH = 120;
    /** Control and format characters (a right-to-left override can disguise an extension) and characters Windows forbids. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"|?*]");

    private UploadName() {
    }

    /** The last path segment of what the browser sent, without unsafe characters or leading dots, at most {@link #MAX_LENGTH}. */
    public static String safe(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("").strip().replaceFirst("^\\.+", "");
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String suffix = ext.isEmpty() ? "" : "." + ext;
        return name.substring(0, name.offsetByCodePoints(0, Math.max(0, MAX_LENGTH - suffix.length()))).strip() + suffix;
    }

    /** The extension in lower case, without the dot; "" for none (a name that is only an extension has none). */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
