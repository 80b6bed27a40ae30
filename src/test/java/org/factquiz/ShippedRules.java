package org.factquiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of the shipped rules for tests that change them or need them quickly: the inference and
 * consistency rules with the DSL mapping, without the claim and quiz rules (which the rule tests
 * do not need and which take longest to compile).
 */
public final class ShippedRules {
    public static final Path RULES = Path.of("rules");
    public static final Path FACTS = Path.of("facts");
    public static final Path TESTS = RULES.resolve("tests");

    private ShippedRules() {
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
