package org.factquiz.bench;

import java.util.concurrent.TimeUnit;
import org.factquiz.model.Language;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.teaching.ItemChart;
import org.factquiz.teaching.ItemTables;
import org.factquiz.teaching.TableCsv;
import org.factquiz.teaching.Words;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The teacher's statistics for 1,000 learners and 100 questions (100,000 answers), the target of
 * issue 16 being under a second (bench/jmh runs it; docs/benchmarks.md has the results):
 * {@code oneQuiz}: everybody answered all 100 questions in one attempt, as in a Moodle quiz;
 * {@code tenShortQuizzes}: everybody took ten quizzes of ten questions drawn from the 100.
 * {@code itemAnalysis} computes the statistics, answer counts and flags; {@code statisticsPage}
 * also builds both tables, their CSV and the scatter chart, everything the page shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ItemStatisticsBenchmark {
    @Param({"oneQuiz", "tenShortQuizzes"})
    String shape;

    private SyntheticClass.Generated generated;

    @Setup
    public void generate() {
        generated = shape.equals("oneQuiz")
                ? SyntheticClass.generate(1000, 100, 1, 100, SyntheticClass.SEED)
                : SyntheticClass.generate(1000, 100, 10, 10, SyntheticClass.SEED);
    }

    @Benchmark
    public ItemAnalysis itemAnalysis() {
        return ItemAnalysis.of(generated.items(), generated.attempts(), FlagThresholds.DEFAULT);
    }

    @Benchmark
    public int statisticsPage() {
        ItemAnalysis analysis = ItemAnalysis.of(generated.items(), generated.attempts(), FlagThresholds.DEFAULT);
        Words words = Words.of(Language.EN);
        return TableCsv.csv(ItemTables.statistics(analysis, words)).length()
                + TableCsv.csv(ItemTables.responses(analysis, words)).length()
                + ItemChart.of("items", analysis, FlagThresholds.DEFAULT, words).svg().length();
    }

    /** The same page as the first request after the server started: a fresh JVM, no warm-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx1g")
    public int statisticsPageCold() {
        return statisticsPage();
    }
}
