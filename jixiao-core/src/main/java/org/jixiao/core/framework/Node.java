package org.jixiao.core.framework;

import java.util.Optional;
import org.jixiao.core.number.Score;

/** A node of an indicator framework: a {@link Group} that subtotals its children, or a scored {@link Indicator}. */
public sealed interface Node permits Group, Indicator {

    /** The code as the table writes it (A11, B12) or as the framework assigns it (1.2.3). */
    String code();

    String name();

    /** 分值. Absent in target tables and where a table states only subtotals. */
    Optional<Score> weight();

    /** 1 for 一级指标, 2 for 二级, 3 for 三级; 4 for the parts of a nested indicator. */
    int level();

    /** Where the node was read from (line in its source), 0 when built in code. */
    int line();
}
