package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** A source text, split into numbered sentences (sentence 1 is {@code sentences.get(0)}). */
public record Document(String id, String file, Language language, String title, List<String> sentences,
                       Location location) implements Identified {
    public Document {
        Objects.requireNonNull(id, "id");
        sentences = List.copyOf(sentences);
    }

    public boolean hasSentence(int number) {
        return number >= 1 && number <= sentences.size();
    }

    public String sentence(int number) {
        return sentences.get(number - 1);
    }

    @Override
    public String kind() {
        return "source";
    }
}
