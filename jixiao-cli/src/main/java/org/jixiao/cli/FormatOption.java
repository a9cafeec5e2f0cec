package org.jixiao.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option every command shares (mixed in with {@code @Mixin}). */
public final class FormatOption {

    @Option(names = "--format", description = "text 或 json（默认 text）", defaultValue = "text")
    Format format;

    public boolean json() {
        return format == Format.json;
    }
}
