package org.factquiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleInfo;
import org.factquiz.load.InputException;
import org.factquiz.ruletest.RuleTestReader;
import org.factquiz.ruletest.RuleTestRun;
import org.factquiz.ruletest.RuleTestRunner;

/**
 * Copies of the shipped rules for tests that change them or need them quickly: the inference and
 * consistency rules with the DSL mapping, without the claim and quiz rules (which the rule tests
 * do not need and which take longest to compile).
 */
public final class ShippedRules {
    public static final Path RULES = Path.of("rules");
    public static final Path FACTS = Path.of("facts");
    public static final Path TESTS = RULES.resolve("tests");

    private static RuleBase compiled;
    private static RuleTestRun shippedRun;

    private ShippedRules() {
    }

    /**
     * The inference and consistency rules, compiled once for all tests of a run (compiling is what
     * takes time), from a copy in a temporary folder.
     */
    public static synchronized RuleBase compiled() {
        if (compiled == null) {
            try {
                Path folder = Files.createTempDirectory("factquiz-rules");
                compiled = RuleBase.compile(inferenceAndConsistency(folder));
            } catch (IOException | InputException e) {
                throw new IllegalStateException("the shipped rules do not compile", e);
            }
        }
        return compiled;
    }

    /** The shipped rule tests run once against {@link #compiled()}. */
    public static synchronized RuleTestRun shippedRun() {
        if (shippedRun == null) {
            try {
                RuleBase rules = compiled();
                shippedRun = new RuleTestRunner(FACTS, rules).run(RuleTestReader.read(TESTS,
                        rules.rules().stream().map(RuleInfo::name).toList()));
            } catch (InputException e) {
                throw new IllegalStateException("the shipped rule tests cannot be read", e);
            }
        }
        return shippedRun;
    }

    /** Only the quantity rules and the DSL mapping, for command-line tests that compile their own rules. */
    public static Path quantityRules(Path target) {
        try {
            Files.createDirectories(target.resolve("consistency"));
            Files.copy(RULES.resolve("consistency/quantities.dslr"), target.resolve("consistency/quantities.dslr"));
            Files.copy(RULES.resolve("english.dsl"), target.resolve("english.dsl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** rules/derive, rules/consistency and rules/*.dsl copied into {@code target}, which is returned. */
    public static Path inferenceAndConsistency(Path target) {
        copy(RULES.resolve("derive"), target.resolve("derive"));
        copy(RULES.resolve("consistency"), target.resolve("consistency"));
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path dsl : files.filter(p -> p.toString().endsWith(".dsl")).toList()) {
                Files.copy(dsl, target.resolve(dsl.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Copies a folder tree. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
