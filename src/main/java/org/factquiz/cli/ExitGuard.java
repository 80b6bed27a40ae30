package org.factquiz.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.factquiz.engine.SessionRunner;

/**
 * Keeps a rule that calls {@code System.exit} from looking like success. Rules are the editors'
 * code and may call anything; {@code System.exit(0)} in a consequence would end {@code validate}
 * with exit 0 and no report, which CI reads as "consistent". A command's exit code only counts once
 * the command has finished (its report written); an exit before that is turned into exit 2, naming
 * the rule, or exit 3 when no rule was firing.
 *
 * <p>Shutdowns by a signal (Ctrl-C, {@code kill}) are left alone: only an exit called from inside the
 * program is caught. {@code Runtime.halt} skips every shutdown hook and cannot be caught in Java;
 * the launcher catches it instead, from the {@link ExitRecord} such a run never writes.
 */
public final class ExitGuard {
    private volatile boolean finished;

    private ExitGuard() {
    }

    /** What ended the program before the command was finished. */
    public record Early(Thread exiting, Optional<SessionRunner.Firing> firing, String message, int exitCode) {
    }

    /** Installs the guard for a direct run: an early exit prints {@link Early#message()} on {@code err}. */
    static ExitGuard install(PrintStream err) {
        ExitGuard guard = new ExitGuard();
        Thread hook = new Thread(() -> {
            if (!guard.finished) {
                early().ifPresent(early -> {
                    err.println(early.message());
                    err.flush();
                    ExitRecord.write(early.exitCode());
                    Runtime.getRuntime().halt(early.exitCode());
                });
            }
        }, "factquiz-exit-guard");
        Runtime.getRuntime().addShutdownHook(hook);
        return guard;
    }

    /** The command has finished: the exit that follows is its own. */
    void finished() {
        finished = true;
    }

    /**
     * Called from a shutdown hook: the thread that called {@code System.exit}, the rule firing in it if
     * any, and what to tell the user; empty when the shutdown came from a signal.
     */
    public static Optional<Early> early() {
        Thread exiting = exitingThread();
        if (exiting == null) {
            return Optional.empty();
        }
        Optional<SessionRunner.Firing> firing = SessionRunner.firingNow().stream()
                .filter(f -> f.worker() == exiting).findFirst();
        if (firing.isPresent()) {
            var rule = firing.get().rule();
            return Optional.of(new Early(exiting, firing, rule.location() + ": rule \"" + rule.name()
                    + "\" ended the program (System.exit) while it fired, before the command had finished;"
                    + " rules must not end the program, nor print or write files (docs/editing.md)",
                    ExitCodes.BAD_INPUT));
        }
        return Optional.of(new Early(exiting, Optional.empty(), "factquiz: internal error: the program was ended"
                + " (System.exit) before the command had finished, so its result is unknown; please report it",
                ExitCodes.INTERNAL_ERROR));
    }

    /** The thread blocked in {@code Runtime.exit}, or null when no thread called it (a signal). */
    private static Thread exitingThread() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement frame : thread.getValue()) {
                if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                    return thread.getKey();
                }
            }
        }
        return null;
    }
}
