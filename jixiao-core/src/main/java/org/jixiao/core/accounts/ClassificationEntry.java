package org.jixiao.core.accounts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One code of a classification with its name: "2050299 其他普通教育支出" (项). {@code aliases} are
 * other names the same code is written under in published tables; {@code line} is where it was
 * read (0 when built in code).
 */
public record ClassificationEntry(String code, String name, List<String> aliases, Level level, int line) {

    public ClassificationEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        aliases = List.copyOf(aliases);
    }

    /** The code of the level above ("20502" for "2050299"); empty for a 类. */
    public Optional<String> parentCode() {
        return switch (level) {
            case CLASS -> Optional.empty();
            case SECTION -> Optional.of(code.substring(0, 3));
            case ITEM -> Optional.of(code.substring(0, 5));
        };
    }

    /** The name and the aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** "2050299 其他普通教育支出". */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
