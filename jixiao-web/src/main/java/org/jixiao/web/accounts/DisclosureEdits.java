package org.jixiao.web.accounts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Scope;
import org.springframework.stereotype.Service;

/**
 * Disclosure tables entered and corrected in the browser (issue #7: "entered, imported from Excel, or
 * read from a published report"): a new disclosure of empty tables for the user's own unit, and one
 * table at a time saved as a new version of the whole disclosure (the other tables as they were),
 * through the same storage and the same version lock as an upload. Who may: as for uploads, the
 * disclosure's own unit's filler or leader. Every refusal is an {@link AccountsProblem}; nothing is
 * stored then.
 */
@Service
class DisclosureEdits {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Disclosures disclosures;

    DisclosureEdits(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** What a save did: the version now current, and whether the form changed anything (else nothing is stored). */
    record Saved(int version, boolean changed) {
    }

    /** Whether the user may change this disclosure: refused with READ_ONLY or NOT_ALLOWED. */
    static void mayEdit(CurrentUser user, Disclosures.Summary disclosure) {
        DisclosureUploads.mayStore(user);
        if (disclosure.unitId() != user.unitId()) {
            throw new AccountsProblem(AccountsProblem.NOT_ALLOWED);
        }
    }

    /**
     * The user's unit's disclosure of {@code year}, every standard table empty (万元), the cover's name the
     * unit's and {@code kind} as chosen: version 1, to be filled table by table.
     */
    Disclosures.Stored.Done create(CurrentUser user, String year, String kind) {
        DisclosureUploads.mayStore(user);
        String y = year == null ? "" : year.strip();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < AccountsController.MIN_YEAR || Integer.parseInt(y) > AccountsController.MAX_YEAR) {
            throw new AccountsProblem(AccountsProblem.BAD_YEAR, "填写的是“" + y + "”");
        }
        UnitKind unitKind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(kind == null ? "" : kind.strip()))
                .findFirst().orElseThrow(() -> new AccountsProblem(AccountsProblem.BAD_KIND));
        List<DisclosureTable> empty = new ArrayList<>();
        for (StandardTable t : StandardTable.values()) {
            empty.add(new DisclosureTable(t, MoneyUnit.WAN_YUAN, List.of()));
        }
        DisclosureTables tables = new DisclosureTables(user.unitName(), Integer.parseInt(y), unitKind, empty);
        Disclosures.Stored stored = disclosures.create(user.unitId(), tables, Disclosures.Change.created(), user.getUsername());
        if (stored instanceof Disclosures.Stored.Exists exists) {
            throw new AccountsProblem(AccountsProblem.ALREADY_EXISTS, "", List.of(), exists.id());
        }
        return (Disclosures.Stored.Done) stored;
    }

    /**
     * The form's table in place of the disclosure's current one, as a new version if the disclosure is
     * still at {@code seen} (the version the form was shown with). A form that changes nothing stores
     * nothing. Refused, with nothing stored: READ_ONLY, NOT_ALLOWED, CONFLICT (naming who saved),
     * EDIT_PROBLEMS (every figure or code that cannot be taken, with its row and column).
     */
    Saved save(CurrentUser user, Disclosures.Summary disclosure, String seen, TableForm form) {
        mayEdit(user, disclosure);
        int version = DisclosureUploads.version(seen);
        if (version != disclosure.version()) {
            throw conflict(disclosure, version);
        }
        Disclosures.Opened current = disclosures.open(disclosure.id(), Scope.everything(), Optional.empty()).orElseThrow();
        Optional<DisclosureTable> before = current.tables().table(form.table());
        TableForm.Parsed parsed = form.parse(before);
        if (parsed.table().isEmpty()) {
            throw AccountsProblem.edited(parsed.problems());
        }
        DisclosureTable edited = parsed.table().get();
        if (before.isPresent() && before.get().equals(edited)) {
            return new Saved(disclosure.version(), false);
        }
        List<DisclosureTable> tables = new ArrayList<>();
        current.tables().tables().stream().filter(t -> t.table() != form.table()).forEach(tables::add);
        tables.add(edited);
        DisclosureTables next = new DisclosureTables(current.tables().unit(), current.tables().year(), current.tables().kind(), tables);
        Disclosures.Stored stored = disclosures.replace(disclosure.id(), version, next, Disclosures.Change.edit(form.table()),
                user.getUsername());
        if (stored instanceof Disclosures.Stored.Conflict conflict) {
            throw conflict(conflict.current(), version);
        }
        return new Saved(((Disclosures.Stored.Done) stored).version(), true);
    }

    static AccountsProblem conflict(Disclosures.Summary now, int seen) {
        return new AccountsProblem(AccountsProblem.CONFLICT, "您编辑时看到的是第 " + seen + " 版；" + now.uploadedBy() + " 已于 "
                + now.uploadedAt().format(MINUTES) + " 保存了第 " + now.version() + " 版，本次修改未保存",
                List.of(), now.id());
    }
}
