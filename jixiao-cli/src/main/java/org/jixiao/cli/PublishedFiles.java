package org.jixiao.cli;

import java.nio.file.Path;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.published.PublishedText;

/**
 * A published report named on the command line, read as Word when its content says so and as
 * UTF-8 text otherwise. Every refusal is an {@link IllegalArgumentException} naming the file (an
 * unreadable Word file's carries its stable code); the CLI turns it into exit status 2.
 */
public final class PublishedFiles {

    private PublishedFiles() {
    }

    public static PublishedDocument read(Path file) {
        if (DocxReader.isOfficeFile(file)) {
            return DocxReader.read(file, ReadLimits.DEFAULTS);
        }
        return PublishedText.read(file.toString(), TextFiles.read(file, "文件", ReadLimits.DEFAULTS.maxFileBytes()));
    }
}
