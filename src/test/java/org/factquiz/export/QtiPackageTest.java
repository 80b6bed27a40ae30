package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The QTI 2.1 content package: the manifest valid against IMS Content Packaging, the test and every
 * item valid against the QTI 2.1 XSD (both offline), the manifest listing exactly the files of the
 * zip; and every item, taken in QTIWorks' JQTI+, scoring its key as right and each wrong answer as
 * wrong by its own response processing.
 */
class QtiPackageTest {
    static Stream<QuizExport> quizzes() {
        return Exports.both().stream();
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void manifestTestAndEveryItemAreValidAndTheManifestListsEveryFile(QuizExport quiz) throws Exception {
        Map<String, byte[]> zip = Exports.unzip(Exports.written(ExportFormat.QTI, quiz).bytes());
        assertThat(zip.keySet()).startsWith(QtiPackageWriter.MANIFEST, QtiPackageWriter.TEST);

        List<String> problems = new ArrayList<>(OfflineSchemas.problems(OfflineSchemas.contentPackaging(),
                zip.get(QtiPackageWriter.MANIFEST), QtiPackageWriter.MANIFEST));
        zip.forEach((name, bytes) -> {
            if (!name.equals(QtiPackageWriter.MANIFEST)) {
                problems.addAll(OfflineSchemas.problems(OfflineSchemas.qti(), bytes, name));
            }
        });
        assertThat(problems).isEmpty();

        Document manifest = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(zip.get(QtiPackageWriter.MANIFEST)));
        List<String> files = new ArrayList<>();
        List<String> items = new ArrayList<>();
        NodeList resources = manifest.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            NodeList file = resource.getElementsByTagName("file");
            files.add(((Element) file.item(0)).getAttribute("href"));
            if (resource.getAttribute("type").equals("imsqti_item_xmlv2p1")) {
                items.add(resource.getAttribute("href"));
            }
        }
        assertThat(new TreeSet<>(files)).isEqualTo(new TreeSet<>(zip.keySet().stream()
                .filter(n -> !n.equals(QtiPackageWriter.MANIFEST)).toList()));
        assertThat(items).hasSize(quiz.questions().size());
        String test = new String(zip.get(QtiPackageWriter.TEST), StandardCharsets.UTF_8);
        items.forEach(href -> assertThat(test).contains("href=\"" + href + "\""));
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void everyItemScoresItsKeyAsRightAndEachWrongAnswerAsWrongInJqtiPlus(QuizExport quiz) {
        Map<String, byte[]> zip = Exports.unzip(Exports.written(ExportFormat.QTI, quiz).bytes());
        Map<String, String> hrefs = hrefsByLabel(zip);
        for (Question q : quiz.questions()) {
            QtiScoring item = QtiScoring.load(zip, hrefs.get(q.id()));
            assertThat(item.problems()).as(q.id()).isEmpty();
            assertThat(item.score(key(q))).as(q.id() + ": the key " + key(q)).isCloseTo(1, within(1e-9));
            for (List<String> wrong : wrongAnswers(q)) {
                assertThat(item.score(wrong)).as(q.id() + ": the wrong answer " + wrong).isLessThan(1);
            }
            assertThat(item.feedback(key(q))).as("the general feedback is shown").isEqualTo("general");
        }
    }

    /** The right response in QTI's terms: the key's identifiers, its pairs, its number or its word. */
    private static List<String> key(Question q) {
        Question.Answer a = q.answer();
        return switch (q.type()) {
            case NUMERIC -> List.of(Numbers.plain(a.number()));
            case CLOZE -> List.of(a.accepted().get(0).toUpperCase(java.util.Locale.ROOT));
            case MATCHING -> pairs(q, a.choices());
            default -> a.choices();
        };
    }

    /** Every wrong answer a candidate could give that is one step from right, and some further away. */
    private static List<List<String>> wrongAnswers(Question q) {
        Question.Answer a = q.answer();
        List<List<String>> wrong = new ArrayList<>();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> q.choices().stream().map(Question.Choice::id)
                    .filter(id -> !a.choices().contains(id)).forEach(id -> wrong.add(List.of(id)));
            case MULTIPLE_RESPONSE -> {
                for (Question.Choice c : q.choices()) {
                    if (!a.choices().contains(c.id())) {
                        wrong.add(List.of(c.id()));
                        List<String> withDistractor = new ArrayList<>(a.choices());
                        withDistractor.add(c.id());
                        wrong.add(withDistractor);
                    }
                }
                wrong.add(q.choices().stream().map(Question.Choice::id).toList());
                wrong.add(a.choices().subList(0, a.choices().size() - 1));
            }
            case NUMERIC -> {
                double beyond = a.tolerance() + Math.max(1, a.number() * 0.01);
                wrong.add(List.of(Numbers.plain(a.number() + beyond)));
                wrong.add(List.of(Numbers.plain(a.number() - beyond)));
            }
            case ORDERING -> {
                List<String> reversed = new ArrayList<>(a.choices());
                Collections.reverse(reversed);
                wrong.add(reversed);
            }
            case MATCHING -> {
                List<String> rotated = new ArrayList<>(a.choices());
                Collections.rotate(rotated, 1);
                if (!rotated.equals(a.choices())) {
                    wrong.add(pairs(q, rotated));
                }
            }
            case CLOZE -> {
                wrong.add(List.of("Atlantis"));
                wrong.add(List.of(a.accepted().get(0) + "x"));
            }
        }
        assertThat(wrong).as(q.id() + " has wrong answers to try").isNotEmpty();
        return wrong;
    }

    private static List<String> pairs(Question q, List<String> partners) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            pairs.add(QtiItemWriter.left(q.items().get(i).id()) + " " + QtiItemWriter.right(partners.get(i)));
        }
        return pairs;
    }

    /** Each item's path by its label, which keeps the question's stable id. */
    private static Map<String, String> hrefsByLabel(Map<String, byte[]> zip) {
        Map<String, String> hrefs = new java.util.HashMap<>();
        java.util.regex.Pattern label = java.util.regex.Pattern.compile(" label=\"([^\"]*)\"");
        zip.forEach((name, bytes) -> {
            if (name.startsWith("items/")) {
                java.util.regex.Matcher m = label.matcher(new String(bytes, StandardCharsets.UTF_8));
                assertThat(m.find()).as(name + " has a label").isTrue();
                hrefs.put(Exports.unescapeHtml(m.group(1)), name);
            }
        });
        return hrefs;
    }
}
