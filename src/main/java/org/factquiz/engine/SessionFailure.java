package org.factquiz.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.factquiz.load.InputProblem;

/**
 * A rule session that could not come to a result because of a rule: it threw, it did not come to
 * rest within the firing limit, or it ran past the time limit. Rules are the editors' code, so this
 * is unusable input (exit 2) at the rule's file and line, not a bug in factquiz.
 *
 * <p>Unchecked, because sessions run deep inside every command (validation, claim checking, each
 * question of a quiz, each rule-test case, and web requests): the command line, and any server,
 * turns it into one line per problem where it turns {@link org.factquiz.load.InputException}s into them.
 */
public final class SessionFailure extends RuntimeException {
    private final transient List<InputProblem> problems;

    public SessionFailure(InputProblem problem, Throwable cause) {
        super(problem.toString(), cause, false, false);
        this.problems = List.of(problem);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }
}
