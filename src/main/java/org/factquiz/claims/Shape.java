package org.factquiz.claims;

import java.util.List;
import java.util.Objects;
import org.factquiz.language.VerbGroup;
import org.factquiz.language.Voice;
import org.factquiz.model.Language;

/**
 * A clause in the order the reader compares it, whatever order it was written in: its subject,
 * its verb (the lemma, German particles joined; "become" and "werden" as the copula), and the
 * rest. German "Seit 2021 hat Acme KI-Ingenieure abgeworben" and "Acme wirbt seit 2021
 * KI-Ingenieure ab" have one shape.
 */
record Shape(Language language, List<Piece> subject, VerbGroup verb, String lemma, Voice voice, boolean copula,
             List<Piece> rest) {
    Shape {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(verb, "verb");
        subject = List.copyOf(subject);
        rest = List.copyOf(rest);
    }

    Shape with(List<Piece> newSubject, Voice newVoice, List<Piece> newRest) {
        return new Shape(language, newSubject, verb, lemma, newVoice, copula, newRest);
    }
}
