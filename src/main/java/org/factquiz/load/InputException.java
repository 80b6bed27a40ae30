package org.factquiz.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input could not be used; carries every problem found, sorted by place, each once (a field
 * every entry of a file inherits, such as a file's unknown {@code source}, is one problem at one
 * place however many entries share it).
 */
public class InputException extends Exception {
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(eachOnce(problems).stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = eachOnce(problems);
    }

    private static List<InputProblem> eachOnce(List<InputProblem> problems) {
        return problems.stream().sorted().distinct().toList();
    }

    public static InputException of(InputProblem problem) {
        return new InputException(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
