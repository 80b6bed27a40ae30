package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What holds for every format: the same bytes for the same inputs, the quiz's language, what each holds. */
class ExportFormatsTest {
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameQuizGivesTheSameBytesAndZipsCarryTheExportTimeNotTheClock(ExportFormat format) {
        QuizExport quiz = Exports.marks();
        byte[] first = QuizExporter.export(format, quiz).bytes();
        assertThat(QuizExporter.export(format, quiz).bytes()).isEqualTo(first);
        QuizExport later = new QuizExport(quiz.set(), quiz.questions(), quiz.language(), quiz.seed(), quiz.title(),
                Instant.parse("2025-06-01T12:00:00Z"));
        byte[] other = QuizExporter.export(format, later).bytes();
        if (format.binary()) {
            assertThat(other).as("the time is written, so a later export differs").isNotEqualTo(first);
            assertThat(Exports.unzip(other)).containsOnlyKeys(Exports.unzip(first).keySet());
            java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(other));
            try (zip) {
                assertThat(zip.getNextEntry().getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2025, 6, 1, 12, 0));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            assertThat(other).as("a text format keeps no time").isEqualTo(first);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aGermanQuizIsExportedInGermanFeedbackIncluded(ExportFormat format) {
        QuizExport english = Exports.shipped();
        QuizExport german = new QuizExport(english.set(), english.questions().subList(0, 12), Language.DE,
                english.seed(), english.title(), english.written());
        String text = allText(QuizExporter.export(format, german).bytes(), format);
        Question first = german.questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).findFirst()
                .orElseThrow();
        String expected = Html.escape(first.prompt().get(Language.DE));
        if (format == ExportFormat.GIFT) {
            expected = GiftWriter.escape(expected);
        }
        assertThat(text).contains(expected);
        if (format != ExportFormat.JSON) {
            assertThat(text).contains("Die Antwort ist").doesNotContain("The answer is");
        }
    }

    @Test
    void onlyGiftLacksAType() {
        for (ExportFormat format : ExportFormat.values()) {
            for (QuestionType type : QuestionType.values()) {
                assertThat(format.holds(type)).as(format + " " + type)
                        .isEqualTo(format != ExportFormat.GIFT || type != QuestionType.ORDERING);
            }
        }
        assertThat(ExportFormat.holding(QuestionType.ORDERING)).isEqualTo("moodle-xml, qti, canvas, ilias, anki or apkg");
        assertThat(ExportFormat.parse(" Moodle-XML ")).contains(ExportFormat.MOODLE_XML);
        assertThat(ExportFormat.parse("xml")).isEmpty();
    }

    @Test
    void theOfflineSchemasFindWhatIsWrongWithABrokenItemOrManifest() {
        Map<String, byte[]> zip = Exports.unzip(Exports.written(ExportFormat.QTI, Exports.marks()).bytes());
        String item = new String(zip.get(zip.keySet().stream().filter(n -> n.startsWith("items/")).findFirst()
                .orElseThrow()), StandardCharsets.UTF_8);
        String broken = item.replaceFirst(" identifier=\"[^\"]*\"", "").replace("<itemBody>", "<itemBody><blink/>");
        assertThat(OfflineSchemas.problems(OfflineSchemas.qti(), broken.getBytes(StandardCharsets.UTF_8), "item.xml"))
                .anySatisfy(p -> assertThat(p).contains("identifier"))
                .anySatisfy(p -> assertThat(p).contains("blink"));
        String manifest = new String(zip.get(QtiPackageWriter.MANIFEST), StandardCharsets.UTF_8)
                .replace("<organizations/>", "");
        assertThat(OfflineSchemas.problems(OfflineSchemas.contentPackaging(),
                manifest.getBytes(StandardCharsets.UTF_8), "imsmanifest.xml")).isNotEmpty();
    }

    /** Every text of an export: a zip's entries as text (the Anki collection as its raw bytes). */
    private static String allText(byte[] bytes, ExportFormat format) {
        if (!format.binary()) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        Exports.unzip(bytes).values().forEach(b -> all.append(new String(b, StandardCharsets.UTF_8)));
        return all.toString();
    }
}
