package org.factquiz.language;

import java.util.ArrayList;
import java.util.List;

/**
 * German word order for writing: the finite verb second in a main clause, everything else of the
 * verb (particle, participle, infinitive) at its end; in a subordinate clause the finite verb
 * last. English keeps subject, verb, object, so it needs nothing here.
 */
public final class WordOrder {
    private WordOrder() {
    }

    /**
     * A German main clause: {@code fronted} (the subject, or an adverbial, after which the subject
     * follows the verb), the finite verb, the middle field, and the closing verbs and particles.
     * "Seit 2021" + "wirbt" + "Acme" + "Talente von Rivalen" + "ab".
     */
    public static String verbSecond(String fronted, String finite, String subject, String middle, String closing) {
        List<String> parts = new ArrayList<>();
        add(parts, fronted);
        add(parts, finite);
        add(parts, subject);
        add(parts, middle);
        add(parts, closing);
        return String.join(" ", parts);
    }

    /**
     * A German subordinate clause: the opener ("dass", "das"), subject, middle field, non-finite
     * verbs, then the finite verb with its particle joined ({@link Inflector.GermanVerb#joined}):
     * "das" + "" + "die beliebteste KI-Anwendung" + "" + "herstellt".
     */
    public static String verbLast(String opener, String subject, String middle, String nonFinite, String finite) {
        List<String> parts = new ArrayList<>();
        add(parts, opener);
        add(parts, subject);
        add(parts, middle);
        add(parts, nonFinite);
        add(parts, finite);
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
