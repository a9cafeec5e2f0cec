/**
 * Reading published reports into the core's {@link org.jixiao.core.review.PublishedDocument}:
 * {@link org.jixiao.formats.published.PublishedText} reads text and Markdown;
 * {@link org.jixiao.formats.published.PublishedDocumentBuilder} joins table pieces, finds titles
 * and collects paragraphs for every format. See {@code docs/review.md}.
 */
package org.jixiao.formats.published;
