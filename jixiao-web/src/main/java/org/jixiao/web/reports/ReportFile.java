package org.jixiao.web.reports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.published.PublishedText;
import org.jixiao.web.platform.UploadName;

/**
 * An uploaded report, checked and read. Nothing the client says is trusted: the name is cleaned
 * ({@link UploadName}); the extension must be one we read; the content decides
 * the reader as on the command line ({@link DocxReader#isOfficeFile(String, byte[])}: Word when the
 * name or the magic bytes say Office), and the .docx reader's own checks (kind by content, zip bomb,
 * DOCTYPE, size) or strict UTF-8 decoding refuse what it is not. Every refusal is a {@link ReportProblem}.
 */
final class ReportFile {

    enum Format { TEXT, DOCX }

    /**
     * A report as read: {@code content} is the text shown with line numbers (for a .docx, one line per
     * paragraph or table row, as its reader numbers them); {@code source} the .docx bytes, else null.
     */
    record Read(String fileName, Format format, String content, byte[] source, PublishedDocument document) {
    }

    static final List<String> EXTENSIONS = List.of("txt", "md", "html", "htm", "docx");

    private ReportFile() {
    }

    static Read read(String originalName, byte[] bytes, ReadLimits limits) {
        String name = UploadName.safe(originalName);
        if (!EXTENSIONS.contains(UploadName.extension(name))) {
            throw new ReportProblem(ReportProblem.BAD_EXTENSION);
        }
        if (bytes.length == 0) {
            throw new ReportProblem(ReportProblem.EMPTY_FILE);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new ReportProblem(ReportProblem.FILE_TOO_LARGE);
        }
        try {
            if (DocxReader.isOfficeFile(name, bytes)) {
                PublishedDocument document = DocxReader.read(name, bytes, limits);
                return new Read(name, Format.DOCX, ReportLines.render(document), bytes, document);
            }
            String text = utf8(bytes);
            return new Read(name, Format.TEXT, text, null, PublishedText.read(name, text));
        } catch (UnreadableFileException e) {
            throw new ReportProblem(e.code().name(), e.reason());
        } catch (IllegalArgumentException e) {
            // PublishedText's own limits (lines, cells)
            throw new ReportProblem(ReportProblem.TEXT_TOO_LARGE, e.getMessage());
        }
    }

    /** Strict UTF-8: a GBK file or a binary one is refused, not read as replacement characters. */
    private static String utf8(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReportProblem(ReportProblem.NOT_UTF8);
        }
        // NUL never occurs in a text report (and PostgreSQL text cannot hold it)
        if (text.indexOf('\0') >= 0) {
            throw new ReportProblem(ReportProblem.NOT_TEXT);
        }
        return text;
    }
}
