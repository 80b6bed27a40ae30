package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factquiz.quiz.Question;

/**
 * The QTI 1.2 zip that Canvas imports ("QTI .zip file" in Import Course Content; New Quizzes reads
 * the same file): {@code imsmanifest.xml} (IMS Content Packaging 1.1) naming one
 * {@code imsqti_xmlv1p2} resource, and that resource, one {@code questestinterop} holding the quiz
 * as an {@code assessment} with its questions, topic by topic. Canvas's converter looks for the
 * QTI file itself among the package's XML files; the manifest is there for the other QTI 1.2
 * readers, which go by it.
 */
final class CanvasPackageWriter implements QuizWriter {
    static final String MANIFEST = "imsmanifest.xml";
    static final String ASSESSMENT = "factquiz-quiz";
    static final String QTI = ASSESSMENT + "/" + ASSESSMENT + ".xml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public byte[] write(QuizExport quiz) {
        return Zip.write(List.of(entry(MANIFEST, manifest()), entry(QTI, assessment(quiz))), quiz.written());
    }

    private static Zip.Entry entry(String name, String xml) {
        return new Zip.Entry(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String assessment(QuizExport quiz) {
        XmlOut xml = new XmlOut();
        xml.root("questestinterop", Qti12.NAMESPACE, "xmlns:xsi", XSI, "xsi:schemaLocation", Qti12.SCHEMA_LOCATION);
        xml.open("assessment", "ident", ASSESSMENT, "title", quiz.title());
        xml.open("section", "ident", "root_section");
        QtiIdentifiers ids = new QtiIdentifiers();
        for (Map.Entry<String, List<Question>> topic : Topics.grouped(quiz.questions()).entrySet()) {
            for (Question q : topic.getValue()) {
                CanvasItemWriter.write(xml, q, ids.unique(q.id()), quiz.language());
            }
        }
        xml.close().close().close();
        return xml.finish();
    }

    private static String manifest() {
        XmlOut xml = new XmlOut();
        xml.root("manifest", QtiPackageWriter.CP_NAMESPACE, "xmlns:xsi", XSI, "xsi:schemaLocation",
                QtiPackageWriter.CP_NAMESPACE + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
                "identifier", "factquiz-package");
        xml.open("metadata").leaf("schema", "IMS Content").leaf("schemaversion", "1.1.3").close();
        xml.empty("organizations");
        xml.open("resources");
        xml.open("resource", "identifier", ASSESSMENT, "type", "imsqti_xmlv1p2", "href", QTI);
        xml.empty("file", "href", QTI);
        xml.close().close().close();
        return xml.finish();
    }
}
