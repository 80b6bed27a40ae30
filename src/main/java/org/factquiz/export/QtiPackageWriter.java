package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.quiz.Question;

/**
 * A QTI 2.1 content package, the zip that Canvas, Blackboard, ILIAS, OpenOLAT, TAO and Inspera import:
 * {@code imsmanifest.xml} (IMS Content Packaging 1.1) listing one resource per item and the test,
 * {@code assessmentTest.xml} with a section per topic, and {@code items/<id>.xml}, one
 * assessmentItem per question.
 */
final class QtiPackageWriter implements QuizWriter {
    static final String CP_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String MANIFEST = "imsmanifest.xml";
    static final String TEST = "assessmentTest.xml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public byte[] write(QuizExport quiz) {
        QtiIdentifiers ids = new QtiIdentifiers();
        Map<Question, String> identifiers = new LinkedHashMap<>();
        quiz.questions().forEach(q -> identifiers.put(q, ids.unique(q.id())));
        List<Zip.Entry> entries = new ArrayList<>();
        entries.add(entry(MANIFEST, manifest(identifiers)));
        entries.add(entry(TEST, test(quiz, identifiers)));
        identifiers.forEach((q, id) -> entries.add(entry(href(id), QtiItemWriter.write(q, id, quiz.language()))));
        return Zip.write(entries, quiz.written());
    }

    private static Zip.Entry entry(String name, String xml) {
        return new Zip.Entry(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    static String href(String identifier) {
        return "items/" + identifier + ".xml";
    }

    private static String test(QuizExport quiz, Map<Question, String> identifiers) {
        XmlOut xml = new XmlOut();
        xml.root("assessmentTest", QtiItemWriter.NAMESPACE, "xmlns:xsi", XSI, "xsi:schemaLocation",
                QtiItemWriter.SCHEMA_LOCATION, "identifier", "factquiz-test", "title", quiz.title(),
                "toolName", "factquiz");
        xml.empty("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
        xml.open("testPart", "identifier", "questions", "navigationMode", "nonlinear", "submissionMode", "individual");
        QtiIdentifiers sections = new QtiIdentifiers();
        for (Map.Entry<String, List<Question>> topic : Topics.grouped(quiz.questions()).entrySet()) {
            xml.open("assessmentSection", "identifier", sections.unique("topic-" + topic.getKey()), "title",
                    topic.getKey(), "visible", "true");
            for (Question q : topic.getValue()) {
                xml.empty("assessmentItemRef", "identifier", identifiers.get(q), "href", href(identifiers.get(q)));
            }
            xml.close();
        }
        xml.close();
        xml.open("outcomeProcessing").open("setOutcomeValue", "identifier", "SCORE").open("sum")
                .empty("testVariables", "variableIdentifier", "SCORE").close().close().close();
        xml.close();
        return xml.finish();
    }

    private static String manifest(Map<Question, String> identifiers) {
        XmlOut xml = new XmlOut();
        xml.root("manifest", CP_NAMESPACE, "xmlns:xsi", XSI, "xsi:schemaLocation",
                CP_NAMESPACE + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd", "identifier", "factquiz-package");
        xml.open("metadata").leaf("schema", "QTIv2.1 Package").leaf("schemaversion", "1.0.0").close();
        xml.empty("organizations");
        xml.open("resources");
        xml.open("resource", "identifier", "test", "type", "imsqti_test_xmlv2p1", "href", TEST);
        xml.empty("file", "href", TEST);
        identifiers.values().forEach(id -> xml.empty("dependency", "identifierref", "item-" + id));
        xml.close();
        for (Map.Entry<Question, String> item : identifiers.entrySet()) {
            String href = href(item.getValue());
            xml.open("resource", "identifier", "item-" + item.getValue(), "type", "imsqti_item_xmlv2p1", "href", href);
            xml.open("metadata").leaf("schema", "QTIv2.1").leaf("schemaversion", "2.1").close();
            xml.empty("file", "href", href);
            xml.close();
        }
        xml.close();
        xml.close();
        return xml.finish();
    }
}
