package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * One question as an Anki note, the same in the text file and in the package: a Cloze note for a
 * cloze question (its gap as {@code {{c1::...}}}, the source sentences and chain as Back Extra), a
 * Basic note for every other type (prompt and choices on the front, the right answer and the
 * explanation on the back). Its guid is the question's stable id, so a second import updates the
 * note instead of adding another; its deck is the article's title and the topic; its tags are the
 * question's topic, skill and type. Fields are HTML, which is how Anki stores them.
 */
record AnkiNote(String guid, boolean cloze, String deck, List<String> tags, String first, String second) {
    AnkiNote {
        tags = List.copyOf(tags);
    }

    static List<AnkiNote> of(QuizExport quiz) {
        return quiz.questions().stream().map(q -> of(q, quiz.title(), quiz.language())).toList();
    }

    static AnkiNote of(Question q, String title, Language l) {
        String deck = deckName(title) + "::" + deckName(q.topic());
        List<String> tags = q.tags().stream().map(t -> t.strip().replaceAll("\\s+", "_")).filter(t -> !t.isEmpty())
                .toList();
        Feedback feedback = Feedback.of(q, l, true);
        if (q.type() == QuestionType.CLOZE) {
            String[] around = Cloze.around(q.prompt().get(l));
            String text = outsideCloze(around[0]) + "{{c1::" + insideCloze(q.answer().accepted().get(0)) + "}}"
                    + outsideCloze(around[1]);
            return new AnkiNote(q.id(), true, deck, tags, text, Html.lines(feedback.explanation()));
        }
        return new AnkiNote(q.id(), false, deck, tags, front(q, l), feedback.html());
    }

    private static String front(Question q, Language l) {
        List<String> lines = new ArrayList<>();
        lines.add(Html.escape(q.prompt().get(l)));
        q.items().forEach(item -> lines.add(Html.escape(item.id() + ". " + item.text().get(l))));
        if (q.type() != QuestionType.TRUE_FALSE) {
            q.choices().forEach(c -> lines.add(Html.escape(c.id() + ") " + c.text().get(l))));
        }
        return lines.stream().map(line -> "<div>" + line + "</div>").collect(Collectors.joining());
    }

    /** "::" nests decks in Anki: a name keeps it as one deck. */
    private static String deckName(String name) {
        return Topics.oneLine(name).replace("::", ":");
    }

    /** Text around a gap: no brace may begin another cloze. */
    private static String outsideCloze(String plain) {
        return Html.escape(plain).replace("{", "&#123;").replace("}", "&#125;");
    }

    /** The gap's answer: "::" would start a hint and "}}" end the gap, so colons and braces are entities. */
    private static String insideCloze(String plain) {
        return outsideCloze(plain).replace(":", "&#58;");
    }
}
