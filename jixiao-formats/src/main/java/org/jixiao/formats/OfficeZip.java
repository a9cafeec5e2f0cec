package org.jixiao.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.formats.UnreadableFileException.Code;

/**
 * The checks every Office file (.docx, .xlsx) passes before a library parses it: its kind by magic
 * bytes, what an OLE2 container holds (a password-protected OOXML file, or a 97–2003 .doc/.xls), and
 * the ZIP package inflated entry by entry once — refused when truncated, damaged, inflating too far
 * (a zip bomb) or with an XML part that declares a DOCTYPE. Nothing is kept but the entry names; at
 * most a 64 KB buffer is in memory at a time.
 *
 * <p>The archive is read the way the library behind will read it: POI (Word) walks the local headers,
 * fastexcel-reader (Excel) the central directory. A crafted ZIP whose two views differ is then checked
 * in the view that is actually parsed.
 */
public final class OfficeZip {

    /** Which of a ZIP file's two descriptions of its entries the parser behind uses. */
    public enum Reading {
        /** Entry by entry from the local headers, as a stream (POI's {@code OPCPackage.open(InputStream)}). */
        LOCAL_HEADERS,
        /** From the central directory at the end (commons-compress {@code ZipFile}, as fastexcel-reader). */
        CENTRAL_DIRECTORY
    }

    /** What an OLE2 container (magic D0 CF 11 E0) holds. */
    public enum Ole2 {
        /** An OOXML file protected by a password to open ({@code EncryptionInfo}, {@code EncryptedPackage}). */
        ENCRYPTED,
        /** A Word 97–2003 document (.doc). */
        WORD,
        /** An Excel 97–2003 workbook (.xls). */
        EXCEL,
        /** Something else (an .msg, a .ppt …). */
        OTHER
    }

