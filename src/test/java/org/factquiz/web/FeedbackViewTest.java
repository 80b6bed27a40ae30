package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.factquiz.learning.Article;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.junit.jupiter.api.Test;

/** What the feedback page shows of a question's sources and reasoning, from the question's data alone. */
class FeedbackViewTest {
    private static final Article GERMAN = new Article("rakete", "Die Rakete", "sources/rakete.txt", Language.DE,
            List.of("Satz eins.", "Satz zwei.", "Satz drei."));
    private static final Article ENGLISH = new Article("launch", "The launch", "sources/launch.txt", Language.EN,
            List.of("One.", "Two."));

    private static Question question(List<Question.Source> sources, List<Question.Reasoning> reasoning) {
        return new Question("q1", QuestionType.TRUE_FALSE, "launches", "inference", 2, List.of(),
                Map.of(Language.EN, "Is it so?", Language.DE, "Ist es so?"),
                List.of(), List.of(), new Question.Answer(List.of("a"), true, null, null, null, null),
                Map.of(Language.EN, "", Language.DE, ""), sources, reasoning, "A rule", "statement");
    }

    @Test
    void eachQuoteLinksToItsOwnArticlesSentenceInThatArticlesLanguage() {
        Question q = question(List.of(
                new Question.Source("f1", "launch", "statements/a.yaml", 3, 2, "Two."),
                new Question.Source("f2", "rakete", "statements/b.yaml", 7, 2, "Satz zwei."),
                new Question.Source("f3", "rakete", "statements/b.yaml", 9, 2, "Satz zwei.")), List.of());

        List<FeedbackView.Quote> quotes = FeedbackView.quotes(q, List.of(GERMAN, ENGLISH));

        assertThat(quotes).extracting(FeedbackView.Quote::anchor)
                .as("sentence 2 of each article, each once").containsExactly("launch-sentence-2", "rakete-sentence-2");
        assertThat(quotes).extracting(FeedbackView.Quote::language).containsExactly("en", "de");
        assertThat(quotes).extracting(FeedbackView.Quote::article).containsExactly("The launch", "Die Rakete");
        assertThat(GERMAN.anchor(2)).isEqualTo(quotes.get(1).anchor());
    }

    @Test
    void withOneArticleTheQuoteNeedsNoTitleAndASourceWithoutDocumentIsTheFirstArticles() {
        Question q = question(List.of(new Question.Source("f1", null, "statements/b.yaml", 7, 3, "Satz drei.")), List.of());

        assertThat(FeedbackView.quotes(q, List.of(GERMAN)))
                .containsExactly(new FeedbackView.Quote("rakete-sentence-3", "de", null, 3, "Satz drei."));
    }

    @Test
    void theChainIsTheEnginesReasoningStepByStepInTheLearnersLanguage() {
        Question q = question(List.of(new Question.Source("f1", "rakete", "statements/b.yaml", 7, 3, "Satz drei.")),
                List.of(new Question.Reasoning("A title holder is the only one", List.of(
                        new Question.Step("f1", Map.of(Language.EN, "Acme is the largest.", Language.DE, "Acme ist am größten.")),
                        new Question.Step("f2", Map.of(Language.EN, "Acme makes rockets.", Language.DE, "Acme baut Raketen."))))));

        assertThat(FeedbackView.chain(q, Language.DE)).containsExactly(new FeedbackView.Chain(
                "A title holder is the only one", List.of("Acme ist am größten.", "Acme baut Raketen.")));
        assertThat(FeedbackView.chain(question(List.of(), List.of()), Language.EN)).as("a stated answer has no chain")
                .isEmpty();
    }
}
