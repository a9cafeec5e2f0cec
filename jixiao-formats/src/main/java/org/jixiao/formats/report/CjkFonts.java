package org.jixiao.formats.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds a Chinese font a PDF report can embed, at run time: the file named by the environment
 * variable {@value #ENV} first (and only it, when set: a font asked for by name is never silently
 * replaced), else the first usable one of {@link #KNOWN} — WenQuanYi Zen Hei and Micro Hei where
 * Debian, Ubuntu and Fedora install them, Droid Sans Fallback, AR PL UMing/UKai, and on Windows
 * SimHei, Microsoft YaHei and SimSun.
 *
 * <p>Every candidate is checked before use, the way the PDF will use it: the face must have
 * TrueType outlines (a {@code glyf} table: openhtmltopdf and PDFBox cannot embed the CFF outlines of
 * Noto Sans CJK and other OpenType/CFF fonts), map {@link #SAMPLE} through its Unicode cmap, allow
 * embedding (OS/2 fsType), and load into PDFBox as an embedded subset. A collection's faces are tried
 * in {@link #PREFERRED_FACES} order, then in file order. When nothing is usable the error says so
 * (with the reason for each file found) and how to install a font: never a PDF of empty boxes.
 */
public final class CjkFonts {

    /** The environment variable naming a font file (.ttf or .ttc) to use instead of searching. */
    public static final String ENV = "JIXIAO_CJK_FONT";

    /** Characters every usable font must draw: the report's fixed words, digits and punctuation. */
    static final String SAMPLE = "绩效自评报告得分评价等级优良中差基本情况目标实现偏差原因存在问题结论一二三四五六万元年度"
            + "（）：，。、“”0123456789.%";

    /** Where fonts are looked for, in order. Only files that exist are opened. */
    public static final List<Path> KNOWN = known();

    /** Faces preferred inside a collection (PostScript names): the proportional face over Mono/Sharp. */
    static final List<String> PREFERRED_FACES = List.of("WenQuanYiZenHei", "WenQuanYiMicroHei");

    /** Fonts that passed, with the file's size and time when they did: a web server checks each file once. */
    private static final Map<Path, Checked> CHECKED = new ConcurrentHashMap<>();

    private record Checked(String stamp, CjkFont font) {
    }

    private CjkFonts() {
    }

    private static List<Path> known() {
        List<Path> paths = new ArrayList<>(List.of(
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), // Debian/Ubuntu fonts-wqy-zenhei
                Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), // Debian/Ubuntu fonts-wqy-microhei
                Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"), // Fedora wqy-zenhei-fonts
                Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), // Fedora wqy-microhei-fonts
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), // Debian fonts-droid-fallback
                Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"), // Fedora
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), // Debian fonts-arphic-uming
                Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"))); // Debian fonts-arphic-ukai
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            String windir = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
            for (String name : List.of("simhei.ttf", "msyh.ttc", "simsun.ttc")) {
                paths.add(Path.of(windir, "Fonts", name));
            }
        }
        return List.copyOf(paths);
    }

    /**
     * The font to embed: {@value #ENV} when set, else the first usable known font.
     *
     * @throws ReportException {@code CJK_FONT_UNUSABLE} when {@value #ENV} names a font that cannot
     *                         serve; {@code CJK_FONT_MISSING} when no known font is usable
     */
    public static CjkFont find() {
        return find(Optional.ofNullable(System.getenv(ENV)).map(String::strip).filter(s -> !s.isEmpty()), KNOWN);
    }

    static CjkFont find(Optional<String> named, List<Path> known) {
        if (named.isPresent()) {
            Path file = Path.of(named.get());
            try {
                return check(file);
            } catch (ReportException e) {
                throw new ReportException(ReportException.Code.CJK_FONT_UNUSABLE, "环境变量" + ENV + "指定的字体不能用于 PDF 报告："
                        + reasonOf(e) + "。请改为一个含中文字形的 TrueType 字体文件（.ttf 或 .ttc，例如 "
                        + KNOWN.get(0) + "），或取消该变量以自动查找", e);
            }
        }
        Map<Path, String> refused = new LinkedHashMap<>();
        for (Path file : known) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                return check(file);
            } catch (ReportException e) {
                refused.put(file, reasonOf(e));
            }
        }
        String found = refused.isEmpty() ? "" : "找到但不能使用的字体：" + refused.entrySet().stream()
                .map(e -> e.getKey() + "（" + e.getValue() + "）").collect(Collectors.joining("；")) + "。";
        throw new ReportException(ReportException.Code.CJK_FONT_MISSING, "没有可嵌入 PDF 的中文字体，无法生成 PDF 报告"
                + "（否则汉字会显示为方框）。未设置环境变量" + ENV + "，以下位置也没有可用的字体："
                + known.stream().map(Path::toString).collect(Collectors.joining("、")) + "。" + found
                + "请安装文泉驿正黑字体（Debian/Ubuntu：sudo apt-get install fonts-wqy-zenhei；Fedora：sudo dnf install "
                + "wqy-zenhei-fonts），或把环境变量" + ENV + "设为一个含中文字形的 TrueType 字体文件（.ttf 或 .ttc）的路径。"
                + "Word 报告（.docx）不需要此字体");
    }

    /** The reason of a refusal, without its trailing code. */
    private static String reasonOf(ReportException e) {
        String message = e.getMessage();
        int bracket = message.lastIndexOf('［');
        return bracket > 0 ? message.substring(0, bracket) : message;
    }

    /**
     * Checks that a font file can serve a PDF report, and picks its face.
     *
     * @throws ReportException {@code CJK_FONT_UNUSABLE} with the reason for each face
     */
    public static CjkFont check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw unusable(file, "文件不存在或不是普通文件");
        }
        if (!Files.isReadable(file)) {
            throw unusable(file, "文件不可读");
        }
        String stamp = stamp(file);
        Checked known = CHECKED.get(file);
        if (known != null && known.stamp().equals(stamp)) {
            return known.font();
        }
        CjkFont font = checkFaces(file);
        CHECKED.put(file, new Checked(stamp, font));
        return font;
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw unusable(file, "文件不可读（" + e.getMessage() + "）");
        }
    }

    private static CjkFont checkFaces(Path file) {
        List<String> faces;
        try {
            faces = CjkFont.faces(file);
        } catch (IOException | RuntimeException e) {
            throw unusable(file, "不是可读取的 TrueType 字体（" + e.getMessage() + "）");
        }
        List<String> order = new ArrayList<>();
        PREFERRED_FACES.stream().filter(faces::contains).forEach(order::add);
        faces.stream().filter(f -> !order.contains(f)).forEach(order::add);
        List<String> reasons = new ArrayList<>();
        for (String face : order) {
            CjkFont candidate = new CjkFont(file, face);
            Optional<String> problem = problem(candidate);
            if (problem.isEmpty()) {
                return candidate;
            }
            reasons.add(face + "：" + problem.get());
        }
        throw unusable(file, reasons.isEmpty() ? "文件中没有字体" : String.join("；", reasons));
    }

    private static ReportException unusable(Path file, String reason) {
        return new ReportException(ReportException.Code.CJK_FONT_UNUSABLE, "字体文件“" + file + "”" + reason);
    }

    /** Why a face cannot serve, or empty when it can. */
    private static Optional<String> problem(CjkFont candidate) {
        try (CjkFont.Opened opened = candidate.open()) {
            TrueTypeFont font = opened.font();
            if (!font.getTableMap().containsKey("glyf")) {
                return Optional.of("字形为 CFF（PostScript）轮廓而非 TrueType 轮廓，PDF 生成器无法嵌入（如 Noto Sans CJK 的 .ttc/.otf）");
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            if (os2 != null) {
                int fsType = os2.getFsType();
                if ((fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
                    return Optional.of("字体许可禁止嵌入（OS/2 fsType 为受限许可）");
                }
                if ((fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
                    return Optional.of("字体许可只允许嵌入位图");
                }
            }
            String missing = missing(font, SAMPLE);
            if (!missing.isEmpty()) {
                return Optional.of("缺少中文字形：" + missing);
            }
            try (PDDocument probe = new PDDocument()) {
                PDType0Font.load(probe, font, true);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("无法作为嵌入字体加载（" + e.getMessage() + "）");
        }
    }

    /** The characters of {@code text} the font has no glyph for, each once, in order ("" when none). */
    static String missing(TrueTypeFont font, String text) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        if (cmap == null) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().distinct().filter(cp -> !Character.isISOControl(cp)).filter(cp -> cmap.getGlyphId(cp) == 0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
