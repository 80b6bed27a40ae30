package org.factquiz.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.factquiz.model.QuestionType;
import picocli.CommandLine;

/** Reads question types as written on the command line: "multiple-choice". */
final class QuestionTypeConverter implements CommandLine.ITypeConverter<QuestionType> {
    @Override
    public QuestionType convert(String value) {
        try {
            return QuestionType.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a question type: use one of "
                    + Arrays.stream(QuestionType.values()).map(QuestionType::label).collect(Collectors.joining(", ")));
        }
    }
}
