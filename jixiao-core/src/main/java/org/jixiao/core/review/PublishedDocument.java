package org.jixiao.core.review;

import java.util.List;
import java.util.Objects;

/**
 * A published report as read, before it is understood: its tables (rows of cell texts, exactly as
 * published, with line numbers) and its prose paragraphs, in document order. A reader of each
 * format (text, Markdown, HTML, .docx) produces this; the reviewer works on it alone.
 */
public record PublishedDocument(String source, List<PublishedTable> tables, List<Paragraph> paragraphs,
                                List<Unreadable> unreadable) {

    public PublishedDocument {
        Objects.requireNonNull(source, "source");
        tables = List.copyOf(tables);
        paragraphs = List.copyOf(paragraphs);
        unreadable = List.copyOf(unreadable);
    }

    /** A paragraph of prose and the line it starts on. */
    public record Paragraph(int line, String text) {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Something the reader saw but could not read (a broken table row, a malformed fragment), with where and why. */
    public record Unreadable(int line, String text, String reason) {
        public Unreadable {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
