package org.factquiz.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizSet;

/**
 * The exported question set, answers included (format documented in docs/formats.md). Types and
 * languages are written as on the command line ("true-false", "en"), texts keyed by language.
 */
public final class QuizJson {
    /** The format name and version written into every export. */
    public static final String FORMAT = "factquiz-questions/1";

    private QuizJson() {
    }

    record Export(String tool, String format, long seed, String language, QuizSet.Stats stats,
                  List<QuestionEntry> questions, List<QuizSet.Dropped> dropped, List<QuizSet.Uncovered> uncovered) {
    }

    record QuestionEntry(String id, String type, String topic, String skill, int difficulty, List<String> tags,
                         Map<String, String> prompt, List<ChoiceEntry> choices, List<ChoiceEntry> items,
                         AnswerEntry answer, Map<String, String> explanation, List<Question.Source> sources,
                         List<ReasoningEntry> reasoning, String rule, String template) {
    }

    /** How a derived answer follows: the rule that drew it and its facts, each as a sentence by language. */
    record ReasoningEntry(String rule, List<StepEntry> steps) {
    }

    record StepEntry(String fact, Map<String, String> text) {
    }

    record ChoiceEntry(String id, Map<String, String> text) {
    }

    /** Only the fields the question's type uses are written; the others are left out. */
    record AnswerEntry(List<String> choices, Boolean truth, Double number, Double tolerance, Map<String, String> unit,
                       List<String> accepted) {
    }

    public static String render(QuizSet set, List<Question> selected, long seed, String language) {
        return FindingsJson.Json.write(new Export("factquiz quiz", FORMAT, seed, language, set.stats(),
                selected.stream().map(QuizJson::entry).toList(), set.dropped(), set.uncovered()));
    }

    private static QuestionEntry entry(Question q) {
        Question.Answer a = q.answer();
        AnswerEntry answer = new AnswerEntry(a.choices().isEmpty() ? null : a.choices(), a.truth(), a.number(),
                a.tolerance(), a.unit().isEmpty() ? null : texts(a.unit()), a.accepted().isEmpty() ? null : a.accepted());
        return new QuestionEntry(q.id(), q.type().label(), q.topic(), q.skill(), q.difficulty(), q.tags(),
                texts(q.prompt()), choices(q.choices()), choices(q.items()), answer, texts(q.explanation()), q.sources(),
                q.reasoning().stream().map(r -> new ReasoningEntry(r.rule(), r.steps().stream()
                        .map(step -> new StepEntry(step.fact(), texts(step.text()))).toList())).toList(),
                q.rule(), q.template());
    }

    private static List<ChoiceEntry> choices(List<Question.Choice> choices) {
        return choices.stream().map(c -> new ChoiceEntry(c.id(), texts(c.text()))).toList();
    }

    private static Map<String, String> texts(Map<Language, String> byLanguage) {
        Map<String, String> out = new TreeMap<>();
        byLanguage.forEach((language, text) -> out.put(language.code(), text));
        return out;
    }
}
