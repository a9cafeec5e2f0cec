/**
 * Excel (.xlsx) exports written with dhatim fastexcel: a scored table laid out as the national
 * 项目支出绩效自评表 ({@link org.jixiao.formats.xlsx.ScoreSheetXlsx}) and a list of tables
 * ({@link org.jixiao.formats.xlsx.ListXlsx}). Every cell goes through
 * {@link org.jixiao.formats.xlsx.XlsxWriter}: texts are made safe by {@link org.jixiao.formats.xlsx.SafeText}
 * (no formula injection, no character XML forbids), numbers are numbers, and no formula is ever written.
 */
package org.jixiao.formats.xlsx;
