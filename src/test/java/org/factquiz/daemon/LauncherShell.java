package org.factquiz.daemon;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factquiz.Cli;

/** Bash scripts run as the launcher runs its daemon client (bin/daemon.bash), from the project folder. */
final class LauncherShell {
    /** The exit code of {@link #CLIENT} when the client gave up (the launcher would run directly). */
    static final int GAVE_UP = 99;
    static final String CLIENT = "source bin/daemon.bash; if daemon_request \"$0\" \"$@\"; then exit \"$daemon_exit_code\";"
            + " fi; exit " + GAVE_UP;
    static final List<String> DAEMON_OFF_SWITCHES = List.of("CI", "FACTQUIZ_DAEMON", "FACTQUIZ_JAVA_OPTS",
            "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");

    private LauncherShell() {
    }

    /** Runs {@code command} (its output kept in {@code folder}) with {@code environment} added; at most two minutes. */
    static Cli.Run run(Path folder, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "bash", ".out");
        Path err = Files.createTempFile(folder, "bash", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        DAEMON_OFF_SWITCHES.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not end within two minutes: " + command);
        }
        return new Cli.Run(process.exitValue(), Files.readString(out, Charset.defaultCharset()),
                Files.readString(err, Charset.defaultCharset()));
    }

    /** Runs a bash script with {@code arguments} ($0 is the first). */
    static Cli.Run bash(Path folder, String script, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script));
        command.addAll(List.of(arguments));
        return run(folder, command, environment);
    }

    /** Sends {@code arguments} through the launcher's client to the daemon of {@code state}. */
    static Cli.Run client(Path folder, Path state, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(state.toString()));
        all.addAll(List.of(arguments));
        return bash(folder, CLIENT, environment, all.toArray(String[]::new));
    }
}
