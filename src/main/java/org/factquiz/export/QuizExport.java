package org.factquiz.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizSet;

/**
 * What an export is made from: the verified set (its measures, dropped drafts and uncovered facts
 * go into the JSON export), the questions chosen from it in quiz order, the language the texts are
 * written in, the seed that ordered them, the title that names categories and decks (the article's),
 * and the time stamped where a format keeps one (zip entries, Anki notes). The time is fixed unless
 * given, so that the same inputs give the same bytes.
 */
public record QuizExport(QuizSet set, List<Question> questions, Language language, long seed, String title,
                         Instant written) {
    /** 2024-01-01T00:00:00Z: the time written when none is given, so exports are byte-identical. */
    public static final Instant FIXED_TIME = Instant.parse("2024-01-01T00:00:00Z");

    public QuizExport {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(written, "written");
        questions = List.copyOf(questions);
        title = title == null || title.isBlank() ? "factquiz" : title.strip();
    }

    public static QuizExport of(QuizSet set, List<Question> questions, Language language, long seed, String title) {
        return new QuizExport(set, questions, language, seed, title, FIXED_TIME);
    }

    QuizExport withQuestions(List<Question> kept) {
        return new QuizExport(set, kept, language, seed, title, written);
    }
}
