package org.jixiao.web.reports;

import org.jixiao.web.Mvc;
import org.springframework.web.context.WebApplicationContext;

/** {@link Mvc} with the number of stored reports. */
final class ReportsMvc extends Mvc {

    ReportsMvc(WebApplicationContext context) {
        super(context);
    }

    long reportCount() {
        return jdbc().sql("select count(*) from published_report").query(Long.class).single();
    }
}
