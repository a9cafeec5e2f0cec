/**
 * Readers of published documents into the core's {@link org.jixiao.core.review.PublishedDocument}:
 * text and Markdown ({@code published}), Word .docx ({@code docx}). Their limits are
 * {@link org.jixiao.formats.ReadLimits}; a refused file is an
 * {@link org.jixiao.formats.UnreadableFileException} with a stable code; the checks every Office file
 * passes first are {@link org.jixiao.formats.OfficeZip}'s. See {@code docs/review.md}.
 * Excel ({@code xlsx}): templates, exports safe against formula injection, and the import of filled
 * forms; see {@code docs/excel.md}.
 */
package org.jixiao.formats;
