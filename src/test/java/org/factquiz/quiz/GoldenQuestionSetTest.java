package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The question set the shipped facts yield, pinned: which questions exist (by id) and how many of
 * each type. A change to facts or quiz rules that adds or removes questions shows up here as a diff
 * to review. To accept it deliberately, regenerate the golden file and commit it with the change:
 * <pre>mvn -B test -Dtest=GoldenQuestionSetTest -Dfactquiz.golden.update=true</pre>
 */
class GoldenQuestionSetTest {
    private static final Path GOLDEN = Path.of("src/test/resources/quiz/golden-ids.txt");
    private static final String HEADER = """
            # The question ids the shipped facts yield, one per line as "type id", sorted.
            # Checked by GoldenQuestionSetTest. After a deliberate change to facts/ or rules/quiz/, regenerate with
            #   mvn -B test -Dtest=GoldenQuestionSetTest -Dfactquiz.golden.update=true
            # and review the diff before committing it.
            """;

    @Test
    void theShippedFactsYieldTheGoldenQuestions() throws IOException {
        List<String> actual = ShippedQuiz.set().questions().stream().map(q -> q.type().label() + " " + q.id())
                .sorted().toList();
        if (Boolean.getBoolean("factquiz.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, HEADER + String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Set<String> missing = new TreeSet<>(golden);
        missing.removeAll(actual);
        Set<String> added = new TreeSet<>(actual);
        added.removeAll(golden);
        if (!missing.isEmpty() || !added.isEmpty()) {
            StringBuilder diff = new StringBuilder("the question set differs from " + GOLDEN + ":\n");
            missing.forEach(line -> diff.append("  - ").append(line).append("   (golden, no longer generated)\n"));
            added.forEach(line -> diff.append("  + ").append(line).append("   (generated, not in golden)\n"));
            diff.append("per type, golden -> now: ").append(perTypeChange(golden, actual)).append('\n');
            diff.append("If the change is intended: mvn -B test -Dtest=GoldenQuestionSetTest "
                    + "-Dfactquiz.golden.update=true, then review and commit the file.");
            fail(diff.toString());
        }
        assertThat(actual).hasSameSizeAs(golden);
    }

    @Test
    void theCountPerTypeInTheStatsMatchesTheQuestions() {
        QuizSet set = ShippedQuiz.set();
        Map<String, Integer> counted = new TreeMap<>();
        set.questions().forEach(q -> counted.merge(q.type().label(), 1, Integer::sum));
        assertThat(set.stats().perType()).isEqualTo(counted);
        assertThat(set.stats().questions()).isEqualTo(set.questions().size());
    }

    @Test
    void atLeastFortyDistinctQuestionsOfSixTypes() {
        // The seventh, ordering, needs three facts in a certain order, which the shipped article does not
        // have (QuestionTypesTest.anOrderOfTwoIsNotAsked); the second article's quiz has it (QuizQualityTest).
        QuizSet set = ShippedQuiz.set();
        Set<String> distinctPrompts = set.questions().stream()
                .map(q -> q.prompt().get(Language.EN) + " " + q.choices().stream().map(c -> c.text().get(Language.EN))
                        .sorted().toList())
                .collect(Collectors.toSet());
        Set<String> ids = set.questions().stream().map(Question::id).collect(Collectors.toSet());
        assertThat(ids).as("ids are unique").hasSameSizeAs(set.questions());
        assertThat(distinctPrompts).as("no two questions ask the same").hasSameSizeAs(set.questions());
        assertThat(distinctPrompts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.stats().perType()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(set.stats().perType().values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void questionIdsDoNotDependOnTheSeed() {
        List<String> seeded = ShippedQuiz.builder().build(ShippedQuiz.SEED + 41).questions().stream()
                .map(Question::id).sorted().toList();
        assertThat(seeded).isEqualTo(ShippedQuiz.set().questions().stream().map(Question::id).sorted().toList());
    }

    private static String perTypeChange(List<String> golden, List<String> actual) {
        Map<String, int[]> counts = new TreeMap<>();
        golden.forEach(line -> counts.computeIfAbsent(line.split(" ")[0], k -> new int[2])[0]++);
        actual.forEach(line -> counts.computeIfAbsent(line.split(" ")[0], k -> new int[2])[1]++);
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + " " + n[0] + (n[0] == n[1] ? "" : " -> " + n[1])));
        return String.join(", ", parts);
    }
}
