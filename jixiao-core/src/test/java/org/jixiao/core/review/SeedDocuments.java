package org.jixiao.core.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The published seeds as the reviewer receives them. The reader of published text lives in
 * jixiao-formats, which depends on core, so core tests read a dump of its output instead
 * (src/test/resources/review/seeds/*.tsv, written from {@code PublishedText.read} of the seed copies in
 * jixiao-formats/src/main/resources/seeds). jixiao-formats' CoreSeedDumpsTests fails when the dump and
 * the reader differ: then regenerate the dump.
 */
final class SeedDocuments {

    static final String BAOTOU = "baotou";
    static final String NANJING = "nanjing";
    static final String SHENZHEN = "shenzhen";
    static final String SUZHOU = "suzhou";
    static final List<String> ALL = List.of(BAOTOU, NANJING, SHENZHEN, SUZHOU);

    private SeedDocuments() {
    }

    static PublishedDocument read(String seed) {
        List<PublishedTable> tables = new ArrayList<>();
        List<PublishedDocument.Paragraph> paragraphs = new ArrayList<>();
        String title = null;
        int tableLine = 0;
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (String line : text(seed).lines().toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "table" -> {
                    if (title != null) {
                        tables.add(new PublishedTable(title, tableLine, rows));
                    }
                    tableLine = Integer.parseInt(f[1]);
                    title = unescape(f[2]);
                    rows = new ArrayList<>();
                }
                case "row" -> rows.add(new PublishedTable.Row(Integer.parseInt(f[1]),
                        Arrays.stream(f, 2, f.length).map(SeedDocuments::unescape).toList()));
                case "para" -> paragraphs.add(new PublishedDocument.Paragraph(Integer.parseInt(f[1]), unescape(f[2])));
                default -> throw new IllegalStateException("unknown line in seed dump " + seed + ": " + line);
            }
        }
        if (title != null) {
            tables.add(new PublishedTable(title, tableLine, rows));
        }
        return new PublishedDocument(seed, tables, paragraphs, List.of());
    }

    private static String text(String seed) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream("/review/seeds/" + seed + ".tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /review/seeds/" + seed + ".tsv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
