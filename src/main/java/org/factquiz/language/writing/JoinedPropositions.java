package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.model.Language;

/**
 * Statements of different subjects joined by a conjunction: "Chatly ist ... gesättigt und
 * Acme braucht ...". Only the forms that keep each statement whole exist: main and
 * subordinate clauses, English -ing forms.
 */
final class JoinedPropositions extends Proposition {
    private final List<Proposition> parts;
    private final String conjunction;

    JoinedPropositions(List<Proposition> parts, String conjunction) {
        this.parts = List.copyOf(parts);
        this.conjunction = conjunction;
    }

    @Override
    public Language language() {
        return parts.get(0).language();
    }

    @Override
    public Optional<Term> subject() {
        return Optional.empty();
    }

    @Override
    public String sentence(String fronted, String adverb) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            texts.add(i == 0 ? parts.get(i).sentence(fronted, adverb) : parts.get(i).sentence());
        }
        return join(texts);
    }

    @Override
    public Optional<String> question(String word, String adverb) {
        return Optional.empty();
    }

    @Override
    public Optional<String> asking(String slot, Term question, String adverb) {
        return Optional.empty();
    }

    @Override
    public Optional<String> subordinate(String opener, String adverb) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Optional<String> text = i == 0 ? parts.get(i).subordinate(opener, adverb) : parts.get(i).subordinate(null, null);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            texts.add(text.get());
        }
        return Optional.of(join(texts));
    }

    @Override
    public Optional<String> infinitive() {
        return Optional.empty();
    }

    @Override
    public Optional<String> withModal(String modal) {
        return Optional.empty();
    }

    @Override
    public Optional<String> gerund() {
        List<String> texts = new ArrayList<>();
        for (Proposition p : parts) {
            Optional<String> text = p.gerund();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            texts.add(text.get());
        }
        return Optional.of(join(texts));
    }

    @Override
    public Optional<String> relative(Term antecedent) {
        return Optional.empty();
    }

    @Override
    public Proposition withSubject(Term subject) {
        return this;
    }

    @Override
    public Optional<Proposition> and(Proposition other, String conjunctionWord) {
        return Optional.empty();
    }

    @Override
    List<Term> terms() {
        List<Term> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.terms()));
        return all;
    }

    @Override
    boolean sameExceptSubject(Proposition other) {
        return false;
    }

    private String join(List<String> texts) {
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " " + conjunction + " " + texts.get(texts.size() - 1);
    }
}
