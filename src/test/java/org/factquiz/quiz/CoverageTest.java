package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.model.Enumeration;
import org.factquiz.model.Link;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuizOption;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.junit.jupiter.api.Test;

/** Every fact is reached by a question, or the set says why not; and difficulty is what the docs say. */
class CoverageTest {
    private static Set<String> asked(QuizSet set) {
        return set.questions().stream().flatMap(q -> q.sources().stream()).map(Question.Source::fact)
                .collect(Collectors.toSet());
    }

    @Test
    void everyShippedFactIsReachedByAQuestion() {
        QuizSet set = ShippedQuiz.set();
        Set<String> asked = asked(set);
        List<String> notAsked = ShippedQuiz.knowledge().facts().statements().stream()
                .filter(s -> !asked.contains(s.id()))
                .filter(s -> !(s instanceof Enumeration e && ShippedQuiz.knowledge().facts().statements().stream()
                        .anyMatch(r -> r instanceof Relation rel && e.id().equals(rel.list()) && asked.contains(rel.id()))))
                .map(Statement::id).toList();
        assertThat(notAsked).isEmpty();
        assertThat(set.uncovered()).isEmpty();
    }

    @Test
    void hedgedAndAttributedLinksAreAskedWithTheirFraming() {
        List<Link> uncertain = ShippedQuiz.knowledge().facts().statements().stream()
                .filter(s -> s instanceof Link l && l.status() != Status.ASSERTED).map(Link.class::cast).toList();
        assertThat(uncertain).as("the article hedges a cause").isNotEmpty();
        assertThat(uncertain).allSatisfy(link -> assertThat(asked(ShippedQuiz.set())).contains(link.id()));
    }

    @Test
    void aFactTheQuizCannotWordIsReportedWithTheReason() {
        // The same facts with the phrases for "founded" taken out of the phrase book.
        PhraseBook full = ShippedQuiz.phrases();
        PhraseBook withoutFounded = new PhraseBook(full.phrases().stream()
                .filter(p -> !(p.kind().equals("relation") && p.key().equals("founded"))).toList(), full.words());
        QuizSet set = new QuizBuilder(ShippedQuiz.knowledge(), withoutFounded, ShippedQuiz.templates()).build(1);

        List<QuizSet.Uncovered> uncovered = set.uncovered();
        assertThat(uncovered).extracting(QuizSet.Uncovered::fact).containsExactly("zhang-founded-bytedance");
        assertThat(uncovered.get(0).reason()).contains("the phrase book has no en phrase for relation 'founded'");
        assertThat(set.dropped()).extracting(QuizSet.Dropped::question).contains("tf-zhang-founded-bytedance");
        assertThat(set.questions()).noneMatch(q -> q.sources().stream().anyMatch(s -> s.fact().equals("zhang-founded-bytedance")));
    }

    @Test
    void difficultyCountsInferenceStepsUnderstandingCloseDistractorsAndAttribution() {
        QuestionDraft recall = new QuestionDraft("q", org.factquiz.model.QuestionType.TRUE_FALSE, "statement",
                java.util.Map.of(), "t", "recall", 0, List.of(), null, "r");
        QuizOption sameType = new QuizOption("q", "distractor", "x", "entity", null, 0, 2, "c");
        QuizOption otherType = new QuizOption("q", "distractor", "y", "entity", null, 0, 1, "c");
        assertThat(QuizCounts.difficulty(recall, List.of())).isEqualTo(1);
        assertThat(QuizCounts.difficulty(recall, List.of(otherType))).isEqualTo(1);
        assertThat(QuizCounts.difficulty(recall, List.of(otherType, sameType))).isEqualTo(2);
        QuestionDraft inference = new QuestionDraft("q", org.factquiz.model.QuestionType.TRUE_FALSE, "statement",
                java.util.Map.of(), "t", "inference", 2, List.of(), null, "r");
        assertThat(QuizCounts.difficulty(inference, List.of())).isEqualTo(3);
        QuestionDraft why = new QuestionDraft("q", org.factquiz.model.QuestionType.MULTIPLE_CHOICE, "ask-reason",
                java.util.Map.of(), "t", "understanding", 1, List.of(), "critics", "r");
        assertThat(QuizCounts.difficulty(why, List.of(sameType))).isEqualTo(5);
        QuestionDraft deep = new QuestionDraft("q", org.factquiz.model.QuestionType.MULTIPLE_CHOICE, "ask-reason",
                java.util.Map.of(), "t", "understanding", 4, List.of(), "critics", "r");
        assertThat(QuizCounts.difficulty(deep, List.of(sameType))).as("capped").isEqualTo(5);
    }
}
