package org.jixiao.formats.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;

/**
 * The Baotou 教育三项改革资金 example (examples/baotou-2024-sanxiang-gaige.tsv, the file docs/cli.md's
 * {@code jixiao score} reads) as an Evaluation, read with the same records the command line reads.
 */
final class BaotouExample {

    static final Framework FRAMEWORK = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");
    static final Path FILE = Path.of("..", "examples", "baotou-2024-sanxiang-gaige.tsv");

    private BaotouExample() {
    }

    static Evaluation evaluation() {
        return builder().build();
    }

    /** The example's records in a builder, so a test can add to them. */
    static Evaluation.Builder builder() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Evaluation.Builder b = Evaluation.of(FRAMEWORK);
        List<FundsLine> funds = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "unit" -> b.unit(f[1]);
                case "funds" -> funds.add(FundsLine.wan(f[1], f[2], f[3], f[4]));
                case "actual" -> b.actual(f[1], f[2]);
                case "judge" -> b.judge(f[1], f[2], f[3]);
                case "reason" -> b.deviationReason(f[1], f[2]);
                case "reported" -> b.reported(f[1], f[2]);
                default -> throw new IllegalStateException("record not read here: " + line);
            }
        }
        return b.funds(new FundsBlock(funds.get(0), funds.subList(1, funds.size())));
    }
}
