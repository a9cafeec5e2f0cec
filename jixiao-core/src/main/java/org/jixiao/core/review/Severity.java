package org.jixiao.core.review;

/** How much a finding matters: an error must be corrected; a warning asks a look; info explains. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
