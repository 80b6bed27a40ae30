package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule in rules/consistency has a mutation test: its name appears as a string in one of the
 * *RulesTest classes here, which assert its findings. A new rule without a test fails the build.
 */
class EveryConsistencyRuleIsTestedTest {
    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyConsistencyRuleIsNamedInARuleTest() throws IOException {
        List<String> rules = new ArrayList<>();
        for (Path drl : files(Path.of("rules/consistency"), ".drl")) {
            Matcher m = RULE.matcher(read(drl));
            while (m.find()) {
                rules.add(m.group(1));
            }
        }
        String tests = files(Path.of("src/test/java/org/factquiz/validate"), "RulesTest.java").stream()
                .map(EveryConsistencyRuleIsTestedTest::read)
                .reduce("", String::concat);

        assertThat(rules).hasSizeGreaterThan(20)
                .filteredOn(rule -> !tests.contains('"' + rule + '"'))
                .as("consistency rules without a mutation test")
                .isEmpty();
    }
}
