package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.language.Quotes;
import org.factquiz.model.Language;
import org.factquiz.model.Link;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.Statement;

/**
 * What a question rests on and how it is explained after an answer: the source sentences, quoted
 * with their numbers, and for an inference the facts of the chain with the rule that drew it.
 */
final class Explanations {
    private final Writer writer;
    private final Map<String, Statement> statements;

    Explanations(Writer writer, Map<String, Statement> statements) {
        this.writer = writer;
        this.statements = statements;
    }

    List<Question.Source> sources(QuestionDraft d) {
        List<Question.Source> sources = new ArrayList<>();
        for (String id : d.facts()) {
            Statement s = statements.get(id);
            if (s != null) {
                sources.add(new Question.Source(id, s.source().document(), s.location().file(), s.location().line(),
                        s.source().sentence(),
                        s.source().sentenceText()));
            }
        }
        return sources;
    }

    /** The chain of a derived answer (an inference, or a fact drawn from others): the rule and its facts. */
    List<Question.Reasoning> reasoning(QuestionDraft d) {
        if (d.depth() == 0 && !d.skill().equals("inference")) {
            return List.of();
        }
        List<Question.Step> steps = d.facts().stream().map(statements::get).filter(Objects::nonNull)
                .filter(s -> !(s instanceof Link))
                .map(s -> {
                    Map<Language, String> text = new EnumMap<>(Language.class);
                    for (Language l : Language.values()) {
                        text.put(l, Writer.sentence(writer.statement(s, l)));
                    }
                    return new Question.Step(s.id(), text);
                }).toList();
        return List.of(new Question.Reasoning(d.rule(), steps));
    }

    /** The explanation as text (terminal quiz, exports): the source sentences quoted, then the reasoning. */
    Map<Language, String> explanation(List<Question.Source> sources, List<Question.Reasoning> reasoning) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            StringBuilder text = new StringBuilder();
            Set<Integer> seen = new LinkedHashSet<>();
            for (Question.Source s : sources) {
                if (seen.add(s.sentence())) {
                    text.append(writer.templates().word("source-sentence", l)).append(' ').append(s.sentence())
                            .append(": ").append(Quotes.quote(s.text(), l)).append('\n');
                }
            }
            for (Question.Reasoning r : reasoning) {
                // The rule is named in its own words, English; a language that gives no word for it leaves the name out.
                String by = writer.templates().word("derived-by", l);
                text.append(writer.templates().word("chain", l));
                if (!by.isBlank() && !by.equals("derived-by")) {
                    text.append(" (").append(by).append(' ').append(Quotes.quote(r.rule(), l)).append(')');
                }
                text.append(": ");
                text.append(r.steps().stream().map(step -> step.text().get(l)).collect(Collectors.joining(" ")));
                text.append('\n');
            }
            out.put(l, text.toString().strip());
        }
        return out;
    }
}
