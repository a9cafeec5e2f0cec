package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The pie chart decoded: each slice is its own colour over an angle in proportion to its value, the
 * image is drawn (not blank), and it is drawn in a JVM started with {@code -Djava.awt.headless=true}.
 */
class PieChartTests {

    private static PieChart.Slice slice(String name, String value, String share) {
        return new PieChart.Slice(name, new BigDecimal(value), value + " 万元", share);
    }

    /** Baotou's income (528.68 and 21.39) and a chart of three parts. */
    private static final List<PieChart> CHARTS = List.of(
            new PieChart(List.of(slice("一般公共预算财政拨款收入", "528.68", "96.11%"), slice("其他收入", "21.39", "3.89%"))),
            new PieChart(List.of(slice("基本支出", "50", "50.00%"), slice("项目支出", "30", "30.00%"), slice("经营支出", "0", "0"),
                    slice("上缴上级支出", "20", "20.00%"))));

    @Test
    void eachSliceCoversAnAngleInProportionToItsValue() throws IOException {
        for (PieChart chart : CHARTS) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(CjkFonts.find())));
            double[] measured = angles(image, chart.slices().size());
            double total = chart.slices().stream().mapToDouble(s -> s.value().doubleValue()).sum();
            for (int i = 0; i < chart.slices().size(); i++) {
                double expected = chart.slices().get(i).value().doubleValue() / total;
                // within half a percentage point: the white borders between slices are a degree or so
                assertThat(measured[i]).as(chart.slices().get(i).name()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
            }
        }
    }

    /**
     * Walks a circle at nine tenths of the radius, clockwise from twelve o'clock in tenths of a degree,
     * and counts the samples of each slice's colour; the shares of the samples that have a slice's
     * colour are the slices' angles over 360°.
     */
    private static double[] angles(BufferedImage image, int slices) {
        int y = image.getHeight() / 2;
        int left = 0;
        while (image.getRGB(left, y) == Color.WHITE.getRGB()) {
            left++;
        }
        double cx = left + PieChart.RADIUS * PieChart.SCALE;
        // near the rim: clear of the shares written at 0.62 of the radius, and there the white borders
        // between slices (3 pixels) take the least angle (under a degree each)
        double r = PieChart.RADIUS * PieChart.SCALE * 0.9;
        int[] counts = new int[slices];
        int matched = 0;
        for (int step = 0; step < 3600; step++) {
            double angle = Math.toRadians(90 - step / 10.0);
            int rgb = image.getRGB((int) Math.round(cx + r * Math.cos(angle)), (int) Math.round(y - r * Math.sin(angle))) & 0xFFFFFF;
            for (int i = 0; i < slices; i++) {
                if ((PieChart.colour(i).getRGB() & 0xFFFFFF) == rgb) {
                    counts[i]++;
                    matched++;
                }
            }
        }
        assertThat(matched).as("samples of a slice's colour").isGreaterThan(3550);
        double[] shares = new double[slices];
        for (int i = 0; i < slices; i++) {
            shares[i] = (double) counts[i] / matched;
        }
        return shares;
    }

    @Test
    void theImageIsDrawnWithTheSlicesColoursAndText() throws IOException {
        PieChart chart = CHARTS.get(1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(CjkFonts.find())));

        assertThat(image.getColorModel().hasAlpha()).isFalse();
        assertThat(image.getWidth()).isEqualTo(800 * PieChart.SCALE);
        Set<Integer> colours = new HashSet<>();
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                Color c = new Color(rgb);
                dark += c.getRed() < 80 && c.getGreen() < 80 && c.getBlue() < 80 ? 1 : 0;
            }
        }
        for (int i = 0; i < 4; i++) {
            assertThat(colours).as("colour of slice " + i).contains(PieChart.colour(i).getRGB() & 0xFFFFFF);
        }
        assertThat(dark).as("pixels of the legend's text").isGreaterThan(2000);
        assertThat(chart.labels()).containsExactly("基本支出", "50 万元", "50.00%", "项目支出", "30 万元", "30.00%", "经营支出", "0 万元", "0",
                "上缴上级支出", "20 万元", "20.00%");
    }

    @Test
    void aCharacterTheFontLacksAndANegativeOrEmptyChartAreRefused() {
        PieChart smile = new PieChart(List.of(slice("笑脸😀", "1", "100%")));
        assertThatThrownBy(() -> smile.png(CjkFonts.find())).isInstanceOfSatisfying(ReportException.class, e -> {
            assertThat(e.code()).isEqualTo(ReportException.Code.GLYPH_MISSING);
            assertThat(e.getMessage()).contains("U+1F600").contains("笑脸");
        });
        assertThatThrownBy(() -> slice("负数", "-1", "0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("负数");
        assertThatThrownBy(() -> new PieChart(List.of(slice("零", "0", "0")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("没有大于 0 的部分");
    }

    /** A JVM started with -Djava.awt.headless=true draws the chart (as a server or CI would). */
    @Test
    void drawsInAHeadlessJvm() throws Exception {
        Path dir = ReportFixtures.tempDir();
        try {
            Path png = dir.resolve("chart.png");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    Headless.class.getName(), png.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
            assertThat(Files.readString(dir.resolve("log.txt"))).contains("headless=true");
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(angles(image, 2)[1]).isCloseTo(21.39 / (528.68 + 21.39), org.assertj.core.data.Offset.offset(0.005));
        } finally {
            ReportFixtures.delete(dir);
        }
    }

    /** The child JVM of {@link #drawsInAHeadlessJvm}. */
    static final class Headless {
        public static void main(String[] args) throws IOException {
            System.out.println("headless=" + java.awt.GraphicsEnvironment.isHeadless());
            Files.write(Path.of(args[0]), CHARTS.get(0).png(CjkFonts.find()));
        }
    }
}
