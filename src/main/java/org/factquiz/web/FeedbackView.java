package org.factquiz.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.learning.Article;
import org.factquiz.learning.TakenAttempt;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Answer;

/**
 * A feedback page: right or wrong, the learner's and the right answer, the source sentences quoted,
 * and for an answer that rests on several facts the chain of reasoning.
 */
public record FeedbackView(int position, int total, boolean right, boolean already, String prompt, List<String> yours,
                           List<String> correct, List<Quote> quotes, List<Chain> chain, String next, boolean last) {
    public FeedbackView {
        yours = List.copyOf(yours);
        correct = List.copyOf(correct);
        quotes = List.copyOf(quotes);
        chain = List.copyOf(chain);
    }

    /**
     * A sentence of an article, with its number, the language it is written in, and the anchor of
     * that sentence on the article page; {@code article} is the article's title when the facts have
     * more than one, so the learner knows which to read (null otherwise).
     */
    public record Quote(String anchor, String language, String article, int sentence, String text) {
    }

    /** How a derived answer follows: the rule that drew it and the facts of its chain, as sentences. */
    public record Chain(String rule, List<String> steps) {
        public Chain {
            steps = List.copyOf(steps);
        }
    }

    static FeedbackView of(TakenAttempt taken, int position, Answer answer, boolean already, Messages t,
                           List<Article> articles) {
        Language l = taken.attempt().language();
        Question q = taken.question(position);
        boolean last = taken.nextOpen().isEmpty();
        String next = last ? "/attempts/" + taken.attempt().id() + "/result"
                : "/attempts/" + taken.attempt().id() + "/questions/" + taken.nextOpen().get();
        return new FeedbackView(position, taken.size(), answer.correct(), already, q.prompt().get(l),
                AnswerWords.given(q, answer.response(), l), AnswerWords.correct(q, l, t), quotes(q, articles), chain(q, l), next, last);
    }

    /**
     * The sentences a question rests on, each once, linked to its own article: a source names its
     * document; one stored before sources did is taken to be from the first article.
     */
    static List<Quote> quotes(Question q, List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        Article first = articles.isEmpty() ? null : articles.get(0);
        Map<String, Quote> bySentence = new LinkedHashMap<>();
        for (Question.Source s : q.sources()) {
            Article article = s.document() == null ? first : byId.getOrDefault(s.document(), first);
            String document = article == null ? String.valueOf(s.document()) : article.id();
            String language = article == null ? Language.DE.code() : article.language().code();
            String title = articles.size() > 1 && article != null ? article.title() : null;
            bySentence.putIfAbsent(document + "#" + s.sentence(), new Quote(Article.anchor(document, s.sentence()),
                    language, title, s.sentence(), s.text()));
        }
        return List.copyOf(bySentence.values());
    }

    /** The reasoning of a derived answer, as the engine gave it, in the learner's language. */
    static List<Chain> chain(Question q, Language l) {
        return q.reasoning().stream().map(r -> new Chain(r.rule(), r.steps().stream()
                .map(step -> step.text().getOrDefault(l, step.fact())).toList())).toList();
    }
}
