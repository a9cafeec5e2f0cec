/**
 * The monitoring workbook (运行监控填报表, docs/monitoring.md): {@link org.jixiao.formats.monitoring.MonitoringTemplate}
 * writes the template a unit fills in (execution per period, indicator progress, deviations, the
 * half-year spending plan), {@link org.jixiao.formats.monitoring.MonitoringWorkbookReader} reads it
 * back, checking the file first as every Office file is ({@link org.jixiao.formats.OfficeZip}: size,
 * kind, password, .xls, zip bomb, DOCTYPE: an {@link org.jixiao.formats.UnreadableFileException}) and
 * then every cell, reporting every bad one with its sheet, cell, code and Chinese message
 * ({@link org.jixiao.formats.monitoring.MonitoringWorkbookException}).
 * {@link org.jixiao.formats.monitoring.MonitoringWorkbook#toUnitMonitoring} hands what was read to the
 * core's monitoring.
 */
package org.jixiao.formats.monitoring;
