package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factquiz.quiz.Question;

/**
 * The question pool zip that ILIAS imports, laid out as ILIAS's own pool export is and as its
 * importer looks for it (TestQuestionsImportTrait::buildImportDirectoriesFromImportFile in
 * ILIAS-eLearning/ILIAS): for a zip called {@code <stem>.zip}, a folder {@code <stem>/} holding
 * {@code <stem>.xml}, the pool itself (an ILIAS {@code ContentObject} with its title and
 * description), and the QTI 1.2 file, named as the stem with "qpl" made "qti":
 * {@code quiz.qpl.zip} holds {@code quiz.qpl/quiz.qpl.xml} and {@code quiz.qpl/quiz.qti.xml}. The
 * QTI file is one {@code questestinterop} with the DOCTYPE ILIAS writes, its questions as items,
 * topic by topic.
 *
 * <p>So the zip's name is part of the format: it is written for the name it will be saved under,
 * and renaming it afterwards breaks the import (as with a pool ILIAS exported itself).
 */
final class IliasPoolWriter implements QuizWriter {
    /** The names ILIAS keeps unchanged on upload (ilFileUtils::getValidFilename) and can tell apart. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]*qpl[A-Za-z0-9._-]*\\.zip");

    @Override
    public byte[] write(QuizExport quiz) {
        return write(quiz, "quiz" + ExportFormat.ILIAS.extension());
    }

    @Override
    public byte[] write(QuizExport quiz, String fileName) {
        nameProblem(fileName).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Layout layout = Layout.of(fileName);
        return Zip.write(List.of(new Zip.Entry(layout.folder() + "/", new byte[0]),
                entry(layout.pool(), pool(quiz)), entry(layout.qti(), qti(quiz))), quiz.written());
    }

    /** Why ILIAS could not import a pool zip called {@code fileName}, if it could not. */
    static Optional<String> nameProblem(String fileName) {
        if (NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        return Optional.of("an ILIAS question pool must be saved as a .zip whose name holds 'qpl' and only letters,"
                + " digits, '.', '_' or '-' (ILIAS finds the questions by that name), e.g. quiz"
                + ExportFormat.ILIAS.extension() + ", not '" + fileName + "'");
    }

    /** Where the files go in a zip called {@code <stem>.zip}. */
    record Layout(String folder, String pool, String qti) {
        static Layout of(String fileName) {
            String stem = fileName.substring(0, fileName.length() - ".zip".length());
            return new Layout(stem, stem + "/" + stem + ".xml",
                    stem + "/" + stem.replace("qpl", "qti").replace("tst", "qti") + ".xml");
        }
    }

    private static Zip.Entry entry(String name, String xml) {
        return new Zip.Entry(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The pool as ILIAS's export writes it (ilObjQuestionPool::objectToXmlWriter): metadata and settings. */
    private static String pool(QuizExport quiz) {
        String language = quiz.language().code();
        XmlOut xml = new XmlOut();
        xml.open("ContentObject", "Type", "Questionpool_Test");
        xml.open("MetaData").open("General", "Structure", "Hierarchical");
        xml.empty("Identifier", "Catalog", "factquiz", "Entry", "factquiz-pool-" + quiz.seed());
        xml.leaf("Title", Topics.oneLine(quiz.title()), "Language", language);
        xml.empty("Language", "Language", language);
        xml.leaf("Description", description(quiz), "Language", language);
        xml.empty("Keyword", "Language", language);
        xml.close().close();
        xml.open("Settings").leaf("ShowTaxonomies", "0").leaf("SkillService", "0").close();
        xml.close();
        return xml.finish();
    }

    private static String description(QuizExport quiz) {
        return quiz.questions().size() + " questions written by factquiz (" + quiz.language().code() + ", seed "
                + quiz.seed() + ")";
    }

    private static String qti(QuizExport quiz) {
        XmlOut xml = new XmlOut();
        xml.doctype("questestinterop", Qti12.DTD);
        xml.open("questestinterop");
        xml.leaf("qticomment", Topics.oneLine(quiz.title()) + ": " + description(quiz));
        QtiIdentifiers ids = new QtiIdentifiers();
        for (Map.Entry<String, List<Question>> topic : Topics.grouped(quiz.questions()).entrySet()) {
            for (Question q : topic.getValue()) {
                IliasItemWriter.write(xml, q, ids.unique(q.id()), quiz.language());
            }
        }
        xml.close();
        return xml.finish();
    }
}
