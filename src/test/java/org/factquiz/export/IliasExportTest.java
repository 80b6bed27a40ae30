package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * The question pool zip for ILIAS: laid out where ILIAS's importer looks, its QTI file valid against
 * the QTI 1.2.1 DTD it names, and read back by ILIAS's
 * import rules ({@link IliasReadBack}): every question found with a type ILIAS imports, its
 * choices, points, bounds, pairs, order or gap, and its feedback.
 */
class IliasExportTest {
    static Stream<QuizExport> quizzes() {
        return Exports.both().stream();
    }

    /**
     * The QTI file of a pool zip, found the way ILIAS finds it: for {@code <stem>.zip}, the file
     * {@code <stem>/<stem with qpl and tst made qti>.xml}, beside the pool file {@code <stem>/<stem>.xml}.
     */
    static byte[] qti(byte[] zip, String fileName) {
        String stem = fileName.substring(0, fileName.length() - ".zip".length());
        byte[] qti = Exports.unzip(zip).get(stem + "/" + stem.replace("qpl", "qti").replace("tst", "qti") + ".xml");
        assertThat(qti).as("the QTI file where ILIAS looks for it").isNotNull();
        return qti;
    }

    static byte[] qti(QuizExport quiz) {
        return qti(Exports.written(ExportFormat.ILIAS, quiz).bytes(), "quiz" + ExportFormat.ILIAS.extension());
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void theZipHoldsThePoolAndItsQtiFileWhereIliasLooksAndTheQtiFileIsValidQti12(QuizExport quiz) {
        Map<String, byte[]> zip = Exports.unzip(Exports.written(ExportFormat.ILIAS, quiz).bytes());
        assertThat(zip).containsOnlyKeys("quiz.qpl/", "quiz.qpl/quiz.qpl.xml", "quiz.qpl/quiz.qti.xml");
        Element pool = CanvasReadBack.parse(zip.get("quiz.qpl/quiz.qpl.xml"));
        assertThat(pool.getNodeName()).isEqualTo("ContentObject");
        assertThat(pool.getAttribute("Type")).isEqualTo("Questionpool_Test");
        assertThat(CanvasReadBack.text(CanvasReadBack.first(CanvasReadBack.first(pool, "General"), "Title")))
                .isEqualTo(quiz.title());

        byte[] qti = qti(quiz);
        assertThat(new String(qti, StandardCharsets.UTF_8)).contains("<!DOCTYPE questestinterop SYSTEM \"" + Qti12.DTD + "\">");
        assertThat(Qti12Dtd.problems(qti, "quiz.qti.xml")).isEmpty();
        List<IliasReadBack.Imported> imported = IliasReadBack.read(qti);
        assertThat(imported).extracting(IliasReadBack.Imported::title)
                .containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(Question::id).toList());
        assertThat(imported).extracting(i -> i.metadata().get("QUESTIONTYPE")).allMatch(IliasReadBack.TYPES::containsKey);
        assertThat(imported).extracting(IliasReadBack.Imported::ident).doesNotHaveDuplicates();
    }

    @Test
    void theZipIsLaidOutForTheNameItIsSavedUnderAndNoOtherNameIsTaken() {
        QuizExport quiz = Exports.marks();
        byte[] zip = QuizExporter.export(ExportFormat.ILIAS, quiz, "1700000000__0__qpl_42.zip").bytes();
        assertThat(Exports.unzip(zip)).containsKeys("1700000000__0__qpl_42/1700000000__0__qpl_42.xml",
                "1700000000__0__qpl_42/1700000000__0__qti_42.xml");
        assertThat(ExportFormat.ILIAS.fileNameProblem("quiz.zip")).isPresent();
        assertThat(ExportFormat.ILIAS.fileNameProblem("Übung qpl.zip")).as("ILIAS renames such a file").isPresent();
        assertThat(ExportFormat.ILIAS.fileNameProblem("quiz.qpl")).isPresent();
        assertThat(ExportFormat.ILIAS.fileNameProblem("week_3-qpl.zip")).isEmpty();
        assertThat(ExportFormat.QTI.fileNameProblem("anything.zip")).isEmpty();
    }

