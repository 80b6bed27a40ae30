package org.factquiz.quiz;

import static org.factquiz.quiz.QuestionWording.as;
import static org.factquiz.quiz.QuestionWording.fill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.writing.Proposition;
import org.factquiz.language.writing.Term;
import org.factquiz.model.Document;
import org.factquiz.model.Event;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Quantity;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.quiz.QuestionWording.CannotWord;

/** Wording the questions answered by filling a gap: a number or year, or a word of the article's sentence. */
final class GapWording {
    private final Writer writer;
    private final FactBase facts;

    GapWording(Writer writer, FactBase facts) {
        this.writer = writer;
        this.facts = facts;
    }

    private static Proposition said(java.util.Optional<Proposition> p, QuestionDraft d, Language l) throws CannotWord {
        return p.orElseThrow(() -> new CannotWord("the " + l.code() + " phrase for '" + d.template()
                + "' has no verb to build the sentence around"));
    }

    Question.Answer numeric(QuestionDraft d, Statement fact, Map<Language, String> prompt) throws CannotWord {
        if (d.template().equals("ask-year")) {
            Event e = as(Event.class, fact, d);
            for (Language l : Language.values()) {
                Proposition gap = said(writer.event(e.subject(), e.event(), e.date(), e.where(), l,
                        Map.of("date", Term.fixed("___", l, GrammaticalNumber.SINGULAR))), d, l);
                prompt.put(l, fill(writer, "ask-year", l, null, Map.of(), Map.of("statement",
                        Writer.sentence(writer.framed(e, gap, l)))));
            }
            return new Question.Answer(List.of(), null, (double) e.date().year(), 0.0, null, null);
        }
        Quantity q = as(Quantity.class, fact, d);
        Scale scale = Scale.of(q.value());
        double tolerance = Double.parseDouble(d.slots().getOrDefault("tolerance", "0.05"));
        Map<Language, String> unit = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Proposition gap = said(writer.quantity(q.subject(), q.measure(), Term.fixed("___"
                    + scale.word(writer.templates(), l, q.value()), l, GrammaticalNumber.PLURAL), l), d, l);
            unit.put(l, scale.askWord(writer.templates(), l));
            prompt.put(l, fill(writer, "ask-number", l, null, Map.of(), Map.of("statement",
                    Writer.sentence(writer.framed(q, gap, l)), "scale", scale.askWord(writer.templates(), l))));
        }
        double value = q.value() / scale.factor();
        return new Question.Answer(List.of(), null, value, value * tolerance, unit, null);
    }

    Question.Answer cloze(QuestionDraft d, Statement fact, Map<Language, String> prompt) throws CannotWord {
        String sentence = fact.source().sentenceText();
        // The gap is in the source's own language: a month or a number as that language writes it.
        Language source = facts.documents().stream()
                .filter(doc -> doc.id().equals(fact.source().document())).map(Document::language)
                .filter(Objects::nonNull).findFirst().orElse(Language.DE);
        List<String> candidates = new ArrayList<>();
        switch (d.slots().get("blank")) {
            case "date" -> {
                Event e = as(Event.class, fact, d);
                if (e.date().hasMonth()) {
                    candidates.add(writer.monthName(e.date().month(), source));
                }
                candidates.add(Integer.toString(e.date().year()));
            }
            case "value" -> {
                Quantity q = as(Quantity.class, fact, d);
                candidates.add(Writer.number(q.value() / Scale.of(q.value()).factor(), source));
                candidates.add(Writer.number(q.value(), source));
            }
            case "object" -> {
                Relation r = as(Relation.class, fact, d);
                facts.entity(r.object()).ifPresent(e -> {
                    candidates.add(e.name().de());
                    candidates.add(e.name().en());
                    candidates.addAll(e.aliases());
                });
                candidates.sort(Comparator.comparingInt(String::length).reversed());
            }
            default -> throw new CannotWord("unknown gap kind '" + d.slots().get("blank") + "'");
        }
        for (String token : candidates) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(token) + "(?![\\p{L}\\d])").matcher(sentence);
            if (m.find()) {
                String gapped = sentence.substring(0, m.start()) + "___" + sentence.substring(m.end());
                for (Language l : Language.values()) {
                    prompt.put(l, fill(writer, "cloze", l, null, Map.of(), Map.of("sentence", inner(gapped, l),
                            "number", Integer.toString(fact.source().sentence()))));
                }
                return new Question.Answer(List.of(), null, null, null, null, List.of(token));
            }
        }
        throw new CannotWord("the source sentence does not contain the word to leave out");
    }

    /**
     * A quotation inside the prompt's own quotation marks: the quotes it contains become the
     * language's inner ones ("„Acme“" is "‚Acme‘" inside German „…“ and "‘Acme’" inside
     * English “…”).
     */
    static String inner(String quoted, Language language) {
        return language == Language.DE
                ? quoted.replace('„', '‚').replace('“', '‘')
                : quoted.replace('„', '‘').replace('“', '’').replace('”', '’');
    }
}
