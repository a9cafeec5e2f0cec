/**
 * Readers of published documents into the core's {@link org.jixiao.core.review.PublishedDocument}:
 * text and Markdown ({@code published}), Word .docx ({@code docx}). Their limits are
 * {@link org.jixiao.formats.ReadLimits}; a refused file is an
 * {@link org.jixiao.formats.UnreadableFileException} with a stable code. See {@code docs/review.md}.
 * Writers: Excel exports ({@code xlsx}), safe against formula injection; see {@code docs/web.md}.
 */
package org.jixiao.formats;
