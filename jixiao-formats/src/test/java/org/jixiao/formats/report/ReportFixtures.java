package org.jixiao.formats.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.review.ReadEvaluation;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.published.DemoReports;
import org.jixiao.formats.published.PublishedText;
import org.junit.jupiter.api.Assumptions;

/**
 * The evaluations the reports are tested on, read from the published seeds with the reviewer (as
 * {@code jixiao import} would), plus the judgements the core's scoring tests record for them; and
 * the external programs the tests read the files back with.
 */
final class ReportFixtures {

    static final String BAOTOU = "baotou-2024-final-accounts-and-project-self-evaluations.md";
    static final String NANJING = "nanjing-2024-department-self-evaluation.md";
    static final String SHENZHEN = "shenzhen-2024-department-self-evaluation.md";

    private ReportFixtures() {
    }

    /** A scored evaluation and its report. */
    record Case(Framework framework, Evaluation evaluation, ScoreSheet sheet, Report report) {
        static Case of(Framework framework, Evaluation evaluation) {
            ScoreSheet sheet = Scorer.score(framework, evaluation);
            return new Case(framework, evaluation, sheet,
                    SelfEvaluationReport.build(ReportTitle.of(framework, evaluation), evaluation, sheet));
        }
    }

    static ReadEvaluation read(String seed, String frameworkId) {
        List<ReadEvaluation> read = Reviewer.readEvaluations(PublishedText.read(seed, DemoReports.text(seed)), 2024,
                ShippedFrameworks.all());
        return read.stream().filter(r -> r.framework().id().equals(frameworkId)).findFirst()
                .orElseThrow(() -> new AssertionError(seed + " gives no evaluation for " + frameworkId));
    }

    /** Baotou 教育三项改革资金 as published, the two cost rows (actual 0) still to be judged. */
    static Case baotouUnjudged() {
        ReadEvaluation read = read(BAOTOU, "baotou-2024-sanxiang-gaige");
        return Case.of(read.framework(), read.evaluation());
    }

    /** The same with the judgements of examples/baotou-2024-sanxiang-gaige.tsv (and BaotouScoringTests). */
    static Case baotou() {
        ReadEvaluation read = read(BAOTOU, "baotou-2024-sanxiang-gaige");
        String why = "资金年底下达，未发生支出，成本目标未实现，认定0分";
        return Case.of(read.framework(), judged(read.evaluation(), Map.of("1.4.1", Judgement.of("0", why),
                "1.4.2", Judgement.of("0", why))));
    }

    /** Nanjing's department table with NanjingScoringTests' judgements (97.9, 优). */
    static Case nanjing() {
        ReadEvaluation read = read(NANJING, "nanjing-department");
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        String asPublished = "按公开的得分表认定";
        for (String code : List.of("B31", "B32", "B41", "B51", "B61", "B62")) {
            judgements.put(code, Judgement.of("0.5", asPublished));
        }
        judgements.put("B12", Judgement.of("1.9", asPublished));
        judgements.put("F11", Judgement.of("1", "报告写明加减分项得分为1分"));
        return Case.of(read.framework(), judged(read.evaluation(), judgements));
    }

    /** Shenzhen's scattered table: reported scores only, no 完成值, so every row is still to be entered. */
    static Case shenzhen() {
        ReadEvaluation read = read(SHENZHEN, "shenzhen-department");
        return Case.of(read.framework(), read.evaluation());
    }

    static Evaluation judged(Evaluation e, Map<String, Judgement> more) {
        Map<String, Judgement> all = new LinkedHashMap<>(e.judgements());
        all.putAll(more);
        return new Evaluation(e.frameworkId(), e.unit(), e.funds(), e.actuals(), all, e.deviationReasons(),
                e.notApplicable(), e.reportedScores());
    }

    static byte[] pdf(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(report, out, CjkFonts.find());
        return out.toByteArray();
    }

    static byte[] docx(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReport.write(report, out);
        return out.toByteArray();
    }

    /** Text without any white space, so words a line break cut are whole again. */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    // external programs --------------------------------------------------------------------------

    /**
     * A program on the PATH. bin/test installs poppler-utils and LibreOffice; where one is missing
     * the test is skipped, saying so, except under CI=true, where it fails.
     */
    static Path tool(String name, String debianPackage) {
        String path = System.getenv("PATH");
        Optional<Path> found = path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(name + " is not on the PATH: install " + debianPackage);
        }
        Assumptions.assumeTrue(found.isPresent(), name + " is not on the PATH (" + debianPackage + ")");
        return found.get();
    }

    /** Runs a program, failing the test on a non-zero exit or a time-out; returns its standard output as UTF-8. */
    static String run(Path dir, String... command) {
        try {
            Path log = Files.createTempFile(dir, "out", ".txt");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("exit " + p.exitValue() + " from " + String.join(" ", command) + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("jixiao-report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph text of a section, by the section's heading prefix ("二、"). */
    static List<String> paragraphs(Report report, String headingPrefix) {
        List<String> out = new ArrayList<>();
        for (Report.Section section : report.sections()) {
            if (section.heading().startsWith(headingPrefix)) {
                for (Report.Block block : section.blocks()) {
                    if (block instanceof Report.Paragraph p) {
                        out.add(p.text());
                    }
                }
            }
        }
        return out;
    }

    /** The scored table (section 三). */
    static Report.Table scoreTable(Report report) {
        return report.sections().stream().filter(s -> s.heading().startsWith("三、")).flatMap(s -> s.blocks().stream())
                .filter(Report.Table.class::isInstance).map(Report.Table.class::cast).findFirst().orElseThrow();
    }
}
