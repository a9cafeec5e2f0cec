package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a Chinese font at run time, and saying clearly when there is none. */
class CjkFontsTests {

    private static final Path ZEN_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private Path dir;

    @BeforeEach
    void makeDir() {
        dir = ReportFixtures.tempDir();
    }

    @AfterEach
    void removeDir() {
        ReportFixtures.delete(dir);
    }

    /** bin/test installs fonts-wqy-zenhei and fonts-noto-cjk; without them the test is skipped, except in CI. */
    private static void need(Path font, String debianPackage) {
        if (!Files.isRegularFile(font) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(font + " is missing: install " + debianPackage);
        }
        Assumptions.assumeTrue(Files.isRegularFile(font), font + " is missing (" + debianPackage + ")");
    }

    @Test
    void wenQuanYiZenHeiIsFoundAndItsProportionalFaceChosen() {
        need(ZEN_HEI, "fonts-wqy-zenhei");

        CjkFont font = CjkFonts.find(Optional.empty(), CjkFonts.KNOWN);

        assertThat(font).isEqualTo(new CjkFont(ZEN_HEI, "WenQuanYiZenHei"));
        assertThat(CjkFonts.check(ZEN_HEI)).isEqualTo(font);
    }

    @Test
    void theFontNamedByTheEnvironmentComesFirst() {
        need(ZEN_HEI, "fonts-wqy-zenhei");
        Path bogus = dir.resolve("not-a-font.ttf");

        assertThat(CjkFonts.find(Optional.of(ZEN_HEI.toString()), List.of(bogus))).isEqualTo(new CjkFont(ZEN_HEI, "WenQuanYiZenHei"));
    }

    @Test
    void aNamedFontThatCannotServeIsRefusedNotReplaced() {
        need(ZEN_HEI, "fonts-wqy-zenhei");
        Path missing = dir.resolve("没有这个字体.ttf");

        // the known list has a good font, but the user asked for another one: say so, do not swap silently
        assertThatThrownBy(() -> CjkFonts.find(Optional.of(missing.toString()), List.of(ZEN_HEI)))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReportException.Code.CJK_FONT_UNUSABLE);
                    assertThat(e.getMessage()).contains(CjkFonts.ENV).contains(missing.toString()).contains("不存在")
                            .endsWith("［CJK_FONT_UNUSABLE］");
                });
    }

    @Test
    void notoSansCjkIsRefusedForItsCffOutlines() {
        need(NOTO_CJK, "fonts-noto-cjk");

        assertThatThrownBy(() -> CjkFonts.check(NOTO_CJK)).isInstanceOfSatisfying(ReportException.class, e -> {
            assertThat(e.code()).isEqualTo(ReportException.Code.CJK_FONT_UNUSABLE);
            assertThat(e.getMessage()).contains("NotoSansCJKsc-Regular").contains("CFF");
        });
    }

    @Test
    void aFontWithoutChineseGlyphsIsRefused() {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU), "no " + DEJAVU);

        assertThatThrownBy(() -> CjkFonts.check(DEJAVU)).isInstanceOfSatisfying(ReportException.class, e ->
                assertThat(e.getMessage()).contains("缺少中文字形").contains("绩"));
    }

    @Test
    void withNoUsableFontTheErrorSaysHowToInstallOne() throws IOException {
        Path text = Files.writeString(dir.resolve("fake.ttc"), "不是字体", StandardCharsets.UTF_8);
        Path absent = dir.resolve("absent.ttf");

        assertThatThrownBy(() -> CjkFonts.find(Optional.empty(), List.of(absent, text)))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReportException.Code.CJK_FONT_MISSING);
                    assertThat(e.getMessage()).contains("没有可嵌入 PDF 的中文字体").contains("apt-get install fonts-wqy-zenhei")
                            .contains(CjkFonts.ENV).contains(absent.toString())
                            .contains(text + "（字体文件“" + text + "”不是可读取的 TrueType 字体")
                            .endsWith("［CJK_FONT_MISSING］");
                });
    }

    @Test
    void aBadFileIsSkippedForTheNextKnownFont() throws IOException {
        need(ZEN_HEI, "fonts-wqy-zenhei");
        Path text = Files.writeString(dir.resolve("fake.ttf"), "x", StandardCharsets.UTF_8);

        assertThat(CjkFonts.find(Optional.empty(), List.of(text, ZEN_HEI)).file()).isEqualTo(ZEN_HEI);
    }

    @Test
    void theKnownPlacesStartWithWenQuanYi() {
        assertThat(CjkFonts.KNOWN.get(0)).isEqualTo(ZEN_HEI);
        assertThat(CjkFonts.KNOWN).contains(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    }
}
