package org.jixiao.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.UnreadableFileException.Code;

/**
 * Inflates every entry of a ZIP archive once, before POI sees it, reading it the way POI will (entry
 * by entry from the local headers, with commons-compress), and refuses it when it is truncated,
 * damaged, inflates too far (a zip bomb) or has an XML part that declares a DOCTYPE. Nothing is
 * kept but the entry names; at most a 64 KB buffer is in memory at a time.
 */
final class ZipScan {

    private static final byte[][] DOCTYPE = {
            "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE)};
    private static final int OVERLAP = DOCTYPE[1].length - 1;

    private ZipScan() {
    }

    /** The names of the entries of {@code zip}, once all of it has been checked against {@code limits}. */
    static Set<String> check(String file, byte[] zip, ReadLimits limits) {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new UnreadableFileException(Code.CORRUPT, file, "不完整或已损坏：找不到 ZIP 目录（文件可能被截断），无法读取；请重新导出或下载");
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        byte[] window = new byte[buffer.length + OVERLAP];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (names.size() >= limits.maxEntries()) {
                    throw new UnreadableFileException(Code.ZIP_BOMB, file,
                            "含有超过 " + limits.maxEntries() + " 个压缩条目，不像 Word 文档（可能是“压缩炸弹”），已拒绝读取");
                }
                String name = entry.getName();
                names.add(name);
                boolean xml = isXml(name);
                int carried = 0;
                long entryBytes = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    entryBytes += read;
                    total += read;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new UnreadableFileException(Code.ZIP_BOMB, file, "解压后超过 "
                                + limits.maxUncompressedBytes() / 1024 / 1024 + " MB（可能是“压缩炸弹”），已拒绝读取");
                    }
                    if (entryBytes > ReadLimits.RATIO_CHECKED_FROM_BYTES
                            && entryBytes > (long) limits.maxCompressionRatio() * Math.max(1, in.getCompressedCount())) {
                        throw new UnreadableFileException(Code.ZIP_BOMB, file, "中的“" + name + "”压缩比超过 "
                                + limits.maxCompressionRatio() + " 倍（可能是“压缩炸弹”），已拒绝读取");
                    }
                    if (xml) {
                        System.arraycopy(buffer, 0, window, carried, read);
                        int length = carried + read;
                        if (containsDoctype(window, length)) {
                            throw new UnreadableFileException(Code.XXE, file, "中的“" + name
                                    + "”含有 DOCTYPE 声明（Word 文档从不使用，可能是 XML 外部实体攻击），已拒绝读取");
                        }
                        carried = Math.min(OVERLAP, length);
                        System.arraycopy(window, length - carried, window, 0, carried);
                    }
                }
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Code.CORRUPT, file, "已损坏，无法解压（" + e.getMessage() + "）；请重新导出或下载", e);
        }
        if (names.isEmpty()) {
            throw new UnreadableFileException(Code.CORRUPT, file, "是空的 ZIP 压缩包，不是 Word 文档");
        }
        return names;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static boolean containsDoctype(byte[] bytes, int length) {
        for (byte[] pattern : DOCTYPE) {
            if (indexOf(bytes, length, pattern) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether the end-of-central-directory record is where a whole ZIP file has it: in its last 64 KB + 22 bytes. */
    static boolean hasEndOfCentralDirectory(byte[] zip) {
        int from = Math.max(0, zip.length - (0xFFFF + 22));
        for (int i = zip.length - 22; i >= from; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                int commentLength = (zip[i + 20] & 0xFF) | (zip[i + 21] & 0xFF) << 8;
                if (i + 22 + commentLength == zip.length) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static boolean isOle2(byte[] head) {
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads at most {@code max + 1} bytes, so a caller can tell "exactly max" from "more". */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }
}
