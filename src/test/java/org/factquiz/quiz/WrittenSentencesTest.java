package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.factquiz.language.writing.Frame;
import org.factquiz.language.writing.Proposition;
import org.factquiz.language.writing.Term;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * The reviewed table of written sentences (src/test/resources/quiz/written-sentences.tsv): every
 * statement of the shipped and the second article, in German and English, written as a sentence
 * (framed as its source frames it) and in one of the forms the questions put it in: a why
 * question (verb first, do-support), a subordinate clause after "dass" and the English -ing form,
 * a purpose question, a question for its subject or holder, and the statement attributed to a
 * source of rotating gender and number ("laut" with the dative). The expected column is the form
 * a teacher of the language accepts, reviewed sentence by sentence; a row whose writing differs
 * from it fails the test, unless the row is marked open in its last column (a known error, counted
 * in docs/quiz.md), and an open row that is now written right fails too, so the mark is taken off.
 */
class WrittenSentencesTest {
    static final Path TABLE = Path.of("src/test/resources/quiz/written-sentences.tsv");
    private static final List<String> FORMS = List.of("ask-reason", "ask-possible-reason", "reported", "ask-subject",
            "ask-purpose");

    record Row(String article, String statement, String form, Language language, String expected, boolean open) {
        String key() {
            return article + "\t" + statement + "\t" + form + "\t" + language.code();
        }
    }

    /** What the writer writes today, by row key. */
    static Map<String, String> written() {
        Map<String, String> out = new LinkedHashMap<>();
        write("shipped", ShippedQuiz.knowledge().facts(), ShippedQuiz.phrases(), out);
        write("second", SecondArticleQuiz.knowledge().facts(), SecondArticleQuiz.phrases(), out);
        return out;
    }

    private static void write(String article, FactBase facts, PhraseBook phrases, Map<String, String> out) {
        QuestionTemplates templates = ShippedQuiz.templates();
        Writer writer = new Writer(facts, phrases, templates);
        List<String> sources = new ArrayList<>(facts.statements().stream().map(s -> s.provenance().accordingTo())
                .filter(a -> a != null).distinct().sorted().toList());
        facts.entities().stream().map(Entity::id).sorted().filter(id -> !sources.contains(id)).limit(6)
                .forEach(sources::add);
        int i = 0;
        for (Statement s : facts.statements().stream().sorted(java.util.Comparator.comparing(Statement::id)).toList()) {
            for (Language l : Language.values()) {
                Optional<Proposition> p = writer.proposition(s, l);
                if (p.isEmpty()) {
                    continue;
                }
                String key = article + "\t" + s.id() + "\t";
                try {
                    out.put(key + "statement\t" + l.code(), writer.statement(s, l));
                } catch (Writer.Unwritable e) {
                    out.put(key + "statement\t" + l.code(), "-");
                }
                String form = FORMS.get(i % FORMS.size());
                String text = switch (form) {
                    case "reported" -> {
                        String source = sources.get(i % sources.size());
                        yield Frame.fill(templates.framing("reported", l), l, p.get(),
                                Map.of("source", writer.names().term(source, l)), Map.of()).orElse("-");
                    }
                    case "ask-subject" -> s.subject() == null ? "-"
                            : p.get().asking(s instanceof org.factquiz.model.Title ? "holder" : "subject",
                                    Term.question(writer.ask(s.subject(), l), l), null).orElse("-");
                    default -> Frame.fill(templates.prompt(form, l).orElseThrow(), l, p.get(), Map.of(), Map.of())
                            .orElse("-");
                };
                out.put(key + form + "\t" + l.code(), text);
            }
            i++;
        }
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], f[1], f[2], Language.valueOf(f[3].toUpperCase(java.util.Locale.ROOT)), f[4],
                    f.length > 5 && f[5].equals("open")));
        }
        return rows;
    }

    @Test
    void everyReviewedSentenceIsWrittenInItsCorrectForm() throws IOException {
        Map<String, String> written = written();
        List<String> wrong = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (Row r : table()) {
            String actual = written.get(r.key());
            if (r.open() && r.expected().equals(actual)) {
                fixed.add(r.key());
            } else if (!r.open() && !r.expected().equals(actual)) {
                wrong.add(r.key() + "\n   expected: " + r.expected() + "\n   written:  " + actual);
            }
        }
        assertThat(wrong).as("sentences written differently from their reviewed form").isEmpty();
        assertThat(fixed).as("open rows now written right: take the mark off").isEmpty();
    }

    @Test
    void theTableCoversBothLanguagesOfBothArticlesInEveryForm() throws IOException {
        List<Row> rows = table();
        for (Language l : Language.values()) {
            assertThat(rows.stream().filter(r -> r.language() == l && !r.expected().equals("-")).count())
                    .as(l + " sentences").isGreaterThanOrEqualTo(150);
        }
        Map<String, Long> perForm = new TreeMap<>();
        rows.forEach(r -> perForm.merge(r.form(), 1L, Long::sum));
        assertThat(perForm.keySet()).containsAll(FORMS).contains("statement");
        assertThat(rows.stream().map(Row::key).toList())
                .as("every sentence the writer writes is in the table")
                .containsExactlyInAnyOrderElementsOf(written().keySet());
    }

    /** Writes the table's candidate rows (today's writing) to a file for review; not a test. */
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        written().forEach((k, v) -> lines.add(k + "\t" + v));
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }
}
