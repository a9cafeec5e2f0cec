package org.jixiao.web.accounts;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.web.Mvc;
import org.springframework.web.context.WebApplicationContext;

/** {@link Mvc} with the disclosure tables' row counts, the demo's Baotou disclosure, and workbooks to upload. */
public final class AccountsMvc extends Mvc {

    public AccountsMvc(WebApplicationContext context) {
        super(context);
    }

    /** The demo's Baotou disclosure (outside demo-unit's scope, inside every supervisor's). */
    public long baotou() {
        return jdbc().sql("select id from disclosure where unit_id = :unit and year = 2024")
                .param("unit", unit("包头市电化教育馆")).query(Long.class).single();
    }

    /** Rows in all disclosure tables together: any write changes it. */
    public long rows() {
        return jdbc().sql("""
                select (select count(*) from disclosure) + (select sum(version) from disclosure)
                     + (select count(*) from disclosure_version) + (select count(*) from disclosure_table)
                     + (select count(*) from disclosure_row) + (select count(*) from disclosure_value)""")
                .query(Long.class).single();
    }

    /** Baotou's tables for another year (the checks then find no classification for most years: only info). */
    public static DisclosureTables baotou(int year) {
        DisclosureTables b = DemoTables.baotou2024();
        return new DisclosureTables(b.unit(), year, b.kind(), b.tables());
    }

    /**
     * The fields the edit form of {@code table} posts for these tables (the figures as the form shows
     * them), with {@code changes} typed over them; without the version and the CSRF token.
     */
    public static Map<String, String> editForm(DisclosureTables tables, StandardTable table, Map<String, String> changes) {
        TableForm form = TableForm.of(table, tables.table(table), TableForm.BLANK_ROWS);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("moneyUnit", form.moneyUnit());
        fields.put("rows", Integer.toString(form.codeRows()));
        for (TableForm.Row row : form.rows()) {
            if (!row.line()) {
                fields.put(row.code().field(), row.code().value());
                fields.put(row.name().field(), row.name().value());
            }
            row.cells().forEach(c -> fields.put(c.field(), c.value()));
        }
        changes.forEach((field, value) -> {
            if (!fields.containsKey(field) && !field.endsWith(".remove")) {
                throw new IllegalArgumentException("the form has no field " + field);
            }
            fields.put(field, value);
        });
        return fields;
    }

    public static byte[] workbook(DisclosureTables tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.write(tables, out);
        return out.toByteArray();
    }
}
