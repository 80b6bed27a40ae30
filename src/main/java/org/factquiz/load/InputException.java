package org.factquiz.load;

import java.util.List;
import java.util.stream.Collectors;

/** The input could not be used; carries every problem found, sorted by place. */
public class InputException extends Exception {
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().sorted().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public static InputException of(InputProblem problem) {
        return new InputException(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
