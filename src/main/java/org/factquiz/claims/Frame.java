package org.factquiz.claims;

import java.util.List;
import java.util.Objects;
import org.factquiz.language.Voice;
import org.factquiz.model.Language;
import org.factquiz.model.Phrase;

/**
 * One way of saying a kind of fact, read into a {@link Shape}: a phrase template of the phrase
 * book ("{subject} wirbt {date} Talente von {object} ab"), or a sentence built from a vocabulary
 * entry's name ("{subject} is a customer of {object}"). Slots are names in the shape; {@code dated}
 * when the template takes a date.
 */
record Frame(Phrase phrase, String kind, String key, boolean more, Language language, int rank, String template,
             String subjectSlot, String lemma, Voice voice, boolean copula, List<Piece> rest, boolean dated) {
    Frame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        rest = List.copyOf(rest);
    }

    /** How many words of its own the frame has: a more specific frame wins a tie. */
    int literals() {
        return (int) rest.stream().filter(Piece::isWord).count();
    }

    boolean hasSlot(String slot) {
        return subjectSlot.equals(slot) || rest.stream().anyMatch(p -> p.isName() && slot.equals(p.ref()));
    }
}
