package org.factquiz.cli;

import java.io.PrintWriter;
import org.factquiz.engine.SessionFailure;
import org.factquiz.load.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: holds the subcommands and maps failures to exit codes and one-line messages. */
@Command(name = "factquiz", mixinStandardHelpOptions = true, version = "factquiz " + FactquizCommand.VERSION,
        description = "Checks facts for consistency, judges claims and builds quizzes, with a Drools rule engine.",
        subcommands = {ValidateCommand.class, CheckCommand.class, QuizCommand.class, TestCommand.class,
            RulesCommand.class, SentencesCommand.class, InitCommand.class, MigrateCommand.class,
            ServeCommand.class, UsersCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:consistent / all claims hold / all tests pass",
            "1:inconsistencies found / a claim refuted / a test failed",
            "2:input could not be used, or a rule failed or did not come to rest (one line per problem,"
                    + " file:line:column)",
            "3:internal error (a bug in factquiz)"},
        footerHeading = "%nFast repeated runs:%n",
        footer = {
            "  ./factquiz runs validate, check, test, rules and quiz --export in a daemon:",
            "  a warm JVM kept per working directory, started in the background after a",
            "  direct run, stopped after 15 idle minutes (FACTQUIZ_DAEMON_IDLE_MINUTES).",
            "  Facts and rules are still read again on every run.",
            "  FACTQUIZ_DAEMON=off turns it off; it is always off when CI is set.",
            "  daemon status   lists the running daemons (a launcher command)",
            "  daemon stop     stops them (a launcher command)",
            "",
            "Limits (see the README):",
            "  --max-firings, --timeout  of each rule session (FACTQUIZ_MAX_FIRINGS, FACTQUIZ_TIMEOUT)",
            "  FACTQUIZ_MAX_FILE_MB      the size of one input file (default 64)",
            "  FACTQUIZ_DAEMON_TIMEOUT   seconds the launcher waits for a silent daemon (default 20)"})
public final class FactquizCommand implements Runnable {
    /** The version, as reports (SARIF) and --version give it. */
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: validate, check, quiz, test, rules, sentences, init, migrate, serve or users");
    }

    /** A configured command line, ready to {@code execute}; tests use it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new FactquizCommand());
        cli.setExecutionExceptionHandler(FactquizCommand::handle);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("factquiz: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    private static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (ex instanceof InputException input) {
            input.problems().forEach(p -> err.println(p));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof SessionFailure rule) {
            rule.problems().forEach(p -> err.println(p));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("factquiz: internal error: " + ex);
        if (System.getenv("FACTQUIZ_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set FACTQUIZ_DEBUG=1 to see the stack trace, and please report it)");
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
