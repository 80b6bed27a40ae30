package org.factquiz.web;

import java.util.List;
import org.factquiz.learning.Article;

/**
 * The start page: the articles, the choices of a new quiz (with what was chosen, when the page
 * comes back with a problem), the learner's quizzes so far, and how many questions are due for review.
 */
public record StartView(List<Article> articles, int questions, String quizLanguage, List<Choice> topics,
                        List<Choice> skills, int count, int maxCount, List<ProgressRow> history, int reviewsDue) {
    public StartView {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        skills = List.copyOf(skills);
        history = List.copyOf(history);
    }

    /** A checkbox of the start form. */
    public record Choice(String value, String inputId, String text, boolean checked) {
    }
}
