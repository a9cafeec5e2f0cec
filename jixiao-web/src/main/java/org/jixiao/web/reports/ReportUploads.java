package org.jixiao.web.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.ReadLimits;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded report, stored under the user's unit or only checked, for the page and the API alike:
 * who may do which, the year, and the file read by {@link ReportFile} within the upload limit. Every
 * refusal is a {@link ReportProblem}; nothing is stored then.
 */
@Service
class ReportUploads {

    /** A report reviewed but not stored: its cleaned name, year, text and review. */
    record Checked(ReportFile.Read read, int year, Review review) {
    }

    private final PublishedReports reports;
    private final ReadLimits limits;

    ReportUploads(PublishedReports reports, @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
        this.reports = reports;
        // the upload limit, within the readers' own
        ReadLimits d = ReadLimits.DEFAULTS;
        this.limits = new ReadLimits(Math.min(d.maxFileBytes(), maxFileSize.toBytes()), d.maxUncompressedBytes(),
                d.maxEntries(), d.maxCompressionRatio(), d.maxLines(), d.maxCells(), d.maxCellsPerRow());
    }

    /**
     * Reads, reviews and keeps the report under the user's own unit; only fillers and leaders keep
     * reports (they belong to units), supervisors check them, auditors do neither.
     *
     * @return the new report's id
     */
    long store(CurrentUser user, MultipartFile file, String year) {
        if (user.readOnly()) {
            throw new ReportProblem(ReportProblem.READ_ONLY);
        }
        if (!user.role().fillsIn()) {
            throw new ReportProblem(ReportProblem.STORE_NOT_ALLOWED);
        }
        int reportYear = year(year);
        return reports.store(user.unitId(), reportYear, read(file), user.getUsername());
    }

    /** The review of an uploaded file, without keeping it; everyone but auditors. */
    Checked check(CurrentUser user, MultipartFile file, String year) {
        if (user.readOnly()) {
            throw new ReportProblem(ReportProblem.READ_ONLY);
        }
        int reportYear = year(year);
        ReportFile.Read read = read(file);
        return new Checked(read, reportYear, Reviewer.review(read.document(), reportYear));
    }

    private ReportFile.Read read(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new ReportProblem(ReportProblem.NO_FILE);
        }
        try {
            return ReportFile.read(file.getOriginalFilename(), file.getBytes(), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The year the report evaluates: four digits within the years allowed; blank is last year. */
    static int year(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ReportListPage.defaultYear();
        }
        if (!t.matches("\\d{4}")) {
            throw new ReportProblem(ReportProblem.BAD_YEAR);
        }
        int year = Integer.parseInt(t);
        if (year < ReportListPage.MIN_YEAR || year > ReportListPage.MAX_YEAR) {
            throw new ReportProblem(ReportProblem.BAD_YEAR);
        }
        return year;
    }
}
