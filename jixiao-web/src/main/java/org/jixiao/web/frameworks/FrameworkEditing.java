package org.jixiao.web.frameworks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.core.framework.Framework;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Who may copy and edit which framework, and the copy and the save themselves. Shipped frameworks
 * are read-only for everyone (they are part of the code base): a unit copies one and edits its copy.
 * Only the owner unit's own users (or the administrator) edit a unit's framework; auditors change nothing.
 */
@Service
public class FrameworkEditing {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{3,100}");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_TITLE = 300;

    /** The result of a copy or a save; refusals carry a stable code whose message is {@code frameworks.problem.CODE}. */
    public sealed interface Outcome {
        record Done(long id) implements Outcome {
        }

        record Refused(String code, List<String> args) implements Outcome {
            /** Arguments as text, so that MessageFormat does not group a year's digits (2,025). */
            public Refused(String code, Object... args) {
                this(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
            }
        }

        /** Someone saved since the user opened the text; the page keeps what they typed. */
        record Conflict() implements Outcome {
        }

        /** The text has errors; nothing was saved. */
        record Invalid(TextCheck check) implements Outcome {
        }
    }

    private final FrameworkCatalog catalog;

    FrameworkEditing(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    public boolean canCopy(CurrentUser user) {
        return user.role().maintainsFrameworks() && !user.readOnly();
    }

    public boolean canEdit(CurrentUser user, StoredFramework stored) {
        if (stored.shipped() || !canCopy(user)) {
            return false;
        }
        return user.role() == Role.ADMIN || (stored.ownerUnitId() != null && stored.ownerUnitId() == user.unitId());
    }

    /** A copy for the user's unit: the original text with a new code, year and title. */
    public Outcome copy(CurrentUser user, long id, String code, String year, String title) {
        Optional<StoredFramework> original = catalog.find(id, user.scope());
        if (original.isEmpty()) {
            return new Outcome.Refused("NOT_FOUND");
        }
        if (!canCopy(user)) {
            return new Outcome.Refused("COPY_NOT_ALLOWED");
        }
        String newCode = code == null ? "" : code.strip();
        Outcome.Refused bad = checkCode(newCode, 0L);
        if (bad != null) {
            return bad;
        }
        Integer newYear = year(year);
        if (newYear == null) {
            return new Outcome.Refused("YEAR_INVALID", MIN_YEAR, MAX_YEAR);
        }
        String newTitle = title == null ? "" : title.strip();
        if (newTitle.isEmpty() || newTitle.length() > MAX_TITLE || newTitle.contains("\n") || newTitle.contains("\r")) {
            return new Outcome.Refused("TITLE_INVALID", MAX_TITLE);
        }
        String text = HeaderLines.replace(original.get().sourceText(), "framework", newCode);
        text = HeaderLines.replace(text, "year", String.valueOf(newYear));
        text = HeaderLines.replace(text, "title", newTitle);
        TextCheck check = TextCheck.of(newCode, text);
        if (check.hasErrors()) {
            return new Outcome.Invalid(check);
        }
        try {
            return new Outcome.Done(catalog.create(text, false, user.unitId(), user.username()));
        } catch (DuplicateKeyException e) {
            // someone took the code between the check and the insert
            return new Outcome.Refused("CODE_TAKEN", newCode);
        }
    }

    /** Saves a new text if it has no error and nobody saved since {@code version}; else nothing changes. */
    public Outcome save(CurrentUser user, long id, int version, String typed) {
        Optional<StoredFramework> stored = catalog.find(id, user.scope());
        if (stored.isEmpty()) {
            return new Outcome.Refused("NOT_FOUND");
        }
        if (!canEdit(user, stored.get())) {
            return new Outcome.Refused("READ_ONLY");
        }
        // Tables are scored by their framework's current text: changing it under them would change
        // submitted and published scores. A framework in use is changed by copying it.
        long tables = catalog.tablesUsing(id);
        if (tables > 0) {
            return new Outcome.Refused("IN_USE", tables);
        }
        String text = normalise(typed);
        if (text.length() > TextCheck.MAX_LENGTH) {
            return new Outcome.Refused("TEXT_TOO_LONG", TextCheck.MAX_LENGTH);
        }
        TextCheck check = TextCheck.of(stored.get().code(), text);
        if (check.hasErrors()) {
            return new Outcome.Invalid(check);
        }
        Framework parsed = check.framework().orElseThrow();
        Outcome.Refused bad = checkCode(parsed.id(), id);
        if (bad != null) {
            return bad;
        }
        try {
            return catalog.update(id, version, text, parsed, user.username()) ? new Outcome.Done(id) : new Outcome.Conflict();
        } catch (DuplicateKeyException e) {
            return new Outcome.Refused("CODE_TAKEN", parsed.id());
        }
    }

    /** Browsers send a textarea's lines with CRLF; stored texts use LF. */
    public static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private Outcome.Refused checkCode(String code, long exceptId) {
        if (!CODE.matcher(code).matches()) {
            return new Outcome.Refused("CODE_INVALID", code);
        }
        if (catalog.codeTaken(code, exceptId)) {
            return new Outcome.Refused("CODE_TAKEN", code);
        }
        return null;
    }

    private static Integer year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
