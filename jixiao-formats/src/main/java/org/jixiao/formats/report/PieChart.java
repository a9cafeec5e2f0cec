package org.jixiao.formats.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * A pie chart of the parts of a whole, drawn as a PNG with Java2D (works headless,
 * {@code -Djava.awt.headless=true}): the pie on the left, clockwise from twelve o'clock in the order
 * given, and a legend on the right with each part's colour, name, value and share.
 *
 * <p>The chart prints only the texts it is given ({@link Slice#valueText}, {@link Slice#shareText}):
 * it formats no number itself, so a caller shows the figures its narrative states, rounded as the
 * narrative rounds them. The angles alone are computed, as {@code double}, from {@link Slice#value}
 * over the sum of the values: the pie always closes, even when the parts add up to a cent more or
 * less than the whole the shares are taken of. A share is also written on its slice when the slice
 * is wide enough (at least {@value #LABEL_DEGREES}°).
 *
 * <p>The labels are drawn with the Chinese font {@link CjkFonts} finds (the face is loaded from its
 * .ttf or .ttc with {@link Font#createFonts(java.io.File)}); a character the face lacks is refused
 * with {@code GLYPH_MISSING} rather than drawn as a box.
 *
 * @param slices the parts, in order; values not negative, at least one above zero
 */
public record PieChart(List<Slice> slices) {

    /** Colours of the slices in order (ECharts' default palette, as the web's charts); repeated after nine. */
    static final List<Color> PALETTE = List.of(new Color(0x5470C6), new Color(0x91CC75), new Color(0xFAC858), new Color(0xEE6666),
            new Color(0x73C0DE), new Color(0x3BA272), new Color(0xFC8452), new Color(0x9A60B4), new Color(0xEA7CCC));

    /** Pixels per drawing unit: the chart is drawn at twice its layout size, sharp when printed. */
    static final int SCALE = 2;
    /**
     * The pie's centre is {@value #PIE_X} drawing units right of the left end of the pie and legend
     * (which are centred across the width together), half-way down; its radius {@value #RADIUS}.
     */
    static final int PIE_X = 185;
    static final int RADIUS = 150;
    static final int LABEL_DEGREES = 24;
    private static final int MIN_WIDTH = 800;
    private static final int MIN_HEIGHT = 340;
    private static final int LEGEND_X = 370;
    private static final int ROW = 30;
    private static final float FONT_SIZE = 15f;

    private static final Map<CjkFont, Font> FONTS = new ConcurrentHashMap<>();

    /**
     * A part: its name ("一般公共预算财政拨款收入"), its value (the slice's size), and the texts shown
     * for its value ("528.68 万元") and its share ("96.11%").
     */
    public record Slice(String name, BigDecimal value, String valueText, String shareText) {
        public Slice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(valueText, "valueText");
            Objects.requireNonNull(shareText, "shareText");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("饼图的“" + name + "”为负数（" + value.toPlainString() + "），不能画成扇形");
            }
        }
    }

    public PieChart {
        slices = List.copyOf(slices);
        if (slices.stream().noneMatch(s -> s.value().signum() > 0)) {
            throw new IllegalArgumentException("饼图没有大于 0 的部分");
        }
    }

    /** Every text the chart prints, in the order drawn: each slice's name, value and share. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Slice s : slices) {
            out.add(s.name());
            out.add(s.valueText());
            out.add(s.shareText());
        }
        return out;
    }

    /**
     * The chart as a PNG (RGB, white background, no transparency).
     *
     * @throws ReportException {@code GLYPH_MISSING} when a label has a character the font lacks;
     *                         {@code CJK_FONT_UNUSABLE} when Java2D cannot load the font
     */
    public byte[] png(CjkFont font) {
        Objects.requireNonNull(font, "font");
        Font face = awtFont(font).deriveFont(FONT_SIZE);
        for (String label : labels()) {
            int at = face.canDisplayUpTo(label);
            if (at >= 0) {
                int cp = label.codePointAt(at);
                throw new ReportException(ReportException.Code.GLYPH_MISSING, "字体“" + font + "”缺少图表文字“" + label + "”中“"
                        + Character.toString(cp) + "”(U+" + String.format("%04X", cp) + ")的字形，图表未绘制");
            }
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = probe.createGraphics();
        FontMetrics metrics = measure.getFontMetrics(face);
        int nameWidth = 0;
        int valueWidth = 0;
        int shareWidth = 0;
        for (Slice s : slices) {
            nameWidth = Math.max(nameWidth, metrics.stringWidth(s.name()));
            valueWidth = Math.max(valueWidth, metrics.stringWidth(s.valueText()));
            shareWidth = Math.max(shareWidth, metrics.stringWidth(s.shareText()));
        }
        measure.dispose();
        int swatch = 14;
        int gap = 18;
        int left = PIE_X - RADIUS;
        int right = LEGEND_X + swatch + 8 + nameWidth + gap + valueWidth + gap + shareWidth;
        int width = Math.max(MIN_WIDTH, right + left);
        int height = Math.max(MIN_HEIGHT, 40 + slices.size() * ROW);

        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            // pie and legend together centred across the width
            g.translate((width - (right - left)) / 2.0 - left, 0);
            g.setFont(face);
            pie(g, height / 2.0);
            legend(g, height, swatch, gap, nameWidth, valueWidth, shareWidth);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("图表 PNG 编码失败：" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void pie(Graphics2D g, double centreY) {
        double total = slices.stream().mapToDouble(s -> s.value().doubleValue()).sum();
        double x = PIE_X - RADIUS;
        double y = centreY - RADIUS;
        double before = 0;
        List<double[]> arcs = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            double value = slices.get(i).value().doubleValue();
            // from the cumulative sums, so the slices meet exactly and the last closes the circle
            double start = 90 - 360 * before / total;
            before += value;
            double end = i == slices.size() - 1 ? -270 : 90 - 360 * before / total;
            arcs.add(new double[] {start, end - start});
            if (value > 0) {
                g.setColor(colour(i));
                g.fill(new Arc2D.Double(x, y, 2.0 * RADIUS, 2.0 * RADIUS, start, end - start, Arc2D.PIE));
            }
        }
        // white borders between slices (only where there are two or more)
        if (slices.stream().filter(s -> s.value().signum() > 0).count() > 1) {
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < slices.size(); i++) {
                if (slices.get(i).value().signum() > 0) {
                    double[] a = arcs.get(i);
                    g.draw(new Arc2D.Double(x, y, 2.0 * RADIUS, 2.0 * RADIUS, a[0], a[1], Arc2D.PIE));
                }
            }
        }
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < slices.size(); i++) {
            double[] a = arcs.get(i);
            if (-a[1] < LABEL_DEGREES) {
                continue;
            }
            double middle = Math.toRadians(a[0] + a[1] / 2);
            double lx = PIE_X + Math.cos(middle) * RADIUS * 0.62;
            double ly = centreY - Math.sin(middle) * RADIUS * 0.62;
            String text = slices.get(i).shareText();
            g.setColor(dark(colour(i)) ? Color.WHITE : new Color(0x222222));
            g.drawString(text, (float) (lx - metrics.stringWidth(text) / 2.0), (float) (ly + metrics.getAscent() / 2.0 - 2));
        }
    }

    private void legend(Graphics2D g, int height, int swatch, int gap, int nameWidth, int valueWidth, int shareWidth) {
        FontMetrics metrics = g.getFontMetrics();
        int top = (height - slices.size() * ROW) / 2;
        int nameX = LEGEND_X + swatch + 8;
        int valueRight = nameX + nameWidth + gap + valueWidth;
        int shareRight = valueRight + gap + shareWidth;
        for (int i = 0; i < slices.size(); i++) {
            Slice s = slices.get(i);
            int baseline = top + i * ROW + ROW / 2 + metrics.getAscent() / 2 - 2;
            g.setColor(colour(i));
            g.fillRect(LEGEND_X, top + i * ROW + (ROW - swatch) / 2, swatch, swatch);
            g.setColor(new Color(0x222222));
            g.drawString(s.name(), nameX, baseline);
            g.drawString(s.valueText(), valueRight - metrics.stringWidth(s.valueText()), baseline);
            g.drawString(s.shareText(), shareRight - metrics.stringWidth(s.shareText()), baseline);
        }
    }

    static Color colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    private static boolean dark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 150;
    }

    /** The face as a Java2D font, loaded once per JVM (a .ttc's face picked by its PostScript name). */
    private static Font awtFont(CjkFont font) {
        return FONTS.computeIfAbsent(font, f -> {
            try {
                Font[] faces = Font.createFonts(f.file().toFile());
                for (Font face : faces) {
                    if (face.getPSName().equals(f.face()) || face.getFontName().equals(f.face())) {
                        return face;
                    }
                }
                throw new ReportException(ReportException.Code.CJK_FONT_UNUSABLE, "字体文件“" + f.file() + "”中没有名为“" + f.face()
                        + "”的字体，图表无法绘制");
            } catch (IOException | FontFormatException e) {
                throw new ReportException(ReportException.Code.CJK_FONT_UNUSABLE, "字体“" + f + "”无法用于绘制图表：" + e.getMessage(), e);
            }
        });
    }
}
