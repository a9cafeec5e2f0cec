package org.jixiao.formats.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A Chinese font a PDF report can embed: a TrueType file ({@code .ttf}), or one face of a TrueType
 * collection ({@code .ttc}, such as WenQuanYi Zen Hei's three faces), named by its PostScript name.
 * Found and checked by {@link CjkFonts}.
 *
 * @param file the font file
 * @param face the PostScript name of the face used ("WenQuanYiZenHei")
 */
public record CjkFont(Path file, String face) {

    public CjkFont {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(face, "face");
    }

    @Override
    public String toString() {
        return file + "（" + face + "）";
    }

    /** An opened face and what has to stay open while a document uses it. */
    static final class Opened implements Closeable {
        private final TrueTypeFont font;
        private final Closeable owner;

        Opened(TrueTypeFont font, Closeable owner) {
            this.font = font;
            this.owner = owner;
        }

        TrueTypeFont font() {
            return font;
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    /** Opens this face; the caller closes it once the PDF is saved (PDFBox subsets the glyphs on save). */
    Opened open() throws IOException {
        if (isCollection(file)) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont font = collection.getFontByName(face);
                if (font == null) {
                    throw new IOException("字体集中没有名为“" + face + "”的字体");
                }
                return new Opened(font, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new Opened(font, font);
    }

    /** Every face of a font file (one for a .ttf), opened in turn; used to pick a face. */
    static List<String> faces(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        if (isCollection(file)) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                collection.processAllFonts(ttf -> names.add(ttf.getName()));
            }
        } else {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                names.add(font.getName());
            }
        }
        return names;
    }

    /** A TrueType collection starts with the tag "ttcf", whatever the file is called. */
    static boolean isCollection(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 't' && head[1] == 't' && head[2] == 'c' && head[3] == 'f';
        }
    }
}
