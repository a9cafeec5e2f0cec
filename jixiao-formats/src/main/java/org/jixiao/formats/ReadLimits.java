package org.jixiao.formats;

/**
 * Every limit on what the readers accept, in one place: how large a file may be, how far a .docx
 * or .xlsx may inflate, how many lines (paragraphs and table rows), rows and cells a document or
 * workbook may have. Anything
 * beyond is refused before it can exhaust memory, with an {@link UnreadableFileException} for files
 * (or an {@link IllegalArgumentException} from {@code PublishedText.read} for text given as a string).
 *
 * @param maxFileBytes         the largest file read, in bytes (text or .docx, as stored)
 * @param maxUncompressedBytes the most bytes all entries of a .docx or .xlsx may inflate to, together
 * @param maxEntries           the most entries in a .docx or .xlsx (a ZIP archive)
 * @param maxCompressionRatio  the most an entry may inflate, uncompressed ÷ compressed; checked once
 *                             the entry has inflated past {@link #RATIO_CHECKED_FROM_BYTES}, as XML
 *                             of a few kilobytes can legitimately compress far better than this
 * @param maxLines             the most lines of text; in a .docx, paragraphs and table rows
 * @param maxCells             the most table cells in one document; in a workbook, the most cells
 *                             read from the sheet that is imported
 * @param maxCellsPerRow       a row with more cells than this is not a table row (reported as
 *                             unreadable, not refused); in a workbook, cells beyond it are not read
 * @param maxRows              the most rows a workbook (.xlsx) sheet that is read may have; a sheet
 *                             is streamed, so it is refused at the first row past the limit
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntries, int maxCompressionRatio,
                         int maxLines, int maxCells, int maxCellsPerRow, int maxRows) {

    /** An entry smaller than this (100 KB uncompressed) is never a zip bomb, whatever its ratio. */
    public static final long RATIO_CHECKED_FROM_BYTES = 100 * 1024;

    /**
     * 20 MB files; a .docx or .xlsx may inflate to 200 MB in all, each entry at most 100 times its
     * compressed size (POI's own default), with at most 10,000 entries; 1,000,000 lines, 2,000,000
     * cells, 1,000 cells in a row; 200,000 rows in a workbook's sheet (a self-evaluation has tens to
     * hundreds of rows; twice the 100,000 the importer is measured on).
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(
            20L * 1024 * 1024, 200L * 1024 * 1024, 10_000, 100, 1_000_000, 2_000_000, 1_000, 200_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0
                || maxLines <= 0 || maxCells <= 0 || maxCellsPerRow <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    /** The limits of readers of documents, with the workbook row limit of {@link #DEFAULTS}. */
    public ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntries, int maxCompressionRatio,
                      int maxLines, int maxCells, int maxCellsPerRow) {
        this(maxFileBytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, maxLines, maxCells, maxCellsPerRow,
                DEFAULTS.maxRows());
    }

    /** The same limits with another workbook row limit. */
    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(maxFileBytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, maxLines, maxCells,
                maxCellsPerRow, rows);
    }

    /** The file size limit in whole megabytes, for messages. */
    public long maxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }
}
