package org.jixiao.cli.framework;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.cli.TextFiles;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.framework.ShippedFrameworks;

/** A framework named on the command line: a shipped id, or a path to a framework file. */
public final class FrameworkSource {

    /** Framework files are short; anything larger is refused before it is read. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private FrameworkSource() {
    }

    /**
     * @throws IllegalArgumentException with a Chinese message when the name is neither a shipped
     *                                  framework nor a readable UTF-8 file
     */
    public static FrameworkLoad load(String idOrPath) {
        if (ShippedFrameworks.IDS.contains(idOrPath)) {
            return ShippedFrameworks.load(idOrPath);
        }
        Path path = Path.of(idOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("“" + idOrPath + "”既不是内置指标体系（" + String.join("、", ShippedFrameworks.IDS)
                    + "），也不是可读的文件");
        }
        return FrameworkFormat.read(path.getFileName().toString(), TextFiles.read(path, "指标体系文件", MAX_BYTES));
    }
}
