package org.jixiao.core.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two national classifications of expenditure: by function (支出功能分类, 类/款/项 with codes of
 * 3, 5 and 7 digits) and by economic nature (部门预算支出经济分类, 类/款 with codes of 3 and 5 digits).
 */
public enum ClassificationKind {

    FUNCTIONAL("functional", "支出功能分类", List.of(3, 5, 7)),
    ECONOMIC("economic", "部门预算支出经济分类", List.of(3, 5));

    private final String key;
    private final String label;
    private final List<Integer> codeLengths;

    ClassificationKind(String key, String label, List<Integer> codeLengths) {
        this.key = key;
        this.label = label;
        this.codeLengths = codeLengths;
    }

    /** As written in a classification file's {@code kind:} header. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The code length of each level, 类 first. */
    public List<Integer> codeLengths() {
        return codeLengths;
    }

    /** The level a code of this length has in this classification, if any. */
    public Optional<Level> levelOf(int codeLength) {
        int index = codeLengths.indexOf(codeLength);
        return index < 0 ? Optional.empty() : Optional.of(Level.values()[index]);
    }

    public static Optional<ClassificationKind> fromKey(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ClassificationKind kind : values()) {
            if (kind.key.equals(t)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
