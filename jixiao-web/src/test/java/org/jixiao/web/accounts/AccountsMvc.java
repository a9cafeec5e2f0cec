package org.jixiao.web.accounts;

import java.io.ByteArrayOutputStream;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureTables;
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

    public static byte[] workbook(DisclosureTables tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.write(tables, out);
        return out.toByteArray();
    }
}
