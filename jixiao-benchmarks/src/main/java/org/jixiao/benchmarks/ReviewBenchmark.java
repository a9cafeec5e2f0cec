package org.jixiao.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.published.DemoReports;
import org.jixiao.formats.published.PublishedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Documents reviewed per second (read + every check), one thread, over 400 generated reports: the
 * four published seeds, each copied 100 times with its figures altered at random (a score, an amount,
 * a percentage changed in its last digit), so that the reviewer meets new errors in every copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ReviewBenchmark {

    static final int COPIES = 100;
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d\\d");

    private final List<String> documents = new ArrayList<>();

    @Setup
    public void generate() {
        Random random = new Random(20241122);
        for (String name : DemoReports.NAMES) {
            String seed = DemoReports.text(name);
            for (int copy = 0; copy < COPIES; copy++) {
                documents.add(alter(seed, random));
            }
        }
    }

    /** Changes the last digit of about one figure in twenty. */
    static String alter(String text, Random random) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String n = m.group();
            if (random.nextInt(20) == 0) {
                n = n.substring(0, n.length() - 1) + random.nextInt(10);
            }
            m.appendReplacement(out, n);
        }
        m.appendTail(out);
        return out.toString();
    }

    @Benchmark
    @OperationsPerInvocation(4 * COPIES)
    public void reviewDocuments(Blackhole sink) {
        for (String document : documents) {
            Review review = Reviewer.review(PublishedText.read("generated", document), 2024);
            sink.consume(review);
        }
    }
}
