package org.jixiao.core.accounts;

import java.util.Optional;
import org.jixiao.core.accounts.internal.ClassificationParser;

/**
 * The classification text format (described in docs/classifications.md): a header, then one line
 * per entry "code | name | aliases…", with every problem reported with its line.
 */
public final class ClassificationFormat {

    private ClassificationFormat() {
    }

    /**
     * @param source a name for messages (a file or resource name)
     * @param text   the classification text
     */
    public static ClassificationLoad read(String source, String text) {
        ClassificationParser.Result parsed = ClassificationParser.parse(source, text);
        Optional<Classification> classification = parsed.problems().isEmpty() ? parsed.classification() : Optional.empty();
        return new ClassificationLoad(classification, parsed.problems());
    }
}
