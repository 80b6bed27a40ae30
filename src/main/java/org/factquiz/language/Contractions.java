package org.factquiz.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * German prepositions fused with the definite article ("im" is "in dem", "zur" is "zu der"): the
 * writer writes them where German requires them, so the reader takes them for their preposition.
 */
public final class Contractions {
    private static final Map<String, String> PREPOSITION = Map.of("vom", "von", "zum", "zu", "zur", "zu", "im", "in",
            "am", "an", "beim", "bei", "ins", "in", "ans", "an");

    private Contractions() {
    }

    /** The preposition of a contracted German word ("im" gives "in"), if it is one. */
    public static Optional<String> preposition(String word) {
        return Optional.ofNullable(PREPOSITION.get(word.toLowerCase(Locale.ROOT)));
    }
}
