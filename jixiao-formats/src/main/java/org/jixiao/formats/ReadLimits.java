package org.jixiao.formats;

/**
 * Every limit on what the readers accept, in one place: how large a file may be, how far a .docx
 * may inflate, how many lines (paragraphs and table rows) and cells a document may have. Anything
 * beyond is refused before it can exhaust memory, with an {@link UnreadableFileException} for files
 * (or an {@link IllegalArgumentException} from {@code PublishedText.read} for text given as a string).
 *
 * @param maxFileBytes         the largest file read, in bytes (text or .docx, as stored)
 * @param maxUncompressedBytes the most bytes all entries of a .docx may inflate to, together
 * @param maxEntries           the most entries in a .docx (a ZIP archive)
 * @param maxCompressionRatio  the most an entry may inflate, uncompressed ÷ compressed; checked once
 *                             the entry has inflated past {@link #RATIO_CHECKED_FROM_BYTES}, as XML
 *                             of a few kilobytes can legitimately compress far better than this
 * @param maxLines             the most lines of text; in a .docx, paragraphs and table rows
 * @param maxCells             the most table cells in one document
 * @param maxCellsPerRow       a row with more cells than this is not a table row (reported as
 *                             unreadable, not refused)
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntries, int maxCompressionRatio,
                         int maxLines, int maxCells, int maxCellsPerRow) {

    /** An entry smaller than this (100 KB uncompressed) is never a zip bomb, whatever its ratio. */
    public static final long RATIO_CHECKED_FROM_BYTES = 100 * 1024;

    /**
     * 20 MB files; a .docx may inflate to 200 MB in all, each entry at most 100 times its compressed
     * size (POI's own default), with at most 10,000 entries; 1,000,000 lines, 2,000,000 cells, 1,000
     * cells in a row.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(
            20L * 1024 * 1024, 200L * 1024 * 1024, 10_000, 100, 1_000_000, 2_000_000, 1_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0
                || maxLines <= 0 || maxCells <= 0 || maxCellsPerRow <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    /** The file size limit in whole megabytes, for messages. */
    public long maxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }
}
