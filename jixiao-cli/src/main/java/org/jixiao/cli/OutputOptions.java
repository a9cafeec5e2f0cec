package org.jixiao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE [--force]}, shared by the commands that write a file (mixed in with {@code @Mixin}). */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "写出的文件（先写临时文件，完成后再改名）")
    Path file;

    @Option(names = "--force", description = "覆盖已有的文件")
    boolean force;

    public Path file() {
        return file;
    }

    public boolean force() {
        return force;
    }
}
