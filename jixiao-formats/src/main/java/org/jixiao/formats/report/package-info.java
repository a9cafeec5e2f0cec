/**
 * Self-evaluation reports (绩效自评报告, issue #6): {@link org.jixiao.formats.report.SelfEvaluationReport}
 * builds a {@link org.jixiao.formats.report.Report} from a scored evaluation alone (every number and
 * every sentence stating one comes from the data); {@link org.jixiao.formats.report.DocxReport} writes
 * it as Word, {@link org.jixiao.formats.report.PdfReport} as PDF with a Chinese font that
 * {@link org.jixiao.formats.report.CjkFonts} finds and checks at run time. See {@code docs/reports.md}.
 */
package org.jixiao.formats.report;
