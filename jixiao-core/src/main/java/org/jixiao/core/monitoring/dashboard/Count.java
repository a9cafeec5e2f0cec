package org.jixiao.core.monitoring.dashboard;

import java.util.Objects;

/** How many items carry a key (a severity, a warning level, a progress status): a bar of a chart. */
public record Count<K>(K key, int count) {

    public Count {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
    }
}
