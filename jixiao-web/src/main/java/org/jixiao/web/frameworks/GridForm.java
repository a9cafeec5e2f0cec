package org.jixiao.web.frameworks;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table form as posted: the grid's structure travels in two hidden fields (the layout of the
 * nodes and of the amount tables: records separated by ";", fields by ",", every text in them
 * URL-encoded, so that no character a browser rewrites in a form value, such as a line break,
 * appears), the cells as one field each. The
 * form is read back from what was posted alone, so that a refused save shows the grid as typed
 * even when someone has changed the stored framework since.
 *
 * <p>Cell fields: {@code n} name, {@code w} weight, {@code t} target, {@code h} half-year target,
 * {@code u} unit, {@code m} method, followed by the row's index; {@code a<table>.<line>.<column>} an amount.
 */
final class GridForm {

    /** A grid read from a form, and whether some field the layout announces was not posted. */
    record Posted(TableGrid grid, boolean incomplete, boolean malformed) {
    }

    private static final int MAX_ROWS = 2_000;

    private GridForm() {
    }

    static String layout(TableGrid grid) {
        return grid.rows().stream()
                .map(r -> (r.group() ? "g" : r.added() ? "n" : "i") + "," + r.level() + "," + enc(r.code())
                        + (r.group() ? "," + enc(r.name()) : ""))
                .collect(Collectors.joining(";"));
    }

    static String amountLayout(TableGrid grid) {
        StringBuilder out = new StringBuilder();
        for (TableGrid.Amounts t : grid.tables()) {
            out.append("T,").append(enc(t.name())).append(',').append(enc(t.unit()));
            t.columns().forEach(c -> out.append(',').append(enc(c)));
            out.append(';');
            t.lines().forEach(l -> out.append("R,").append(l.depth()).append(',').append(enc(l.label())).append(';'));
        }
        return out.toString();
    }

    static Posted read(Map<String, String> form) {
        boolean weights = "yes".equals(form.get("weights"));
        Reader reader = new Reader(form);
        List<TableGrid.Row> rows = new ArrayList<>();
        List<TableGrid.Amounts> tables = new ArrayList<>();
        try {
            String[] layout = form.getOrDefault("layout", "").strip().split(";");
            for (int i = 0; i < layout.length && !layout[i].isBlank(); i++) {
                if (i >= MAX_ROWS) {
                    return new Posted(new TableGrid(weights, rows, tables), false, true);
                }
                rows.add(reader.row(layout[i].strip().split(",", -1), i, weights));
            }
            List<String> columns = null;
            for (String line : form.getOrDefault("amountLayout", "").split(";")) {
                String[] f = line.strip().split(",", -1);
                if (f[0].equals("T")) {
                    columns = new ArrayList<>();
                    for (int c = 3; c < f.length; c++) {
                        columns.add(dec(f[c]));
                    }
                    tables.add(new TableGrid.Amounts(dec(f[1]), dec(f[2]), columns, new ArrayList<>()));
                } else if (f[0].equals("R") && columns != null) {
                    int t = tables.size() - 1;
                    List<TableGrid.Line> lines = tables.get(t).lines();
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        cells.add(reader.cell("a" + t + "." + lines.size() + "." + c));
                    }
                    lines.add(new TableGrid.Line(dec(f[2]), Integer.parseInt(f[1]), cells));
                } else if (!line.isBlank()) {
                    return new Posted(new TableGrid(weights, rows, List.of()), false, true);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // a layout the page never writes: shown as a broken form, never saved
            return new Posted(new TableGrid(weights, rows, List.of()), reader.missing, true);
        }
        List<TableGrid.Amounts> copies = tables.stream()
                .map(t -> new TableGrid.Amounts(t.name(), t.unit(), t.columns(), List.copyOf(t.lines()))).toList();
        return new Posted(new TableGrid(weights, rows, copies), reader.missing, false);
    }

    /** Reads cells, noting any the layout announces but the post lacks (a server's field limit drops the last ones). */
    private static final class Reader {
        private final Map<String, String> form;
        boolean missing;

        Reader(Map<String, String> form) {
            this.form = form;
        }

        TableGrid.Row row(String[] f, int i, boolean weights) {
            boolean group = f[0].equals("g");
            if (!group && !f[0].equals("i") && !f[0].equals("n")) {
                throw new IllegalArgumentException(f[0]);
            }
            int level = Integer.parseInt(f[1]);
            String code = dec(f[2]);
            String weight = weights ? cell("w" + i) : "";
            if (group) {
                return new TableGrid.Row(code, level, true, false, dec(f[3]), weight, "", "", "", "");
            }
            return new TableGrid.Row(code, level, false, f[0].equals("n"), cell("n" + i), weight, cell("t" + i),
                    cell("h" + i), cell("u" + i), cell("m" + i));
        }

        String cell(String name) {
            String value = form.get(name);
            if (value == null) {
                missing = true;
                return "";
            }
            return value;
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String dec(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
