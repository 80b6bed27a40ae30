package org.factquiz.quiz;

import java.nio.file.Path;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.InputException;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionTemplates;

/**
 * The shipped facts and rules, loaded once per test JVM: compiling the rules and running the quiz
 * session takes seconds, so every quiz test class shares them.
 */
public final class ShippedQuiz {
    static final Path FACTS = Path.of("facts");
    static final Path RULES = Path.of("rules");
    public static final long SEED = 1;

    private static Knowledge knowledge;
    private static PhraseBook phrases;
    private static QuestionTemplates templates;
    private static QuizSet set;

    private ShippedQuiz() {
    }

    public static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            try {
                knowledge = Knowledge.load(FACTS, RULES);
                phrases = PhraseBookLoader.load(RULES.resolve("language"), knowledge.facts());
                templates = QuestionTemplatesLoader.load(RULES.resolve("quiz").resolve("questions.yaml"));
            } catch (InputException e) {
                throw new AssertionError("the shipped facts and rules must load: " + e.problems(), e);
            }
        }
        return knowledge;
    }

    public static synchronized PhraseBook phrases() {
        knowledge();
        return phrases;
    }

    public static synchronized QuestionTemplates templates() {
        knowledge();
        return templates;
    }

    public static QuizBuilder builder() {
        return new QuizBuilder(knowledge(), phrases(), templates());
    }

    /** The question set for {@link #SEED}. */
    public static synchronized QuizSet set() {
        if (set == null) {
            set = builder().build(SEED);
        }
        return set;
    }

    static Writer writer() {
        return new Writer(knowledge().facts(), phrases(), templates());
    }
}
