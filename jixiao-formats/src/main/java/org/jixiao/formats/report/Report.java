package org.jixiao.formats.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A report as data, independent of the file it is written to: a title, then sections of
 * sub-headings, paragraphs, tables and figures. {@link SelfEvaluationReport#build} makes a
 * self-evaluation report (绩效自评报告) from a scored evaluation, {@code DisclosureReport.build} a
 * unit's final-accounts disclosure (决算公开); {@link DocxReport} and {@link PdfReport} write the same
 * model, so the Word and PDF files say the same thing.
 *
 * @param title    the report's title ("包头市电化教育馆2024年度教育三项改革资金项目支出绩效自评报告")
 * @param header   unit, project (empty when none) and year
 * @param sections in order ("一、基本情况" …, or "第一部分 单位决算情况说明" …)
 */
public record Report(String title, ReportTitle header, List<Section> sections) {

    /** Marks what the unit still has to write, in the text and the table alike. */
    public static final String PLACEHOLDER = "〔由单位填写〕";

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(header, "header");
        sections = List.copyOf(sections);
    }

    /**
     * Every text of the report (title, headings, paragraphs, table headings — a column group before
     * its first column — and cells, figure captions), in order.
     */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(title);
        for (Section section : sections) {
            out.add(section.heading());
            for (Block block : section.blocks()) {
                if (block instanceof Subheading s) {
                    out.add(s.text());
                } else if (block instanceof Paragraph p) {
                    out.add(p.text());
                } else if (block instanceof Table t) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        Column column = t.columns().get(c);
                        if (t.startsGroup(c)) {
                            out.add(column.group());
                        }
                        out.add(column.heading());
                    }
                    t.rows().forEach(r -> out.addAll(r.cells()));
                } else if (block instanceof Figure f) {
                    out.add(f.caption());
                }
            }
        }
        return out;
    }

    /** A section under a first-level heading: "一、基本情况", "第二部分 单位决算表". */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Subheading, Paragraph, Table, Figure {
    }

    /** "（一）产出指标", "二、收入决算表". */
    public record Subheading(String text) implements Block {
        public Subheading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text; it may contain {@link Report#PLACEHOLDER}. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table whose heading is repeated on every page. Every row has one cell per column; a cell may
     * hold line breaks ("\n"). When some columns have a {@link Column#group()}, the heading has two
     * rows: adjacent columns of the same group stand under one merged cell with the group's name, and
     * a column without a group has one cell spanning both rows (as the national disclosure tables:
     * 科目编码, 项目, 年初预算数 over both rows, 决算数 over 合计 / 基本支出 / 项目支出).
     */
    public record Table(List<Column> columns, List<Row> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("表格没有列");
            }
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("表格行有" + row.cells().size() + "个单元格，表头有" + columns.size() + "列");
                }
            }
        }

        /** Whether the heading has two rows (some column has a group). */
        public boolean grouped() {
            return columns.stream().anyMatch(c -> !c.group().isEmpty());
        }

        /** Whether column {@code c} is the first of a run of adjacent columns of one (non-empty) group. */
        public boolean startsGroup(int c) {
            String group = columns.get(c).group();
            return !group.isEmpty() && (c == 0 || !columns.get(c - 1).group().equals(group));
        }

        /** How many columns from {@code c} on belong to the group {@code c} starts (1 without a group). */
        public int groupSpan(int c) {
            String group = columns.get(c).group();
            if (group.isEmpty()) {
                return 1;
            }
            int span = 1;
            while (c + span < columns.size() && columns.get(c + span).group().equals(group)) {
                span++;
            }
            return span;
        }
    }

    /**
     * A column: its heading, its share of the table's width in percent, whether it holds numbers
     * (set right-aligned), and the group it stands under in a two-row heading ("" for none).
     */
    public record Column(String heading, int percent, boolean numeric, String group) {
        public Column {
            Objects.requireNonNull(heading, "heading");
            group = group == null ? "" : group;
            if (percent <= 0 || percent > 100) {
                throw new IllegalArgumentException("列宽应在1%到100%之间：" + percent);
            }
        }

        /** A column without a group. */
        public Column(String heading, int percent, boolean numeric) {
            this(heading, percent, numeric, "");
        }
    }

    /** How a row is set: an ordinary row, a subtotal (小计) or the total (总分 / 合计). */
    public enum RowStyle {
        NORMAL, SUBTOTAL, TOTAL
    }

    /**
     * A row of cells. Its first cell may span the next columns too ({@code span} &gt; 1: a fixed
     * line's label such as "收入总计" over 科目编码 and 项目); the cells it covers must be blank.
     */
    public record Row(List<String> cells, RowStyle style, int span) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
            Objects.requireNonNull(style, "style");
            if (span < 1 || span > Math.max(1, cells.size())) {
                throw new IllegalArgumentException("首个单元格跨" + span + "列，该行只有" + cells.size() + "个单元格");
            }
            for (int c = 1; c < span; c++) {
                if (!cells.get(c).isEmpty()) {
                    throw new IllegalArgumentException("第" + (c + 1) + "个单元格被首个单元格合并，应为空，实为“" + cells.get(c) + "”");
                }
            }
        }

        /** A row of one cell per column. */
        public Row(List<String> cells, RowStyle style) {
            this(cells, style, 1);
        }
    }

    /**
     * A picture (a chart) with its caption below it ("图1 收入决算结构"): a PNG image, shown at
     * {@code percent} of the text width, its height in proportion.
     */
    public record Figure(byte[] png, int percent, String caption) implements Block {

        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        public Figure {
            Objects.requireNonNull(png, "png");
            Objects.requireNonNull(caption, "caption");
            if (percent <= 0 || percent > 100) {
                throw new IllegalArgumentException("图宽应在1%到100%之间：" + percent);
            }
            // a PNG starts with its signature and its IHDR chunk (width and height, 4 bytes each)
            if (png.length < 24 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)
                    || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
                throw new IllegalArgumentException("图“" + caption + "”不是 PNG 图像");
            }
            png = png.clone();
        }

        /** The image's bytes (a copy). */
        @Override
        public byte[] png() {
            return png.clone();
        }

        /** Width in pixels, from the PNG's header. */
        public int width() {
            return bigEndian(16);
        }

        /** Height in pixels, from the PNG's header. */
        public int height() {
            return bigEndian(20);
        }

        private int bigEndian(int at) {
            return (png[at] & 0xFF) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8 | (png[at + 3] & 0xFF);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Figure f && percent == f.percent && caption.equals(f.caption) && Arrays.equals(png, f.png);
        }

        @Override
        public int hashCode() {
            return Objects.hash(percent, caption, Arrays.hashCode(png));
        }

        @Override
        public String toString() {
            return "Figure[" + caption + ", " + width() + "×" + height() + " px, " + png.length + " bytes, " + percent + "%]";
        }
    }
}
