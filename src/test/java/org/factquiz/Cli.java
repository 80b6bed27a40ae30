package org.factquiz;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.factquiz.cli.FactquizCommand;
import picocli.CommandLine;

/** Runs the factquiz command line in the test's JVM, as a user would from a shell. */
public final class Cli {
    private Cli() {
    }

    /** What a command printed and returned. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public static Run run(String... args) {
        CommandLine cli = FactquizCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
