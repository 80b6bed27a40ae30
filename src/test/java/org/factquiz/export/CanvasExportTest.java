package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The QTI 1.2 package for Canvas: its QTI file valid against the QTI 1.2.1 DTD, its manifest
 * against IMS Content Packaging and taken by Canvas for QTI 1.2 (so that Canvas converts it), and
 * the questions read back by Canvas's rules ({@link CanvasReadBack}) with their types, keys,
 * tolerances and feedback.
 */
class CanvasExportTest {
    static Stream<QuizExport> quizzes() {
        return Exports.both().stream();
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void theQtiFileIsValidQti12AndTheManifestValidContentPackagingThatCanvasTakesForQti12(QuizExport quiz) {
        Map<String, byte[]> zip = Exports.unzip(Exports.written(ExportFormat.CANVAS, quiz).bytes());
        assertThat(zip).containsOnlyKeys(CanvasPackageWriter.MANIFEST, CanvasPackageWriter.QTI);
        List<String> problems = new ArrayList<>(OfflineSchemas.problems(OfflineSchemas.contentPackaging(),
                zip.get(CanvasPackageWriter.MANIFEST), CanvasPackageWriter.MANIFEST));
        problems.addAll(Qti12Dtd.problems(zip.get(CanvasPackageWriter.QTI), CanvasPackageWriter.QTI));
        assertThat(problems).isEmpty();

        Element manifest = CanvasReadBack.parse(zip.get(CanvasPackageWriter.MANIFEST));
        Element resource = CanvasReadBack.first(manifest, "resource");
        assertThat(resource.getAttribute("type")).isEqualTo("imsqti_xmlv1p2");
        assertThat(CanvasReadBack.first(resource, "file").getAttribute("href")).isEqualTo(CanvasPackageWriter.QTI);
        // Canvas's Qti::Converter.is_qti_2 skips the QTI 1.2 conversion for a manifest in a QTI 2
        // namespace or whose metadata schema reads "QTIv2.": neither may be the case.
        String text = new String(zip.get(CanvasPackageWriter.MANIFEST), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("imsqti_v2p", "qti/qtiv2p");
        assertThat(CanvasReadBack.text(CanvasReadBack.first(manifest, "schema"))).doesNotContainIgnoringCase("QTIv2.");
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void canvasReadsEveryQuestionWithItsTypeKeyToleranceAndFeedback(QuizExport quiz) {
        byte[] qti = Exports.unzip(Exports.written(ExportFormat.CANVAS, quiz).bytes()).get(CanvasPackageWriter.QTI);
        Map<String, CanvasReadBack.Imported> imported = CanvasReadBack.read(qti).stream()
                .collect(Collectors.toMap(CanvasReadBack.Imported::title, q -> q));
        assertThat(imported).hasSameSizeAs(quiz.questions());
        Language l = quiz.language();
        for (Question q : quiz.questions()) {
            CanvasReadBack.Imported c = imported.get(q.id());
            assertThat(c).as(q.id()).isNotNull();
            assertThat(c.type()).as(q.id()).isEqualTo(CanvasItemWriter.questionType(q.type()));
            assertThat(c.points()).isEqualTo(1);
            switch (q.type()) {
                case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                    assertThat(c.answers()).extracting(CanvasReadBack.Answer::text)
                            .containsExactlyElementsOf(q.choices().stream().map(ch -> ch.text().get(l)).toList());
                    assertThat(c.answers().stream().filter(a -> a.weight() == 100).map(CanvasReadBack.Answer::text))
                            .as(q.id() + ": the key").containsExactlyInAnyOrderElementsOf(
                                    q.answer().choices().stream().map(id -> Exports.choice(q, id, l)).toList());
                }
                case NUMERIC -> {
                    assertThat(c.exact()).as(q.id()).isCloseTo(q.answer().number(), within(1e-9));
                    double tolerance = q.answer().tolerance() == null ? 0 : q.answer().tolerance();
                    assertThat(c.margin() == null ? 0 : c.margin()).as(q.id() + ": the margin")
                            .isCloseTo(tolerance, within(1e-9));
                }
                case MATCHING, ORDERING -> {
                    List<String> lefts = new ArrayList<>();
                    List<String> matches = new ArrayList<>();
                    for (int i = 0; i < q.answer().choices().size(); i++) {
                        lefts.add(q.type() == QuestionType.ORDERING ? String.format(ExportWords.word("place", l), i + 1)
                                : q.items().get(i).text().get(l));
                        matches.add(Exports.choice(q, q.answer().choices().get(i), l));
                    }
                    assertThat(c.answers()).extracting(CanvasReadBack.Answer::text).as(q.id()).containsExactlyElementsOf(lefts);
                    assertThat(c.answers()).extracting(CanvasReadBack.Answer::match).as(q.id())
                            .containsExactlyElementsOf(matches);
                }
                case CLOZE -> {
                    assertThat(c.answers()).extracting(CanvasReadBack.Answer::blank).containsOnly("gap");
                    assertThat(c.answers()).extracting(CanvasReadBack.Answer::text).as(q.id())
                            .containsExactlyElementsOf(q.answer().accepted());
                    assertThat(c.text()).contains("[gap]").doesNotContain(Cloze.GAP);
                }
            }
            String neutral = Exports.unescapeHtml(c.comments().get("neutral_comments"));
            assertThat(neutral).as(q.id() + ": the general feedback").contains(Feedback.of(q, l, false).lines());
        }
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void asCanvasScoresTheImportedQuestionsEveryKeyEarnsFullMarksAndEveryWrongAnswerLess(QuizExport quiz) {
        byte[] qti = Exports.unzip(Exports.written(ExportFormat.CANVAS, quiz).bytes()).get(CanvasPackageWriter.QTI);
        Map<String, CanvasReadBack.Imported> imported = CanvasReadBack.read(qti).stream()
                .collect(Collectors.toMap(CanvasReadBack.Imported::title, q -> q));
        Language l = quiz.language();
        for (Question q : quiz.questions()) {
            CanvasReadBack.Imported c = imported.get(q.id());
            List<String> keys = q.answer().choices().stream().map(id -> Exports.choice(q, id, l)).toList();
            switch (q.type()) {
                case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                    assertThat(CanvasReadBack.scoreChoices(c, Set.copyOf(keys))).as(q.id() + ": the key").isEqualTo(1);
                    for (Question.Choice d : q.choices()) {
                        if (!q.answer().choices().contains(d.id())) {
                            Set<String> withWrong = new HashSet<>(keys);
                            withWrong.add(d.text().get(l));
                            assertThat(CanvasReadBack.scoreChoices(c, withWrong)).as(q.id() + ": the key and " + d.id())
                                    .isLessThan(1);
                            assertThat(CanvasReadBack.scoreChoices(c, Set.of(d.text().get(l)))).as(q.id() + ": " + d.id())
                                    .isZero();
                        }
                    }
                    if (keys.size() > 1) {
                        assertThat(CanvasReadBack.scoreChoices(c, Set.copyOf(keys.subList(1, keys.size()))))
                                .as(q.id() + ": a key missing").isLessThan(1);
                    }
                }
                case NUMERIC -> {
                    BigDecimal value = new BigDecimal(Numbers.plain(q.answer().number()));
                    BigDecimal tolerance = new BigDecimal(Numbers.plain(
                            q.answer().tolerance() == null ? 0 : q.answer().tolerance()));
                    BigDecimal beyond = tolerance.max(BigDecimal.ONE);
                    assertThat(CanvasReadBack.scoreNumber(c, value)).as(q.id()).isEqualTo(1);
                    assertThat(CanvasReadBack.scoreNumber(c, value.add(tolerance))).as(q.id() + ": at the margin").isEqualTo(1);
                    assertThat(CanvasReadBack.scoreNumber(c, value.subtract(tolerance))).isEqualTo(1);
                    assertThat(CanvasReadBack.scoreNumber(c, value.add(tolerance).add(beyond))).as(q.id() + ": beyond")
                            .isZero();
                }
                case MATCHING, ORDERING -> {
                    Map<String, String> right = new HashMap<>();
                    Map<String, String> shifted = new HashMap<>();
                    List<CanvasReadBack.Answer> lefts = c.answers();
                    for (int i = 0; i < lefts.size(); i++) {
                        right.put(lefts.get(i).text(), keys.get(i));
                        shifted.put(lefts.get(i).text(), keys.get((i + 1) % keys.size()));
                    }
                    assertThat(CanvasReadBack.scoreMatches(c, right)).as(q.id()).isEqualTo(1);
                    if (Set.copyOf(keys).size() > 1) {
                        assertThat(CanvasReadBack.scoreMatches(c, shifted)).as(q.id() + ": shifted").isLessThan(1);
                    }
                }
                case CLOZE -> {
                    for (String word : q.answer().accepted()) {
                        assertThat(CanvasReadBack.scoreBlanks(c, Map.of("gap", " " + word.toUpperCase(Locale.ROOT))))
                                .as(q.id() + ": " + word).isEqualTo(1);
                    }
                    assertThat(CanvasReadBack.scoreBlanks(c, Map.of("gap", "no such word"))).isZero();
                }
            }
        }
    }

    @Test
    void aWrongAnswerIsToldItIsWrongAndTheRightOneThatItIsRight() {
        QuizExport quiz = Exports.shipped();
        byte[] qti = Exports.unzip(Exports.written(ExportFormat.CANVAS, quiz).bytes()).get(CanvasPackageWriter.QTI);
        for (CanvasReadBack.Imported c : CanvasReadBack.read(qti)) {
            if (c.type().equals("multiple_choice_question") || c.type().equals("numerical_question")) {
                assertThat(c.comments()).containsEntry("correct_comments", "Right.")
                        .containsEntry("incorrect_comments", "Wrong.");
            }
        }
    }
}
