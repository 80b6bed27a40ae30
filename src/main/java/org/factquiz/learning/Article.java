package org.factquiz.learning;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Document;
import org.factquiz.model.Language;

/** A source text the questions come from: its title, file, language and numbered sentences. */
public record Article(String id, String title, String file, Language language, List<String> sentences) {
    public Article {
        Objects.requireNonNull(id, "id");
        sentences = List.copyOf(sentences);
        title = title == null || title.isBlank() ? id : title;
    }

    /** The id of sentence {@code sentence} (1-based) of article {@code id} on the article page. */
    public static String anchor(String id, int sentence) {
        return id + "-sentence-" + sentence;
    }

    /** The anchor of this article's sentence {@code sentence}. */
    public String anchor(int sentence) {
        return anchor(id, sentence);
    }

    static Article of(Document d) {
        return new Article(d.id(), d.title(), d.file(), d.language() == null ? Language.DE : d.language(), d.sentences());
    }
}
