package org.factquiz.model;

import java.util.Map;
import java.util.Optional;

/** The editable wording of questions: prompt templates, framings of uncertain facts, and small words. */
public record QuestionTemplates(Map<String, Names> prompts, Map<String, Names> framing,
                                Map<Language, Map<String, String>> words) {
    public QuestionTemplates {
        prompts = Map.copyOf(prompts);
        framing = Map.copyOf(framing);
        words = Map.copyOf(words);
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
