package org.jixiao.core.accounts.tables;

/** A part of a table's layout, in order: a fixed line, or the place of the rows keyed by classification codes. */
public sealed interface LayoutPart permits TableLine, CodeRows {
}
