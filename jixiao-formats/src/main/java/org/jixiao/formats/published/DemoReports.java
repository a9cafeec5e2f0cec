package org.jixiao.formats.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The four published 2024 reports Jixiao started from (Baotou, Nanjing, Shenzhen, Suzhou), shipped
 * as demo data: exact copies of {@code shared/seeds}, checked byte for byte by the tests.
 */
public final class DemoReports {

    public static final List<String> NAMES = List.of(
            "baotou-2024-final-accounts-and-project-self-evaluations.md",
            "nanjing-2024-department-self-evaluation.md",
            "shenzhen-2024-department-self-evaluation.md",
            "suzhou-2024-department-target-table.md");

    private DemoReports() {
    }

    /** The text of a demo report, by one of {@link #NAMES}. */
    public static String text(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("没有名为“" + name + "”的示例报告");
        }
        try (InputStream in = DemoReports.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