    @Test
    void theDtdCheckFindsWhatIsWrongWithABrokenFile() {
        String qti = new String(qti(Exports.marks()), StandardCharsets.UTF_8);
        String broken = qti.replaceFirst("<item ident=\"[^\"]*\"", "<item").replaceFirst("<presentation", "<blink/><presentation");
        assertThat(Qti12Dtd.problems(broken.getBytes(StandardCharsets.UTF_8), "broken.xml"))
                .anySatisfy(p -> assertThat(p).contains("ident"))
                .anySatisfy(p -> assertThat(p).contains("blink"));
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void iliasReadsEveryQuestionWithItsKeyPointsAndFeedback(QuizExport quiz) {
        Map<String, IliasReadBack.Imported> imported = IliasReadBack.read(qti(quiz))
                .stream().collect(Collectors.toMap(IliasReadBack.Imported::title, i -> i));
        Language l = quiz.language();
        for (Question q : quiz.questions()) {
            IliasReadBack.Imported i = imported.get(q.id());
            assertThat(i.type()).as(q.id()).isEqualTo(IliasReadBack.TYPES.get(IliasItemWriter.questionType(q.type())));
            List<String> choices = q.choices().stream().map(c -> c.text().get(l)).toList();
            switch (q.type()) {
                case MULTIPLE_CHOICE, TRUE_FALSE -> {
                    assertThat(texts(i.answers())).containsExactlyElementsOf(choices);
                    for (IliasReadBack.Answer a : i.answers()) {
                        assertThat(a.points()).as(q.id() + " " + a.ident()).isEqualTo(q.answer().choices().contains(a.ident()) ? 1 : 0);
                    }
                }
                case MULTIPLE_RESPONSE -> {
                    assertThat(texts(i.answers())).containsExactlyElementsOf(choices);
                    double keys = i.answers().stream().filter(a -> q.answer().choices().contains(a.ident()))
                            .mapToDouble(IliasReadBack.Answer::points).sum();
                    assertThat(keys).as(q.id() + ": every right choice together").isCloseTo(1, within(1e-9));
                    assertThat(i.answers().stream().filter(a -> !q.answer().choices().contains(a.ident())))
                            .as(q.id() + ": a wrong choice costs").allMatch(a -> a.points() < 0);
                    assertThat(i.answers()).allMatch(a -> a.unchecked() == 0);
                }
                case NUMERIC -> {
                    double tolerance = q.answer().tolerance() == null ? 0 : q.answer().tolerance();
                    assertThat(i.lower()).as(q.id()).isCloseTo(q.answer().number() - tolerance, within(1e-9));
                    assertThat(i.upper()).as(q.id()).isCloseTo(q.answer().number() + tolerance, within(1e-9));
                    assertThat(i.points()).isEqualTo(1);
                }
                case MATCHING -> {
                    assertThat(texts(i.answers())).as(q.id() + ": the definitions")
                            .containsExactlyElementsOf(q.items().stream().map(c -> c.text().get(l)).toList());
                    assertThat(texts(i.terms())).as(q.id() + ": the terms").containsExactlyElementsOf(choices);
                    assertThat(i.pairs()).hasSize(q.items().size());
                    for (IliasReadBack.Pair pair : i.pairs()) {
                        String term = i.terms().stream().filter(t -> Double.parseDouble(t.ident()) == pair.term())
                                .findFirst().orElseThrow().text();
                        assertThat(Exports.unescapeHtml(term)).as(q.id() + " definition " + pair.definition())
                                .isEqualTo(Exports.choice(q, q.answer().choices().get(pair.definition() - 1), l));
                    }
                    assertThat(i.pairs().stream().mapToDouble(IliasReadBack.Pair::points).sum()).isCloseTo(1, within(1e-9));
                    boolean repeated = q.answer().choices().stream().distinct().count() < q.answer().choices().size();
                    assertThat(i.metadata()).containsEntry("matching_mode", repeated ? "n:n" : "1:1");
                }
                case ORDERING -> {
                    assertThat(i.order().stream().map(Exports::unescapeHtml)).as(q.id())
                            .containsExactlyElementsOf(q.answer().choices().stream().map(id -> Exports.choice(q, id, l)).toList());
                    assertThat(i.points()).isEqualTo(1);
                }
                case CLOZE -> {
                    String[] around = Cloze.around(q.prompt().get(l));
                    boolean number = i.lower() != null;
                    String gap = number ? Numbers.plain(i.lower()) : String.join(",", q.answer().accepted());
                    assertThat(Exports.unescapeHtml(i.clozeText())).as(q.id())
                            .isEqualTo(around[0] + "[gap]" + gap + "[/gap]" + around[1]);
                    if (number) {
                        assertThat(i.upper()).isEqualTo(i.lower());
                        assertThat(Double.parseDouble(q.answer().accepted().get(0).replace(',', '.'))).isEqualTo(i.lower());
                    }
                    assertThat(i.metadata()).containsEntry("textgaprating", "ci");
                }
            }
            assertThat(i.genericFeedback()).as(q.id()).containsOnlyKeys(0, 1);
            List<String> lines = Feedback.of(q, l, false).lines();
            assertThat(Exports.unescapeHtml(i.genericFeedback().get(1).replace("<br />", "\n")))
                    .startsWith(ExportWords.word("right", l)).contains(lines);
            assertThat(Exports.unescapeHtml(i.genericFeedback().get(0).replace("<br />", "\n")))
                    .startsWith(ExportWords.word("wrong", l)).contains(lines);
        }
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void asIliasScoresTheImportedQuestionsEveryKeyEarnsFullPointsAndEveryWrongAnswerLess(QuizExport quiz) {
        Map<String, IliasReadBack.Imported> imported = IliasReadBack.read(qti(quiz)).stream()
                .collect(Collectors.toMap(IliasReadBack.Imported::title, i -> i));
        for (Question q : quiz.questions()) {
            IliasReadBack.Imported i = imported.get(q.id());
            List<String> keys = q.answer().choices();
            switch (q.type()) {
                case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                    assertThat(IliasReadBack.scoreChoices(i, Set.copyOf(keys))).as(q.id() + ": the key")
                            .isCloseTo(1, within(1e-9));
                    for (Question.Choice d : q.choices()) {
                        if (!keys.contains(d.id())) {
                            Set<String> withWrong = new HashSet<>(keys);
                            withWrong.add(d.id());
                            if (q.type() == QuestionType.MULTIPLE_RESPONSE) {
                                assertThat(IliasReadBack.scoreChoices(i, withWrong)).as(q.id() + ": the key and " + d.id())
                                        .isLessThan(1);
                            }
                            assertThat(IliasReadBack.scoreChoices(i, Set.of(d.id()))).as(q.id() + ": " + d.id()).isZero();
                        }
                    }
                    if (keys.size() > 1) {
                        assertThat(IliasReadBack.scoreChoices(i, Set.copyOf(keys.subList(1, keys.size()))))
                                .as(q.id() + ": a key missing").isLessThan(1);
                    }
                }
                case NUMERIC -> {
                    double tolerance = q.answer().tolerance() == null ? 0 : q.answer().tolerance();
                    double value = q.answer().number();
                    assertThat(IliasReadBack.scoreNumber(i, value)).as(q.id()).isEqualTo(1);
                    assertThat(IliasReadBack.scoreNumber(i, value + tolerance)).as(q.id() + ": at the bound").isEqualTo(1);
                    assertThat(IliasReadBack.scoreNumber(i, value + tolerance + Math.max(1, tolerance)))
                            .as(q.id() + ": beyond").isZero();
                }
                case MATCHING -> {
                    Set<IliasReadBack.Pair> right = new HashSet<>();
                    Set<IliasReadBack.Pair> shifted = new HashSet<>();
                    for (int k = 0; k < q.items().size(); k++) {
                        right.add(new IliasReadBack.Pair(term(i, Exports.choice(q, keys.get(k), quiz.language())), k + 1, 0));
                        shifted.add(new IliasReadBack.Pair(term(i, Exports.choice(q, keys.get((k + 1) % keys.size()),
                                quiz.language())), k + 1, 0));
                    }
                    assertThat(IliasReadBack.scoreMatches(i, right)).as(q.id()).isCloseTo(1, within(1e-9));
                    if (Set.copyOf(keys).size() > 1) {
                        assertThat(IliasReadBack.scoreMatches(i, shifted)).as(q.id() + ": shifted").isLessThan(1);
                    }
                }
                case ORDERING -> {
                    List<String> inOrder = new ArrayList<>();
                    for (String key : keys) {
                        inOrder.add(i.answers().get(q.choices().indexOf(q.choices().stream()
                                .filter(c -> c.id().equals(key)).findFirst().orElseThrow())).text());
                    }
                    assertThat(IliasReadBack.scoreOrder(i, inOrder)).as(q.id()).isEqualTo(1);
                    List<String> reversed = new ArrayList<>(inOrder);
                    java.util.Collections.reverse(reversed);
                    assertThat(IliasReadBack.scoreOrder(i, reversed)).as(q.id() + ": reversed").isZero();
                }
                case CLOZE -> {
                    for (String word : q.answer().accepted()) {
                        assertThat(IliasReadBack.scoreGap(i, word.toUpperCase(java.util.Locale.ROOT)))
                                .as(q.id() + ": " + word).isEqualTo(1);
                    }
                    assertThat(IliasReadBack.scoreGap(i, i.lower() != null ? "-1e9" : "no such word")).isZero();
                }
            }
        }
    }

    /** The number of the matching term with this text, as ILIAS reads it. */
    private static double term(IliasReadBack.Imported i, String text) {
        return i.terms().stream().filter(t -> Exports.unescapeHtml(t.text()).equals(text)).findFirst()
                .map(t -> Double.parseDouble(t.ident())).orElseThrow();
    }

    private static List<String> texts(List<IliasReadBack.Answer> answers) {
        return answers.stream().map(a -> Exports.unescapeHtml(a.text())).toList();
    }
}
