package org.jixiao.web.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated file (.xlsx, .docx, .pdf) as an HTTP answer: always a download (attachment), never
 * sniffed as anything else, named in UTF-8 by RFC 5987 ({@code filename*}) with a plain ASCII name
 * beside it for old clients. Every download of the application goes through here.
 */
public final class Download {

    /** The kinds of file the application hands out, with their media type and extension. */
    public enum Kind {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        PDF("application/pdf", ".pdf");

        private final MediaType type;
        private final String extension;

        Kind(String type, String extension) {
            this.type = MediaType.parseMediaType(type);
            this.extension = extension;
        }

        public MediaType type() {
            return type;
        }

        public String extension() {
            return extension;
        }
    }

    /** Characters RFC 5987 allows unencoded in an ext-value (attr-char). */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    /** Longest file name offered, in characters, before the extension. */
    static final int MAX_NAME = 120;

    private Download() {
    }

    /** The file with {@code name} (the kind's extension added) and {@code asciiName} as the fallback. */
    public static ResponseEntity<byte[]> of(Kind kind, byte[] body, String name, String asciiName) {
        return ResponseEntity.ok()
                .contentType(kind.type())
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(kind, name, asciiName))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    static String contentDisposition(Kind kind, String name, String asciiName) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + kind.extension() + "\"; filename*=UTF-8''"
                + rfc5987(fileName(name) + kind.extension());
    }

    /** A name a file system accepts: no path separators, reserved or control characters; not too long. */
    static String fileName(String name) {
        StringBuilder b = new StringBuilder();
        (name == null ? "" : name).codePoints()
                .map(c -> Character.isISOControl(c) || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c)
                .limit(MAX_NAME).forEach(b::appendCodePoint);
        String cleaned = b.toString().strip().replaceAll("^\\.+", "");
        return cleaned.isEmpty() ? "export" : cleaned;
    }

    /** Percent-encodes every byte of the UTF-8 form except RFC 5987's attr-char. */
    public static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
