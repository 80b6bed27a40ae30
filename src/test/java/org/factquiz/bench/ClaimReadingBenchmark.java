package org.factquiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factquiz.claims.ClaimParser;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.CandidatePool;
import org.factquiz.model.FactBase;
import org.factquiz.model.Location;
import org.factquiz.model.Relation;
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
 * Microbenchmarks of the two steps whose cost must not grow with the fact base (bench/jmh runs
 * them; docs/benchmarks.md has the results): reading one claim sentence, which looks up the names it
 * contains instead of matching an alternation of every name, and drawing a question's candidate
 * answers from a pool, which draws a few ids instead of scanning the pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ClaimReadingBenchmark {
    private static final Location WHERE = new Location("benchmark", 1, 1);

    /** Statements in the synthetic fact base the names come from (about 0.28 entities each). */
    @Param({"10000", "100000"})
    int statements;

    private ClaimParser parser;
    private String sentence;
    private CandidatePool pool;

    @Setup
    public void generate() throws IOException, InputException {
        Path folder = Files.createTempDirectory("factquiz-jmh");
        SyntheticFacts.Generated base = SyntheticFacts.write(folder.resolve("facts"), statements, SyntheticFacts.SEED);
        FactBase facts = FactsLoader.load(base.facts());
        parser = new ClaimParser(facts, PhraseBookLoader.load(Path.of("rules/language"), facts));
        // The last company of the base and what it makes, by their English names.
        Map<String, String> names = new HashMap<>();
        facts.entities().forEach(e -> names.put(e.id(), e.name().en()));
        Relation made = facts.statements().stream().filter(s -> s instanceof Relation r
                        && r.predicate().equals("makes") && r.subject().startsWith("co-"))
                .map(Relation.class::cast).reduce((first, second) -> second).orElseThrow();
        sentence = names.get(made.subject()) + " makes " + names.get(made.object());
        if (!(parser.read("claim", sentence, WHERE) instanceof ClaimParser.Read)) {
            throw new IllegalStateException("the benchmark sentence does not read as a claim: " + sentence);
        }
        List<String> ids = facts.entities().stream().map(e -> e.id()).toList();
        pool = new CandidatePool("type", "thing", ids);
    }

    @Benchmark
    public ClaimParser.Reading readOneClaimSentence() {
        return parser.read("claim", sentence, WHERE);
    }

    @Benchmark
    public List<String> drawEightCandidatesFromAPoolOfEveryEntity() {
        return pool.sample("which-makes-" + statements, 8, "co-000001", "pr-000001-1");
    }
}
