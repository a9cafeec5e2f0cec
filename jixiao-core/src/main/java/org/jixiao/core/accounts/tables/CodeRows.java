package org.jixiao.core.accounts.tables;

import java.util.Objects;
import org.jixiao.core.accounts.ClassificationKind;
import org.jixiao.core.accounts.Level;

/**
 * Where a table lists rows keyed by a classification's codes (支出功能分类 类/款/项, or 经济分类 类/款),
 * down to {@code deepest}: the 收入支出决算总表 lists 类 only, the 支出决算表 down to 项.
 */
public record CodeRows(ClassificationKind kind, Level deepest) implements LayoutPart {

    public CodeRows {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deepest, "deepest");
    }

    /** Whether a code of this length is a level this table lists. */
    public boolean allows(String code) {
        return kind.levelOf(code.length()).filter(l -> l.ordinal() <= deepest.ordinal()).isPresent();
    }
}
