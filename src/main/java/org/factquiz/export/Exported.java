package org.factquiz.export;

import java.util.List;
import java.util.Map;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * An export: the file's bytes, the questions it holds, and how many of each type were left out
 * because the format cannot hold them (GIFT and ordering).
 */
public record Exported(ExportFormat format, byte[] bytes, List<Question> questions,
                       Map<QuestionType, Integer> leftOut) {
    public Exported {
        bytes = bytes.clone();
        questions = List.copyOf(questions);
        leftOut = Map.copyOf(leftOut);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
