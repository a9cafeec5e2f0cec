package org.jixiao.core.grade;

import java.util.Objects;

/** An evaluation grade as published: 优, 良, 中, 差 (or a region's own names). */
public record Grade(String name) {

    public Grade {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a grade needs a name");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
