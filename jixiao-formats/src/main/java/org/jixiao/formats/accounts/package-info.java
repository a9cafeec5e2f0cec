/**
 * The final-accounts disclosure tables (决算公开表, issue #7) as files: an Excel template with one sheet
 * per standard table and a streaming importer of it ({@link org.jixiao.formats.accounts.DisclosureTablesXlsx}),
 * and the disclosure report — the regenerated narrative, the charts 图1/图2 and the tables — as a
 * {@link org.jixiao.formats.report.Report} ({@link org.jixiao.formats.accounts.DisclosureReport}) written
 * to Word or PDF ({@link org.jixiao.formats.accounts.DisclosureExport}).
 */
package org.jixiao.formats.accounts;
