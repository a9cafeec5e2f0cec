package org.jixiao.formats.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.UnreadableFileException.Code;

/**
 * Checks an uploaded .xlsx before any spreadsheet library parses it: its size, that it is a ZIP
 * package and not an Excel 97–2003 file or a password-protected one, that it does not inflate
 * beyond the limits (a zip bomb), and that no XML part declares a DOCTYPE (which OOXML never does;
 * the reader's XML parser refuses DTDs too, this names the problem). Every entry the ZIP directory
 * lists is inflated once, counted and thrown away; nothing is kept.
 */
final class WorkbookPackage {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** The stream an encrypted OOXML file keeps in its OLE2 container, as the directory names it (UTF-16LE). */
    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private WorkbookPackage() {
    }

    static void check(String file, byte[] content, ReadLimits limits) {
        if (content.length > limits.maxFileBytes()) {
            throw new UnreadableFileException(Code.FILE_TOO_LARGE, file,
                    "超过" + limits.maxFileMegabytes() + " MB，请删去多余的工作表或行后再导入");
        }
        if (content.length == 0) {
            throw new UnreadableFileException(Code.NOT_XLSX, file, "是空文件，不是 Excel 工作簿（.xlsx）");
        }
        if (startsWith(content, OLE2)) {
            if (indexOf(content, ENCRYPTION_INFO, 0) >= 0) {
                throw new UnreadableFileException(Code.ENCRYPTED, file, "设置了打开密码，请取消密码后再导入");
            }
            throw new UnreadableFileException(Code.UNSUPPORTED, file,
                    "是 Excel 97–2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再导入");
        }
        if (!startsWith(content, ZIP)) {
            throw new UnreadableFileException(Code.NOT_XLSX, file, "不是 Excel 工作簿（.xlsx），请使用下载的模板填写");
        }
        scan(file, content, limits);
    }

    /**
     * Inflates every entry the central directory lists (the directory is what spreadsheet readers
     * go by, so the entries checked are the entries read), counting what comes out.
     */
    private static void scan(String file, byte[] content, ReadLimits limits) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfCentralDirectory(zip);
        if (end < 0) {
            throw new UnreadableFileException(Code.CORRUPT, file, "已损坏（找不到ZIP目录），不是完整的 Excel 工作簿（.xlsx）");
        }
        int entries = zip.getShort(end + 10) & 0xFFFF;
        long directory = zip.getInt(end + 16) & 0xFFFFFFFFL;
        if (entries == 0) {
            throw new UnreadableFileException(Code.NOT_XLSX, file, "不是 Excel 工作簿（.xlsx），请使用下载的模板填写");
        }
        if (entries > limits.maxEntries()) {
            throw bomb(file, "包含的部件超过" + limits.maxEntries() + "个");
        }
        long total = 0;
        int at = (int) Math.min(directory, Integer.MAX_VALUE);
        byte[] buffer = new byte[8192];
        for (int i = 0; i < entries; i++) {
            if (at < 0 || at + 46 > content.length || zip.getInt(at) != 0x02014b50) {
                throw new UnreadableFileException(Code.CORRUPT, file, "已损坏（ZIP目录不完整）");
            }
            int method = zip.getShort(at + 10) & 0xFFFF;
            long compressed = zip.getInt(at + 20) & 0xFFFFFFFFL;
            int nameLength = zip.getShort(at + 28) & 0xFFFF;
            int extraLength = zip.getShort(at + 30) & 0xFFFF;
            int commentLength = zip.getShort(at + 32) & 0xFFFF;
            long local = zip.getInt(at + 42) & 0xFFFFFFFFL;
            if (at + 46 + nameLength > content.length) {
                throw new UnreadableFileException(Code.CORRUPT, file, "已损坏（ZIP目录不完整）");
            }
            String name = new String(content, at + 46, nameLength, StandardCharsets.UTF_8);
            at += 46 + nameLength + extraLength + commentLength;
            if (local + 30 > content.length || zip.getInt((int) local) != 0x04034b50) {
                throw new UnreadableFileException(Code.CORRUPT, file, "已损坏（部件“" + name + "”的位置不对）");
            }
            long data = local + 30 + (zip.getShort((int) local + 26) & 0xFFFF) + (zip.getShort((int) local + 28) & 0xFFFF);
            if (data + compressed > content.length) {
                throw new UnreadableFileException(Code.CORRUPT, file, "已损坏（部件“" + name + "”不完整）");
            }
            InputStream raw = new ByteArrayInputStream(content, (int) data, (int) compressed);
            if (method != 0 && method != 8) {
                throw new UnreadableFileException(Code.CORRUPT, file, "的部件“" + name + "”使用了不支持的压缩方式（" + method + "）");
            }
            Inflater inflater = new Inflater(true);
            InputStream in = method == 0 ? raw : new InflaterInputStream(raw, inflater);
            boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
            long inflated = 0;
            // the last bytes of the previous read, so a DOCTYPE split between two reads is found
            byte[] carry = new byte[0];
            try (in) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw bomb(file, "解压后超过" + limits.maxUncompressedBytes() / (1024 * 1024) + " MB");
                    }
                    if (inflated > ReadLimits.RATIO_CHECKED_FROM_BYTES
                            && inflated / Math.max(1, compressed) > limits.maxCompressionRatio()) {
                        throw bomb(file, "的部件“" + name + "”压缩比超过" + limits.maxCompressionRatio() + "倍");
                    }
                    if (xml) {
                        byte[] window = new byte[carry.length + n];
                        System.arraycopy(carry, 0, window, 0, carry.length);
                        System.arraycopy(buffer, 0, window, carry.length, n);
                        if (indexOf(window, DOCTYPE, 0) >= 0) {
                            throw new UnreadableFileException(Code.XXE, file, "的部件“" + name
                                    + "”声明了DOCTYPE（可能是XML外部实体攻击），已拒绝");
                        }
                        int keep = Math.min(window.length, DOCTYPE.length - 1);
                        carry = Arrays.copyOfRange(window, window.length - keep, window.length);
                    }
                }
            } catch (ZipException e) {
                throw new UnreadableFileException(Code.CORRUPT, file, "的部件“" + name + "”已损坏，无法解压", e);
            } catch (IOException e) {
                throw new UnreadableFileException(Code.CORRUPT, file, "的部件“" + name + "”已损坏，无法解压", e);
            } finally {
                inflater.end(); // its native memory, now rather than at garbage collection
            }
        }
    }

    /** Where the end-of-central-directory record starts, searched from the end (it may carry a comment); -1 if none. */
    private static int endOfCentralDirectory(ByteBuffer zip) {
        int last = zip.limit() - 22;
        for (int i = last; i >= 0 && i >= last - 65_535; i--) {
            if (zip.getInt(i) == 0x06054b50) {
                return i;
            }
        }
        return -1;
    }

    private static UnreadableFileException bomb(String file, String what) {
        return new UnreadableFileException(Code.ZIP_BOMB, file, what + "，疑似压缩炸弹，已拒绝");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
