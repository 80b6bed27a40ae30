package org.factquiz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factquiz.engine.RulePreload;

/** Entry point of the {@code factquiz} command. */
public final class Main {
    /** The commands that compile the rules folder. */
    private static final Set<String> RULE_COMMANDS = Set.of("validate", "check", "quiz", "test", "rules", "serve");
    private static final Set<String> NO_RUN = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        rulesFolderOf(List.of(args)).ifPresent(RulePreload::start);
        ExitGuard guard = ExitGuard.install(System.err);
        int code;
        try {
            code = FactquizCommand.commandLine().execute(args);
        } catch (VirtualMachineError e) {
            // Left to the JVM, this is a stack trace and exit 1, which CI reads as "inconsistent facts".
            System.err.println("factquiz: the JVM " + (e instanceof OutOfMemoryError ? "ran out of memory" : "failed: " + e)
                    + "; a larger fact base needs a larger heap: FACTQUIZ_JAVA_OPTS=-Xmx8g ./factquiz ...");
            code = ExitCodes.INTERNAL_ERROR;
        }
        guard.finished();
        ExitRecord.write(code);
        System.exit(code);
    }

    /**
     * The rules folder a command line will compile, guessed before picocli parses it (see
     * {@link RulePreload}): the value of {@code --rules}, or the default of {@link KnowledgeOptions};
     * none for help, version and commands without rules. A wrong guess only costs the preload.
     */
    static Optional<Path> rulesFolderOf(List<String> args) {
        if (args.isEmpty() || !RULE_COMMANDS.contains(args.get(0)) || args.stream().anyMatch(NO_RUN::contains)) {
            return Optional.empty();
        }
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--rules") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
            if (args.get(i).startsWith("--rules=")) {
                return Optional.of(Path.of(args.get(i).substring("--rules=".length())));
            }
        }
        String home = System.getenv("FACTQUIZ_HOME");
        return Optional.of(Path.of(home == null ? "." : home, "rules"));
    }
}