    private static final byte[][] DOCTYPE = {
            "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE)};
    private static final int OVERLAP = DOCTYPE[1].length - 1;

    private OfficeZip() {
    }

    /**
     * The names of the entries of {@code zip}, once all of it has been checked against {@code limits}.
     *
     * @param what what the file should be, for messages ("Word 文档", "Excel 工作簿")
     * @throws UnreadableFileException {@code CORRUPT}, {@code ZIP_BOMB} or {@code XXE}
     */
    public static Set<String> check(String file, byte[] zip, ReadLimits limits, String what, Reading reading) {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new UnreadableFileException(Code.CORRUPT, file, "不完整或已损坏：找不到 ZIP 目录（文件可能被截断），无法读取；请重新导出或下载");
        }
        Scan scan = new Scan(file, limits, what);
        try {
            if (reading == Reading.LOCAL_HEADERS) {
                try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
                    ZipArchiveEntry entry;
                    while ((entry = in.getNextEntry()) != null) {
                        scan.entry(entry.getName(), in, in::getCompressedCount);
                    }
                }
            } else {
                try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
                    Enumeration<ZipArchiveEntry> entries = archive.getEntriesInPhysicalOrder();
                    while (entries.hasMoreElements()) {
                        ZipArchiveEntry entry = entries.nextElement();
                        try (InputStream in = archive.getInputStream(entry)) {
                            long declared = Math.max(1, entry.getCompressedSize());
                            scan.entry(entry.getName(), in, in instanceof InputStreamStatistics s
                                    ? s::getCompressedCount : () -> declared);
                        }
                    }
                }
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Code.CORRUPT, file, "已损坏，无法解压（" + e.getMessage() + "）；请重新导出或下载", e);
        }
        if (scan.names.isEmpty()) {
            throw new UnreadableFileException(Code.CORRUPT, file, "是空的 ZIP 压缩包，不是" + what);
        }
        return scan.names;
    }

    /** One pass over the entries: counts, inflated sizes, ratios and DOCTYPE declarations. */
    private static final class Scan {
        private final String file;
        private final ReadLimits limits;
        private final String what;
        private final Set<String> names = new HashSet<>();
        private final byte[] buffer = new byte[64 * 1024];
        private final byte[] window = new byte[buffer.length + OVERLAP];
        private long total;

        Scan(String file, ReadLimits limits, String what) {
            this.file = file;
            this.limits = limits;
            this.what = what;
        }

        void entry(String name, InputStream in, java.util.function.LongSupplier compressed) throws IOException {
            if (names.size() >= limits.maxEntries()) {
                throw new UnreadableFileException(Code.ZIP_BOMB, file,
                        "含有超过 " + limits.maxEntries() + " 个压缩条目，不像" + what + "（可能是“压缩炸弹”），已拒绝读取");
            }
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
                        && entryBytes > (long) limits.maxCompressionRatio() * Math.max(1, compressed.getAsLong())) {
                    throw new UnreadableFileException(Code.ZIP_BOMB, file, "中的“" + name + "”压缩比超过 "
                            + limits.maxCompressionRatio() + " 倍（可能是“压缩炸弹”），已拒绝读取");
                }
                if (xml) {
                    System.arraycopy(buffer, 0, window, carried, read);
                    int length = carried + read;
                    if (containsDoctype(window, length)) {
                        throw new UnreadableFileException(Code.XXE, file, "中的“" + name
                                + "”含有 DOCTYPE 声明（" + what + "从不使用，可能是 XML 外部实体攻击），已拒绝读取");
                    }
                    carried = Math.min(OVERLAP, length);
                    System.arraycopy(window, length - carried, window, 0, carried);
                }
            }
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    /**
     * Whether "<!DOCTYPE" occurs in the first {@code length} bytes, in UTF-8 or UTF-16 (either byte
     * order). One pass that stops only at a '<' byte, since every form of the word contains one.
     */
    private static boolean containsDoctype(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '<') {
                continue;
            }
            if (matches(bytes, length, i, DOCTYPE[0]) || matches(bytes, length, i, DOCTYPE[1])
                    || i > 0 && matches(bytes, length, i - 1, DOCTYPE[2])) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] bytes, int length, int at, byte[] pattern) {
        if (at + pattern.length > length) {
            return false;
        }
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the end-of-central-directory record is where a whole ZIP file has it: in its last 64 KB + 22 bytes. */
    public static boolean hasEndOfCentralDirectory(byte[] zip) {
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

    /** Starts with a ZIP local file header ("PK\3\4"). */
    public static boolean isZip(byte[] head) {
        return head != null && head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Starts with the OLE2 compound document signature. */
    public static boolean isOle2(byte[] head) {
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (head == null || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What an OLE2 container holds, read from its directory with POI.
     *
     * @throws UnreadableFileException {@code CORRUPT} when the directory cannot be read
     */
    public static Ole2 ole2(String file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Ole2.ENCRYPTED;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Ole2.WORD;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Ole2.EXCEL;
            }
            return Ole2.OTHER;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Code.CORRUPT, file, "已损坏：OLE2 复合文档结构无法读取（" + e.getMessage() + "）", e);
        }
    }

    /** Reads at most {@code max + 1} bytes, so a caller can tell "exactly max" from "more". */
    public static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }

    /**
     * Everything checked before a spreadsheet parser sees a byte of an .xlsx, the same for every
     * workbook read (forms, disclosure tables, monitoring figures): size, empty, an OLE2 container
     * (encrypted, .xls, .doc), not a ZIP, the ZIP's structure and inflation ({@link #check}), and a
     * package that is a Word or PowerPoint file or no workbook at all.
     *
     * @throws UnreadableFileException with the reason and its stable code
     */
    public static void checkWorkbook(String file, byte[] bytes, ReadLimits limits) {
        if (bytes.length > limits.maxFileBytes()) {
            throw new UnreadableFileException(UnreadableFileException.Code.FILE_TOO_LARGE, file,
                    "超过 " + limits.maxFileMegabytes() + " MB，已拒绝读取；请删去多余的工作表或行后再导入");
        }
        if (bytes.length == 0) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file, "是空文件，不是 Excel 工作簿（.xlsx）");
        }
        if (isOle2(bytes)) {
            throw switch (ole2(file, bytes)) {
                case ENCRYPTED -> new UnreadableFileException(UnreadableFileException.Code.ENCRYPTED, file,
                        "已加密（设有打开密码），无法读取；请在 Excel 中取消密码后另存为 .xlsx 再导入");
                case EXCEL -> new UnreadableFileException(UnreadableFileException.Code.UNSUPPORTED, file,
                        "是 Excel 97–2003 工作簿（.xls）；请在 Excel 中另存为 .xlsx 后再导入");
                case WORD -> new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file,
                        "是 Word 97–2003 文档（.doc），不是 Excel 工作簿；请导入填好的 .xlsx 模板");
                case OTHER -> new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file,
                        "是 OLE2 复合文档，不是 Excel 工作簿（.xlsx）");
            };
        }
        if (!isZip(bytes)) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file,
                    "不是 Excel 工作簿（.xlsx）：内容不是 ZIP 格式的 Office 文件，可能只是改了扩展名");
        }
        Set<String> names = check(file, bytes, limits, "Excel 工作簿", Reading.CENTRAL_DIRECTORY);
        if (names.contains("word/document.xml")) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file,
                    "是 Word 文档（.docx），不是 Excel 工作簿；请导入填好的 .xlsx 模板");
        }
        if (names.contains("ppt/presentation.xml")) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file, "是 PowerPoint 演示文稿，不是 Excel 工作簿");
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw new UnreadableFileException(UnreadableFileException.Code.NOT_XLSX, file, "是 ZIP 压缩包，不是 Excel 工作簿（.xlsx）");
        }
    }
}
