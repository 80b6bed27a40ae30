package org.factquiz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleInfo;
import org.factquiz.model.Finding;
import org.factquiz.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic 10k fact base the benchmarks start from: the engine and the hand-written floor both
 * find exactly the planted inconsistencies, one case of every kind the consistency rules detect.
 */
class SyntheticFactsTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    static Path folder;
    static SyntheticFacts.Generated base;

    @BeforeAll
    static void generate() throws IOException {
        base = SyntheticFacts.write(folder.resolve("facts"), 10_000, SyntheticFacts.SEED);
    }

    @Test
    void theTenThousandBaseHasAboutTenThousandStatements() {
        assertThat(base.statements()).isBetween(9_900, 10_100);
        assertThat(base.planted()).hasSize(Plant.values().length).allSatisfy((rule, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void validateFindsExactlyThePlantedInconsistencies() throws Exception {
        ValidationResult result = ValidationResult.of(Knowledge.load(base.facts(), RULES));

        assertThat(countByRule(result.findings())).isEqualTo(new TreeMap<>(base.planted()));
        assertThat(result.knowledge().facts().statements()).hasSize(base.statements());
    }

    @Test
    void theHandWrittenFloorFindsExactlyThePlantedInconsistencies() throws IOException {
        assertThat(FloorChecker.check(base.facts())).isEqualTo(new TreeMap<>(base.planted()));
    }

    @Test
    void theFloorFindsNothingInTheShippedFacts() throws IOException {
        assertThat(FloorChecker.check(Path.of("facts"))).isEmpty();
    }

    @Test
    void everyConsistencyRuleHasAPlantedCase() throws Exception {
        Set<String> consistencyRules = RuleBase.compile(RULES).rules().stream()
                .filter(rule -> rule.packageName().equals("consistency"))
                .map(RuleInfo::name)
                .collect(Collectors.toSet());

        assertThat(base.planted().keySet()).containsExactlyInAnyOrderElementsOf(consistencyRules);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOtherOnes(@TempDir Path other) throws IOException {
        SyntheticFacts.write(other.resolve("same"), 10_000, SyntheticFacts.SEED);
        SyntheticFacts.write(other.resolve("different"), 10_000, SyntheticFacts.SEED + 1);

        assertThat(contents(other.resolve("same"))).isEqualTo(contents(base.facts()));
        assertThat(contents(other.resolve("different"))).isNotEqualTo(contents(base.facts()));
    }

    private static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
