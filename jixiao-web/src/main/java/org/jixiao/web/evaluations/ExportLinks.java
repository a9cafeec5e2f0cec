package org.jixiao.web.evaluations;

/** Links to the Excel exports for the templates (public for Thymeleaf's {@code T(...)}). */
public final class ExportLinks {

    private ExportLinks() {
    }

    /** The list export with exactly the filters and sort the list page shows (page and size do not apply). */
    public static String list(EvaluationStore.Filter filter) {
        String href = ListLinks.href(filter, TablePage.DEFAULT_SIZE, 1);
        return "/evaluations/export.xlsx" + href.substring("/evaluations".length());
    }
}
