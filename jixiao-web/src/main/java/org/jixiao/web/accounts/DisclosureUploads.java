package org.jixiao.web.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.accounts.DisclosureTablesImport;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.UploadName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded disclosure workbook, stored under the user's own unit: who may (the unit's filler or
 * leader), the file read by the formats module's guarded importer within the upload limit, and the
 * version it replaces. Every refusal is an {@link AccountsProblem}; nothing is stored then.
 */
@Service
class DisclosureUploads {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Disclosures disclosures;
    private final ReadLimits limits;

    DisclosureUploads(Disclosures disclosures, @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
        this.disclosures = disclosures;
        // the upload limit, within the readers' own
        this.limits = limits(maxFileSize.toBytes());
    }

    static ReadLimits limits(long maxFileBytes) {
        ReadLimits d = ReadLimits.DEFAULTS;
        return new ReadLimits(Math.min(d.maxFileBytes(), maxFileBytes), d.maxUncompressedBytes(), d.maxEntries(),
                d.maxCompressionRatio(), d.maxLines(), d.maxCells(), d.maxCellsPerRow(), d.maxRows());
    }

    /** The user's first disclosure of the workbook's year, under their own unit. */
    Disclosures.Stored.Done create(CurrentUser user, MultipartFile file) {
        mayStore(user);
        Read read = read(file);
        Disclosures.Stored stored = disclosures.create(user.unitId(), read.tables(), read.fileName(), user.getUsername());
        if (stored instanceof Disclosures.Stored.Exists exists) {
            throw new AccountsProblem(AccountsProblem.ALREADY_EXISTS, "", List.of(), exists.id());
        }
        return (Disclosures.Stored.Done) stored;
    }

    /**
     * A new version of {@code current} (a disclosure the user's scope covers) if it is still at
     * {@code seen}; only the disclosure's own unit stores one, for the same year.
     */
    Disclosures.Stored.Done replace(CurrentUser user, Disclosures.Summary current, String seen, MultipartFile file) {
        mayStore(user);
        if (current.unitId() != user.unitId()) {
            throw new AccountsProblem(AccountsProblem.NOT_ALLOWED);
        }
        int version = version(seen);
        Read read = read(file);
        if (read.tables().year() != current.year()) {
            throw new AccountsProblem(AccountsProblem.YEAR_MISMATCH,
                    "工作簿封面的年度是 " + read.tables().year() + "，本公开表的年度是 " + current.year());
        }
        Disclosures.Stored stored = disclosures.replace(current.id(), version, read.tables(), read.fileName(), user.getUsername());
        if (stored instanceof Disclosures.Stored.Conflict conflict) {
            throw conflict(conflict.current(), version);
        }
        return (Disclosures.Stored.Done) stored;
    }

    static AccountsProblem conflict(Disclosures.Summary now, int seen) {
        return new AccountsProblem(AccountsProblem.CONFLICT, "您上传时看到的是第 " + seen + " 版；" + now.uploadedBy() + " 已于 "
                + now.uploadedAt().format(MINUTES) + " 保存了第 " + now.version() + " 版，本次上传未保存",
                List.of(), now.id());
    }

    static void mayStore(CurrentUser user) {
        if (user.readOnly()) {
            throw new AccountsProblem(AccountsProblem.READ_ONLY);
        }
        if (!user.role().fillsIn()) {
            throw new AccountsProblem(AccountsProblem.NOT_ALLOWED);
        }
    }

    /** The version the form was shown with: a positive whole number, else the upload is stale by definition. */
    static int version(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{1,9}") ? Integer.parseInt(t) : 0;
    }

    /** A workbook read whole: its cleaned name and its tables. */
    record Read(String fileName, DisclosureTables tables) {
    }

    Read read(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new AccountsProblem(AccountsProblem.NO_FILE);
        }
        String name = UploadName.safe(file.getOriginalFilename());
        if (!UploadName.extension(name).equals("xlsx")) {
            throw new AccountsProblem(AccountsProblem.BAD_EXTENSION);
        }
        if (file.isEmpty()) {
            throw new AccountsProblem(AccountsProblem.EMPTY_FILE);
        }
        if (file.getSize() > limits.maxFileBytes()) {
            throw new AccountsProblem(AccountsProblem.FILE_TOO_LARGE);
        }
        DisclosureTablesImport imported;
        try {
            imported = DisclosureTablesXlsx.read(name, new ByteArrayInputStream(file.getBytes()), limits);
        } catch (UnreadableFileException e) {
            throw new AccountsProblem(e.code().name(), e.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!imported.ok()) {
            throw AccountsProblem.imported(imported.problems());
        }
        return new Read(name, imported.tables().orElseThrow());
    }
}
