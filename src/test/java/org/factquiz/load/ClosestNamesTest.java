package org.factquiz.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick search for "did you mean" finds what comparing every name in full would find. */
class ClosestNamesTest {
    @Test
    void aMisspeltIdGetsTheClosestKnownOne() {
        assertThat(ClosestNames.closest("chat-bto", List.of("gadget", "chat-bot", "chat"))).contains("chat-bot");
        assertThat(ClosestNames.closest("zzzzzz", List.of("gadget", "chat-bot"))).isEmpty();
    }

    @Test
    void tiesGoToTheFirstNameInOrderAndCaseIsIgnored() {
        assertThat(ClosestNames.closest("Cat", List.of("cut", "bat", "cot"))).contains("bat");
        assertThat(ClosestNames.closest("ACME", List.of("acme-chips", "Acme"))).contains("Acme");
    }

    @Test
    void theBoundedSearchAgreesWithFullComparisonOnRandomNames() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                candidates.add(randomName(random));
            }
            String name = random.nextBoolean() ? mutate(candidates.get(random.nextInt(40)), random) : randomName(random);

            assertThat(ClosestNames.closest(name, candidates)).as(name + " in " + candidates)
                    .isEqualTo(fullComparison(name, candidates));
            for (String candidate : candidates) {
                int limit = Math.max(2, name.length() / 3);
                assertThat(ClosestNames.near(name, candidate))
                        .isEqualTo(ClosestNames.distance(name.toLowerCase(Locale.ROOT),
                                candidate.toLowerCase(Locale.ROOT)) <= limit);
            }
        }
    }

    private static Optional<String> fullComparison(String name, List<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        return candidates.stream()
                .filter(c -> ClosestNames.distance(wanted, c.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String c) -> ClosestNames.distance(wanted, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(c -> c));
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            name.append("abcAB-1".charAt(random.nextInt(7)));
        }
        return name.toString();
    }

    private static String mutate(String name, Random random) {
        StringBuilder mutated = new StringBuilder(name);
        for (int i = random.nextInt(4); i > 0 && mutated.length() > 0; i--) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, 'b');
                default -> mutated.setCharAt(at, 'c');
            }
        }
        return mutated.toString();
    }
}
