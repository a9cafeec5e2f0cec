package org.jixiao.web.evaluations;

import java.util.List;

/**
 * One page of the supervisor's list and how many tables match in all (a department supervises
 * hundreds of units, so the list is never shown whole).
 */
record TablePage(List<EvaluationStore.Summary> items, int page, int size, long total) {

    static final int DEFAULT_SIZE = 50;
    static final int MIN_SIZE = 10;
    static final int MAX_SIZE = 200;

    /** The page asked for, 1-based; out-of-range values are brought to the nearest allowed one, never refused. */
    record Request(int page, int size) {

        static Request of(Integer page, Integer size) {
            int s = size == null ? DEFAULT_SIZE : Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
            return new Request(page == null || page < 1 ? 1 : page, s);
        }

        long offset() {
            return (long) (page - 1) * size;
        }
    }

    /** Pages in all; an empty result still has its one (empty) page. */
    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean defaultSize() {
        return size == DEFAULT_SIZE;
    }

    /** 1-based position of the first item shown, 0 when nothing is shown. */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }
}
