package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Anki text file read by Anki's rules (its header lines, then tab-separated records with
 * quotes doubled inside quoted fields and '#' lines as comments, read here by commons-csv), and the
 * .apkg opened with sqlite-jdbc: one note per question, with its guid, note type, deck, tags and
 * fields, and one new card per note.
 */
class AnkiExportTest {
    private static final Language EN = Language.EN;
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c1::(.*?)}}");
    private static final Map<String, Integer> FIELDS = Map.of("Basic", 2, "Cloze", 2);

    static Stream<QuizExport> quizzes() {
        return Exports.both().stream();
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void theTextFileReadsBackAsOneNotePerQuestionByAnkisRules(QuizExport quiz) throws IOException {
        String text = new String(Exports.written(ExportFormat.ANKI, quiz).bytes(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        Map<String, String> header = new HashMap<>();
        int body = 0;
        while (lines.get(body).startsWith("#")) {
            String[] keyValue = lines.get(body).substring(1).split(":", 2);
            header.put(keyValue[0], keyValue[1]);
            body++;
        }
        assertThat(header).containsEntry("separator", "tab").containsEntry("html", "true")
                .containsEntry("guid column", "1").containsEntry("notetype column", "2")
                .containsEntry("deck column", "3").containsEntry("tags column", "4");

        CSVFormat anki = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuote('"').setCommentMarker('#')
                .setRecordSeparator('\n').get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), anki)) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(quiz.questions().size());
        assertThat(text.lines().count() - body).as("no note spans two lines").isEqualTo(records.size());
        Set<String> guids = new HashSet<>();
        for (CSVRecord record : records) {
            Question q = question(quiz, record.get(0));
            assertThat(guids.add(record.get(0))).as("one note per guid").isTrue();
            String notetype = record.get(1);
            assertThat(notetype).isEqualTo(q.type() == QuestionType.CLOZE ? "Cloze" : "Basic");
            assertThat(record.size() - 4).as(q.id() + ": the fields of a " + notetype + " note")
                    .isEqualTo(FIELDS.get(notetype));
            assertNote(q, quiz, record.get(2), List.of(record.get(3).split(" ")), record.get(4), record.get(5));
        }
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void thePackageOpensAsAnAnkiCollectionWithOneNoteAndCardPerQuestion(QuizExport quiz, @TempDir Path dir)
            throws Exception {
        Map<String, byte[]> zip = Exports.unzip(Exports.written(ExportFormat.APKG, quiz).bytes());
        assertThat(zip.keySet()).containsExactly("collection.anki2", "media");
        assertThat(new String(zip.get("media"), StandardCharsets.UTF_8)).isEqualTo("{}");
        Path collection = dir.resolve("collection.anki2");
        Files.write(collection, zip.get("collection.anki2"));
        ObjectMapper json = new ObjectMapper();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection);
             Statement sql = db.createStatement()) {
            JsonNode models;
            JsonNode decks;
            try (ResultSet col = sql.executeQuery("SELECT ver, models, decks FROM col")) {
                assertThat(col.next()).isTrue();
                assertThat(col.getInt("ver")).as("schema 11").isEqualTo(11);
                models = json.readTree(col.getString("models"));
                decks = json.readTree(col.getString("decks"));
            }
            Map<Long, String> deckNames = new HashMap<>();
            decks.forEach(d -> deckNames.put(d.get("id").asLong(), d.get("name").asText()));
            List<String> guids = new ArrayList<>();
            try (ResultSet notes = sql.executeQuery("SELECT n.guid, n.mid, n.tags, n.flds, c.did, c.ord, c.type, c.queue"
                    + " FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id")) {
                while (notes.next()) {
                    Question q = question(quiz, notes.getString("guid"));
                    guids.add(q.id());
                    JsonNode model = models.get(notes.getString("mid"));
                    assertThat(model.get("type").asInt()).as(q.id()).isEqualTo(q.type() == QuestionType.CLOZE ? 1 : 0);
                    String[] fields = notes.getString("flds").split("\u001f", -1);
                    assertThat(fields).hasSize(model.get("flds").size());
                    assertThat(notes.getInt("ord")).isZero();
                    assertThat(notes.getInt("type")).as("a new card").isZero();
                    assertThat(notes.getInt("queue")).isZero();
                    assertNote(q, quiz, deckNames.get(notes.getLong("did")),
                            List.of(notes.getString("tags").strip().split(" ")), fields[0], fields[1]);
                }
            }
            assertThat(guids).containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(Question::id).toList());
            try (ResultSet cards = sql.executeQuery("SELECT count(*) FROM cards")) {
                assertThat(cards.next()).isTrue();
                assertThat(cards.getInt(1)).as("one card per note").isEqualTo(guids.size());
            }
        }
    }

    /** What a note holds, in the text file and the package alike. */
    private static void assertNote(Question q, QuizExport quiz, String deck, List<String> tags, String first,
                                   String second) {
        assertThat(deck).isEqualTo(quiz.title().replace("::", ":") + "::" + q.topic());
        assertThat(tags).containsExactlyElementsOf(q.tags());
        Feedback feedback = Feedback.of(q, EN, true);
        if (q.type() == QuestionType.CLOZE) {
            Matcher gap = CLOZE.matcher(first);
            assertThat(gap.find()).as(q.id() + ": a cloze in " + first).isTrue();
            assertThat(Exports.unescapeHtml(gap.group(1))).isEqualTo(q.answer().accepted().get(0));
            assertThat(gap.find()).as("one cloze").isFalse();
            String[] around = Cloze.around(q.prompt().get(EN));
            assertThat(Exports.unescapeHtml(first.replaceFirst(CLOZE.pattern(), "___")))
                    .isEqualTo(around[0] + "___" + around[1]);
            assertThat(Exports.unescapeHtml(second)).isEqualTo(String.join("\n", feedback.explanation()));
        } else {
            String front = Exports.unescapeHtml(first.replace("</div><div>", "\n").replace("<div>", "")
                    .replace("</div>", ""));
            assertThat(front).startsWith(q.prompt().get(EN));
            q.choices().stream().filter(c -> q.type() != QuestionType.TRUE_FALSE)
                    .forEach(c -> assertThat(front).contains(c.id() + ") " + c.text().get(EN)));
            assertThat(Exports.unescapeHtml(second)).isEqualTo(feedback.plain());
        }
        assertThat(first + second).as("no raw markup from a text").doesNotContain("{{c2", "<script");
    }

    private static Question question(QuizExport quiz, String id) {
        return quiz.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }
}
