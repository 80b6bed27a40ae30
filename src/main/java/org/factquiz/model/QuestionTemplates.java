package org.factquiz.model;

import java.util.Map;
import java.util.Optional;

/** The editable wording of questions: prompt templates, framings of uncertain facts, and small words. */
public record QuestionTemplates(Map<String, Names> prompts, Map<String, Names> framing,
                                Map<Language, Map<String, String>> words, Map<String, Names> links) {
    public QuestionTemplates {
        prompts = Map.copyOf(prompts);
        framing = Map.copyOf(framing);
        words = Map.copyOf(words);
        links = Map.copyOf(links);
    }

    public QuestionTemplates(Map<String, Names> prompts, Map<String, Names> framing,
                             Map<Language, Map<String, String>> words) {
        this(prompts, framing, words, Map.of());
    }

    /** How a link of {@code kind} (cause, led-to, purpose) joins its statements, with {from} and {to}. */
    public String link(String kind, Language language) {
        Names names = links.get(kind);
        return names == null ? "{to} ({from})" : names.in(language);
    }

    public Optional<String> prompt(String template, Language language) {
        return Optional.ofNullable(prompts.get(template)).map(n -> n.in(language));
    }

    public String framing(String kind, Language language) {
        Names names = framing.get(kind);
        return names == null ? "{statement}" : names.in(language);
    }

    public String word(String key, Language language) {
        return words.getOrDefault(language, Map.of()).getOrDefault(key, key);
    }
}
