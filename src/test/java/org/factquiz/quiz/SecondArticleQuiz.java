package org.factquiz.quiz;

import java.nio.file.Path;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.InputException;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.PhraseBook;

/**
 * The second article (the Fehmarnbelt tunnel, src/test/resources/articles/second-article) quizzed with
 * the shipped rules and its own phrases (beside its facts), loaded once per test JVM.
 */
public final class SecondArticleQuiz {
    public static final Path FACTS = Path.of("src/test/resources/articles/second-article/facts");

    private static Knowledge knowledge;
    private static PhraseBook phrases;
    private static QuizSet set;

    private SecondArticleQuiz() {
    }

    public static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            try {
                knowledge = Knowledge.load(FACTS, ShippedQuiz.RULES);
                phrases = PhraseBookLoader.load(ShippedQuiz.RULES.resolve("language"), knowledge.facts());
            } catch (InputException e) {
                throw new AssertionError("the second article and its phrases must load: " + e.problems(), e);
            }
        }
        return knowledge;
    }

    public static synchronized PhraseBook phrases() {
        knowledge();
        return phrases;
    }

    public static synchronized QuizSet set() {
        if (set == null) {
            set = new QuizBuilder(knowledge(), phrases(), ShippedQuiz.templates()).build(ShippedQuiz.SEED);
        }
        return set;
    }
}
