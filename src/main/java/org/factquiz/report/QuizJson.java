package org.factquiz.report;

import java.util.List;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizSet;

/** The exported question set, answers included (format documented in docs/formats.md). */
public final class QuizJson {
    private QuizJson() {
    }

    record Export(String tool, String format, long seed, String language, QuizSet.Stats stats,
                  List<Question> questions, List<QuizSet.Dropped> dropped, List<QuizSet.Uncovered> uncovered) {
    }

    public static String render(QuizSet set, List<Question> selected, long seed, String language) {
        return FindingsJson.Json.write(new Export("factquiz quiz", "factquiz-questions/1", seed, language, set.stats(),
                selected, set.dropped(), set.uncovered()));
    }
}
