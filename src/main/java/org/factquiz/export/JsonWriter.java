package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import org.factquiz.report.QuizJson;

/** factquiz's own format: the whole verified set, documented in docs/formats.md. */
final class JsonWriter implements QuizWriter {
    @Override
    public byte[] write(QuizExport quiz) {
        return QuizJson.render(quiz.set(), quiz.questions(), quiz.seed(), quiz.language().code())
                .getBytes(StandardCharsets.UTF_8);
    }
}
