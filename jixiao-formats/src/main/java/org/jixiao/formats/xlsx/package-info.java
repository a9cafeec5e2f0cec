/**
 * Excel (.xlsx): the blank forms to fill in ({@link org.jixiao.formats.xlsx.TemplateXlsx}), a scored
 * evaluation in the same official layout ({@link org.jixiao.formats.xlsx.ScoreSheetXlsx}), the import
 * of a filled form into the core model ({@link org.jixiao.formats.xlsx.WorkbookImport}), and a list of
 * tables ({@link org.jixiao.formats.xlsx.ListXlsx}). Every cell written goes through
 * {@link org.jixiao.formats.xlsx.XlsxWriter}: texts are made safe by {@link org.jixiao.formats.xlsx.SafeText}
 * (no formula injection, no character XML forbids), numbers are numbers, and the only formulas are
 * sums built from cell positions. See {@code docs/excel.md}.
 */
package org.jixiao.formats.xlsx;
