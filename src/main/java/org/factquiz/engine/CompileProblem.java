package org.factquiz.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;

/**
 * Words a Drools compile error for the editor: at the line they wrote, with the offending text.
 * For a {@code .dslr} line the column is where the editor's sentence starts (or where the quoted
 * token is, if they wrote it), and when the token came from the DSL mapping rather than from the
 * sentence, the DRL the sentence became is shown too, since the mistake is then in the {@code .dsl}.
 */
final class CompileProblem {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private CompileProblem() {
    }

    static InputProblem describe(RuleSource source, String file, int line, int column, String message) {
        if (source == null || line <= 0) {
            return new InputProblem(new Location(file, line, column), "rule does not compile: " + message);
        }
        String written = source.writtenLine(line);
        String token = quotedToken(message);
        int tokenAt = token == null ? -1 : rawLine(source.written(), line).indexOf(token);
        int shownColumn = column;
        if (tokenAt >= 0 && (column <= 1 || source.isExpanded())) {
            shownColumn = tokenAt + 1;
        } else if (source.isExpanded() || column <= 0) {
            shownColumn = source.writtenColumn(line);
        }
        StringBuilder text = new StringBuilder("rule does not compile: ").append(message);
        if (!written.isEmpty()) {
            text.append(" in: ").append(written);
        }
        String compiled = rawLine(source.text(), line).strip();
        if (source.isExpanded() && tokenAt < 0 && !compiled.equals(written)) {
            text.append(" (the DSL mapping made this line into: ").append(compiled).append(")");
        }
        return new InputProblem(new Location(file, line, shownColumn), text.toString());
    }

    private static String quotedToken(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static String rawLine(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
