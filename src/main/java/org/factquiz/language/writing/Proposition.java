package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.model.Language;

/**
 * A statement made from a phrase template and the terms that fill its slots, which can be written
 * in every form a question needs: as a sentence (with a fronted attribution or hedge and an adverb
 * in its place), a question, a subordinate or relative clause, an infinitive, with a modal verb, and
 * joined with another statement of the same subject. Each form is empty where the template's
 * words do not allow it (no finite verb found, a comma inside): such a statement is then not
 * asked that way.
 */
public abstract sealed class Proposition permits GermanProposition, EnglishProposition, JoinedPropositions {
    /**
     * The clause {@code template} says with {@code fillers} in its slots; empty when the template
     * has no finite verb to build the clause around, or a slot has no filler.
     */
    public static Optional<Proposition> of(String template, Language language, Map<String, Term> fillers) {
        Slotted slotted = Slotted.parse(template);
        if (!Slotted.filled(slotted, fillers)) {
            return Optional.empty();
        }
        return language == Language.DE ? GermanProposition.read(slotted, fillers) : EnglishProposition.read(slotted, fillers);
    }

    public abstract Language language();

    /** The subject when the template starts with it ({subject} or {holder}), else empty. */
    public abstract Optional<Term> subject();

    /** The statement as a main clause: "Acme wirbt seit 2019 Talente von Rivalen ab". */
    public String sentence() {
        return sentence(null, null);
    }

    /**
     * The statement as a main clause with {@code fronted} before it (an attribution: German puts the
     * verb right after it, "Laut Kritikern scheiterte Acme ..."; English takes it with its comma,
     * "According to critics, ...") and {@code adverb} in its place ("ist Acme möglicherweise ...",
     * "Acme is possibly ...", "The United States possibly exerts ..."). Either may be null.
     */
    public abstract String sentence(String fronted, String adverb);

    /**
     * A question about the statement: {@code word} before the verb ("Warum braucht Acme laut
     * Artikel neue Wachstumsmotoren", "why does Acme need new growth engines"), {@code adverb}
     * after the subject (may be null).
     */
    public abstract Optional<String> question(String word, String adverb);

    /**
     * A question for what fills {@code slot}, asked with {@code question} ("Welches Unternehmen
     * stellt Botly her", "Auf welche Märkte zielt die Doppelstrategie", "What does Chatly offer").
     */
    public abstract Optional<String> asking(String slot, Term question, String adverb);

    /** A subordinate clause: "dass die USA geopolitische Kontrolle über Acme ausüben". */
    public abstract Optional<String> subordinate(String opener, String adverb);

    /** An infinitive without the subject: "weniger abhängig von Chipco zu sein", "to depend less on Chipco". */
    public abstract Optional<String> infinitive();

    /** With a modal verb taking the statement's verb: "Acme will ... nutzen", "Acme aims to use ...". */
    public abstract Optional<String> withModal(String modal);

    /** English: the subject and the verb's -ing form ("the United States exerting ..."); German has none. */
    public abstract Optional<String> gerund();

    /**
     * A relative clause about {@code antecedent}, which is the subject: "das die beliebteste
     * KI-Anwendung in China herstellt", "that makes the most popular AI application in China".
     */
    public abstract Optional<String> relative(Term antecedent);

    /** The same statement with another subject (a pronoun, several subjects joined). */
    public abstract Proposition withSubject(Term subject);

    /**
     * This statement and {@code other}, which has the same subject, as one: "Acme wirbt Talente
     * von Globex ab und investiert in Chipco-Grafikprozessoren". Empty when they do not share their subject.
     */
    public abstract Optional<Proposition> and(Proposition other, String conjunction);

    /**
     * Several statements as one, as briefly as the language allows: those that differ only in
     * their subject share the rest ("Chatly und Snapgram sind in vielen Märkten gesättigt"), those of
     * one subject share it ("Acme wirbt ... ab und investiert ..."), the others are joined by
     * {@code conjunction}.
     */
    public static Proposition combine(List<Proposition> statements, String conjunction) {
        List<Proposition> merged = new ArrayList<>();
        List<List<Term>> subjects = new ArrayList<>();
        for (Proposition p : statements) {
            int same = -1;
            for (int i = 0; i < merged.size() && same < 0; i++) {
                if (merged.get(i).sameExceptSubject(p)) {
                    same = i;
                }
            }
            if (same >= 0 && p.subject().isPresent()) {
                subjects.get(same).add(p.subject().get());
            } else {
                merged.add(p);
                subjects.add(new ArrayList<>(p.subject().map(List::of).orElse(List.of())));
            }
        }
        List<Proposition> withSubjects = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Proposition p = merged.get(i);
            withSubjects.add(subjects.get(i).size() > 1
                    ? p.withSubject(Term.joined(subjects.get(i), conjunction, p.language())) : p);
        }
        List<Proposition> shared = new ArrayList<>();
        for (Proposition p : withSubjects) {
            Optional<Proposition> joined = shared.isEmpty() ? Optional.empty()
                    : shared.get(shared.size() - 1).and(p, conjunction);
            if (joined.isPresent()) {
                shared.set(shared.size() - 1, joined.get());
            } else {
                shared.add(p);
            }
        }
        return shared.size() == 1 ? shared.get(0) : new JoinedPropositions(shared, conjunction);
    }

    /** Every term that fills a slot of the statement. */
    abstract List<Term> terms();

    /** True when {@code other} says the same as this of another subject. */
    abstract boolean sameExceptSubject(Proposition other);
}
