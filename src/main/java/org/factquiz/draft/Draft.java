package org.factquiz.draft;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Language;

/**
 * A draft ready to check: its text, the language it is read in (and what said so), its sentences
 * in order, and the directives its editor wrote.
 */
public record Draft(DraftText text, Language language, LanguageSource languageSource, List<DraftSentence> sentences,
                    List<Directive> directives) {
    public Draft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(languageSource, "languageSource");
        sentences = List.copyOf(sentences);
        directives = List.copyOf(directives);
    }

    public String file() {
        return text.file();
    }

    /** What decided a draft's language. */
    public enum LanguageSource {
        /** {@code --lang} on the command line. */
        OPTION,
        /** {@code lang:} in the draft's front matter. */
        FRONT_MATTER,
        /** The draft's common words. */
        DETECTED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
