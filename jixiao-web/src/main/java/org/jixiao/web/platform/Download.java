package org.jixiao.web.evaluations;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An .xlsx file as an HTTP answer: always a download (attachment), never sniffed as anything else,
 * named in UTF-8 by RFC 5987 ({@code filename*}) with a plain ASCII name beside it for old clients.
 */
final class XlsxDownload {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Characters RFC 5987 allows unencoded in an ext-value (attr-char). */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    /** Longest file name offered, in characters, before ".xlsx". */
    static final int MAX_NAME = 120;

    private XlsxDownload() {
    }

    /** The file with {@code name} (".xlsx" added) and {@code asciiName} as the fallback. */
    static ResponseEntity<byte[]> of(byte[] xlsx, String name, String asciiName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(xlsx.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name, asciiName))
                .header("X-Content-Type-Options", "nosniff")
                .body(xlsx);
    }

    static String contentDisposition(String name, String asciiName) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx\"; filename*=UTF-8''"
                + rfc5987(fileName(name) + ".xlsx");
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
    static String rfc5987(String value) {
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
