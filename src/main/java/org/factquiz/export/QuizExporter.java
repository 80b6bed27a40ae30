package org.factquiz.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * The export service: a question set and a format in, the file's bytes out. It knows no command
 * line and no HTTP, so the CLI and the web serve the same files. Questions of a type the format
 * cannot hold are left out and counted; asking for such a type on purpose is the caller's error to
 * report ({@link ExportFormat#holds}).
 */
public final class QuizExporter {
    private QuizExporter() {
    }

    public static Exported export(ExportFormat format, QuizExport quiz) {
        return export(format, quiz, "quiz" + format.extension());
    }

    /**
     * The export for a file called {@code fileName} (no folder): ILIAS finds the questions in its zip
     * by that name ({@link ExportFormat#fileNameProblem} says which names it can take).
     */
    public static Exported export(ExportFormat format, QuizExport quiz, String fileName) {
        List<Question> held = quiz.questions().stream().filter(q -> format.holds(q.type())).toList();
        Map<QuestionType, Integer> leftOut = new EnumMap<>(QuestionType.class);
        quiz.questions().stream().filter(q -> !format.holds(q.type()))
                .forEach(q -> leftOut.merge(q.type(), 1, Integer::sum));
        byte[] bytes = writer(format).write(quiz.withQuestions(held), fileName);
        return new Exported(format, bytes, held, leftOut);
    }

    private static QuizWriter writer(ExportFormat format) {
        return switch (format) {
            case JSON -> new JsonWriter();
            case GIFT -> new GiftWriter();
            case MOODLE_XML -> new MoodleXmlWriter();
            case QTI -> new QtiPackageWriter();
            case CANVAS -> new CanvasPackageWriter();
            case ILIAS -> new IliasPoolWriter();
            case ANKI -> new AnkiTextWriter();
            case APKG -> new AnkiPackageWriter();
        };
    }
}
