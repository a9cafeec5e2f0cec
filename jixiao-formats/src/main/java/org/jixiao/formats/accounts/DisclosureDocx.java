package org.jixiao.formats.accounts;

import java.io.OutputStream;
import org.jixiao.core.accounts.tables.DisclosureTables;

/**
 * The former Word writer of the disclosure, kept only while the CLI ({@code AccountsCommand}) and the
 * web ({@code AccountsController}) still call it: it writes {@link DisclosureExport#docx}. Delete it
 * once they call {@link DisclosureExport#docx(DisclosureTables, OutputStream)} directly (not marked
 * {@code @Deprecated} only so that their builds, in progress, stay free of warnings).
 */
public final class DisclosureDocx {

    private DisclosureDocx() {
    }

    /** Writes {@link DisclosureExport#docx}; the stream stays open. */
    public static void write(DisclosureTables tables, OutputStream out) {
        DisclosureExport.docx(tables, out);
    }
}
