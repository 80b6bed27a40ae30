package org.factquiz.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factquiz.fixtures.Validation;
import org.factquiz.quiz.QuizSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second article (src/test/resources/articles/second-article: a German article on the
 * Fehmarnbelt tunnel, written from the docs alone) with the shipped rules and nothing but its
 * facts folder: its measured score may only rise. The claims were written before any phrasing;
 * the numbers are in its README.md, and a rise is recorded there and here.
 */
class SecondArticleTest {
    static final Path HOME = Path.of("src/test/resources/articles/second-article");
    static final Path FACTS = HOME.resolve("facts");

    private static ArticleScore score;

    @BeforeAll
    static void load() throws Exception {
        score = new ArticleScore(FACTS, Validation.SHIPPED_RULES);
    }

    @Test
    void theArticleValidatesCleanWithTheShippedRulesAlone() throws Exception {
        assertThat(Validation.reported(Validation.validate(FACTS))).isEmpty();
    }

    @Test
    void itsPlainClaimsAreReadAndJudgedAtLeastAsWellAsMeasured() throws Exception {
        ArticleScore.Claims claims = score.claims(HOME.resolve("claims.yaml"));

        assertThat(claims.claims()).isEqualTo(61);
        assertThat(claims.read()).as(claims.unread().toString()).isGreaterThanOrEqualTo(36);
        assertThat(claims.right()).as(claims.wrong().toString()).isGreaterThanOrEqualTo(35);
    }

    @Test
    void itsParaphrasesAreReadAndJudgedAtLeastAsWellAsMeasured() throws Exception {
        ArticleScore.Claims claims = score.claims(HOME.resolve("paraphrases.yaml"));

        assertThat(claims.claims()).isEqualTo(87);
        assertThat(claims.read()).as(claims.unread().toString()).isGreaterThanOrEqualTo(24);
        assertThat(claims.right()).as(claims.wrong().toString()).isGreaterThanOrEqualTo(22);
    }

    @Test
    void itsQuizKeepsAtLeastAsManyVerifiedQuestionsAsMeasured() throws Exception {
        QuizSet quiz = score.quiz();

        assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(quiz.dropped()).as("dropped questions").hasSizeLessThanOrEqualTo(40);
        assertThat(quiz.uncovered()).isEmpty();
    }
}
