package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.TableKind;
import org.jixiao.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;

/** Every code the reports pages can show has its words in Chinese and in English. */
class ReportMessagesTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(ReportMessagesTests.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryCodeHasOne() throws Exception {
        Properties zh = load("reports.properties");
        Properties en = load("reports_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (Check c : Check.values()) {
            assertThat(zh).containsKey("reports.check." + c.name());
        }
        for (TableKind k : TableKind.values()) {
            assertThat(zh).containsKey("reports.kind." + k.name());
        }
        for (Severity s : Severity.values()) {
            assertThat(zh).containsKey("reports.severity." + s.name());
        }
        for (UnreadableFileException.Code c : UnreadableFileException.Code.values()) {
            assertThat(zh).containsKey("reports.problem." + c.name());
        }
        for (Field f : ReportProblem.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(zh).containsKey("reports.problem." + f.get(null));
            }
        }
        // the Chinese check titles are the reviewer's own
        for (Check c : Check.values()) {
            assertThat(zh.getProperty("reports.check." + c.name())).isEqualTo(c.title());
        }
    }
}
