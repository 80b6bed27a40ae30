package org.factquiz.language.writing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factquiz.language.Analyzer;
import org.factquiz.language.Token;
import org.factquiz.language.WordForm;
import org.factquiz.model.Language;

/** A word of a template as the dictionaries read it, looked up once per JVM. */
final class Readings {
    private static final Map<String, Token> GERMAN = new ConcurrentHashMap<>();
    private static final Map<String, Token> ENGLISH = new ConcurrentHashMap<>();

    private Readings() {
    }

    static Token of(String word, Language language) {
        Map<String, Token> cache = language == Language.DE ? GERMAN : ENGLISH;
        return cache.computeIfAbsent(word, w -> {
            List<Token> tokens = Analyzer.words(w, language);
            return tokens.isEmpty() ? new Token(w, 0, w.length(), w, org.factquiz.language.PartOfSpeech.OTHER, List.of())
                    : tokens.get(0);
        });
    }

    static List<WordForm> forms(String word, Language language) {
        return of(word, language).forms();
    }
}
