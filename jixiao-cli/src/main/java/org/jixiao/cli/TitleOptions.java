package org.jixiao.cli;

import picocli.CommandLine.Option;

/** {@code --unit --project --year}: what a form's or report's title rows state, when given on the command line. */
public final class TitleOptions {

    @Option(names = "--unit", paramLabel = "单位", description = "单位名称")
    String unit;

    @Option(names = "--project", paramLabel = "项目", description = "项目名称（默认为项目自评表指标体系的名称）")
    String project;

    @Option(names = "--year", paramLabel = "YYYY", description = "评价年度（默认为指标体系的年度）")
    Integer year;

    /** The unit given, else {@code otherwise}. */
    public String unit(String otherwise) {
        return unit != null ? unit : otherwise;
    }

    public String project(String otherwise) {
        return project != null ? project : otherwise;
    }

    public int year(int otherwise) {
        return year != null ? year : otherwise;
    }
}
