package org.jixiao.web.monitoring;

import java.io.ByteArrayOutputStream;
import org.jixiao.formats.monitoring.MonitoringTemplate;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.web.Mvc;
import org.springframework.web.context.WebApplicationContext;

/** {@link Mvc} with the monitoring tables' row counts and workbooks to upload. */
public final class MonitoringMvc extends Mvc {

    public MonitoringMvc(WebApplicationContext context) {
        super(context);
    }

    /** Rows in all monitoring tables together, log included: any write changes it. */
    public long rows() {
        return jdbc().sql("""
                select (select count(*) from monitoring_execution) + (select count(*) from monitoring_indicator)
                     + (select count(*) from monitoring_deviation) + (select count(*) from monitoring_plan)
                     + (select count(*) from monitoring_log)""").query(Long.class).single();
    }

    public long count(String table, long unitId, int year) {
        // table is one of the monitoring tables named by the tests, never request text
        return jdbc().sql("select count(*) from " + table + " where unit_id = :unit and year = :year")
                .param("unit", unitId).param("year", year).query(Long.class).single();
    }

    public static byte[] workbook(int year, MonitoringWorkbook content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitoringTemplate.write(out, year, content);
        return out.toByteArray();
    }
}
