package org.jixiao.cli;

/** Output format of a command: text for people, json for programs (docs/cli.md). */
public enum Format {
    text,
    json
}
