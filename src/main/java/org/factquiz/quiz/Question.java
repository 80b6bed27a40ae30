package org.factquiz.quiz;

import java.util.List;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;

/**
 * A verified, worded question. {@code choices} are the options (or, for ordering, the items; for
 * matching, the right-hand side); {@code items} the left-hand side of a matching question.
 * {@code rule} is the quiz rule that proposed it, {@code template} the prompt template of
 * rules/quiz/questions.yaml that worded it.
 */
public record Question(String id, QuestionType type, String topic, String skill, int difficulty, List<String> tags,
                       Map<Language, String> prompt, List<Choice> choices, List<Choice> items, Answer answer,
                       Map<Language, String> explanation, List<Source> sources, List<Reasoning> reasoning,
                       String rule, String template) {
    public Question {
        tags = List.copyOf(tags);
        prompt = Map.copyOf(prompt);
        choices = List.copyOf(choices);
        items = List.copyOf(items);
        explanation = Map.copyOf(explanation);
        sources = List.copyOf(sources);
        // Questions stored before the reasoning was kept read back without it.
        reasoning = reasoning == null ? List.of() : List.copyOf(reasoning);
    }

    /** The same question with its choices shown in another order, and the answer that goes with it. */
    public Question with(List<Choice> reordered, Answer newAnswer) {
        return new Question(id, type, topic, skill, difficulty, tags, prompt, reordered, items, newAnswer, explanation,
                sources, reasoning, rule, template);
    }

    /** One option: its letter and its text in each language. */
    public record Choice(String id, Map<Language, String> text) {
        public Choice {
            text = Map.copyOf(text);
        }
    }

    /**
     * The right answer: the letters of the key (in order, for ordering; per left item, for
     * matching), true or false, a number with its tolerance, or the accepted words of a gap.
     */
    public record Answer(List<String> choices, Boolean truth, Double number, Double tolerance,
                         Map<Language, String> unit, List<String> accepted) {
        public Answer {
            choices = choices == null ? List.of() : List.copyOf(choices);
            unit = unit == null ? Map.of() : Map.copyOf(unit);
            accepted = accepted == null ? List.of() : List.copyOf(accepted);
        }
    }

    /**
     * A fact the question rests on, where it is written, and the sentence it comes from: sentence
     * {@code sentence} of the source document {@code document} (its id in the facts' sources).
     */
    public record Source(String fact, String document, String file, int line, int sentence, String text) {
    }

    /**
     * How a derived answer follows, as the engine drew it: the rule that derived it and the facts
     * of the chain in order, each said as a sentence in every language. A question whose answer an
     * article states outright has none; one that groups several questions has theirs.
     */
    public record Reasoning(String rule, List<Step> steps) {
        public Reasoning {
            steps = List.copyOf(steps);
        }
    }

    /** One fact of a chain of reasoning: its id and the fact as a sentence in each language. */
    public record Step(String fact, Map<Language, String> text) {
        public Step {
            text = Map.copyOf(text);
        }
    }
}
