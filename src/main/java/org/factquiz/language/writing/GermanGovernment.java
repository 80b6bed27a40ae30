package org.factquiz.language.writing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Case;
import org.factquiz.language.WordTable;

/**
 * Which case a German word asks of the noun phrase after it: a preposition by
 * german-prepositions.tsv, a two-way preposition or a verb's bare object by german-valency.tsv.
 */
final class GermanGovernment {
    private record Tables(Map<String, String> prepositions, Map<String, Case> valency) {
    }

    private static final Tables TABLES = load();

    private GermanGovernment() {
    }

    private static Tables load() {
        Map<String, String> prepositions = new HashMap<>();
        for (String[] row : WordTable.read("writing/german-prepositions.tsv")) {
            prepositions.put(row[0], row[1]);
        }
        Map<String, Case> valency = new HashMap<>();
        for (String[] row : WordTable.read("writing/german-valency.tsv")) {
            valency.put(row[0] + "|" + row[1], Case.valueOf(row[2].toUpperCase(Locale.ROOT)));
        }
        return new Tables(Map.copyOf(prepositions), Map.copyOf(valency));
    }

    static boolean isPreposition(String word) {
        return TABLES.prepositions().containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** "im", "zum", "vom": a preposition with its article, after which a name stays as written. */
    static boolean isContracted(String word) {
        return "contracted".equals(TABLES.prepositions().get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The case after {@code preposition}, with {@code governors} the words that may choose it for
     * a two-way preposition (the noun right before it, the clause's verb): the first one the valency
     * table names wins, else the dative.
     */
    static Optional<Case> after(String preposition, Iterable<String> governors) {
        String kind = TABLES.prepositions().get(preposition.toLowerCase(Locale.ROOT));
        if (kind == null || kind.equals("contracted")) {
            return Optional.empty();
        }
        if (!kind.equals("two-way")) {
            return Optional.of(Case.valueOf(kind.toUpperCase(Locale.ROOT)));
        }
        for (String governor : governors) {
            Case c = TABLES.valency().get(governor + "|" + preposition.toLowerCase(Locale.ROOT));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.of(Case.DATIVE);
    }

    /** The case of a verb's object that has no preposition: the accusative, or the dative for "gehören", "helfen", .... */
    static Case object(String verbLemma) {
        return TABLES.valency().getOrDefault(verbLemma + "|-", Case.ACCUSATIVE);
    }

    /** Every preposition the table knows, for telling a preposition from other words. */
    static Set<String> prepositions() {
        return new HashSet<>(TABLES.prepositions().keySet());
    }
}
