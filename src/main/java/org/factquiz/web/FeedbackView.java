package org.factquiz.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.learning.TakenAttempt;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Answer;

/**
 * A feedback page: right or wrong, the learner's and the right answer, the source sentences quoted,
 * and for an answer that rests on several facts the chain of reasoning.
 */
public record FeedbackView(int position, int total, boolean right, boolean already, String prompt, List<String> yours,
                           List<String> correct, List<Quote> quotes, List<String> chain, String next, boolean last) {
    public FeedbackView {
        yours = List.copyOf(yours);
        correct = List.copyOf(correct);
        quotes = List.copyOf(quotes);
        chain = List.copyOf(chain);
    }

    /** A sentence of the article, with its number. */
    public record Quote(int sentence, String text) {
    }

    static FeedbackView of(TakenAttempt taken, int position, Answer answer, boolean already, Messages t) {
        Language l = taken.attempt().language();
        Question q = taken.question(position);
        boolean last = taken.nextOpen().isEmpty();
        String next = last ? "/attempts/" + taken.attempt().id() + "/result"
                : "/attempts/" + taken.attempt().id() + "/questions/" + taken.nextOpen().get();
        return new FeedbackView(position, taken.size(), answer.correct(), already, q.prompt().get(l),
                AnswerWords.given(q, answer.response(), l), AnswerWords.correct(q, l, t), quotes(q), chain(q, l), next, last);
    }

    static List<Quote> quotes(Question q) {
        Map<Integer, Quote> bySentence = new LinkedHashMap<>();
        for (Question.Source s : q.sources()) {
            bySentence.putIfAbsent(s.sentence(), new Quote(s.sentence(), s.text()));
        }
        return List.copyOf(bySentence.values());
    }

    /**
     * The reasoning lines of the explanation: the explanation quotes each source sentence, then, for
     * a derived answer, says how it follows; the lines that quote no source are that reasoning.
     */
    static List<String> chain(Question q, Language l) {
        List<String> out = new ArrayList<>();
        String explanation = q.explanation().getOrDefault(l, "");
        for (String line : explanation.split("\n")) {
            boolean quotes = q.sources().stream().anyMatch(s -> !s.text().isBlank() && line.contains(s.text()));
            if (!line.isBlank() && !quotes) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
