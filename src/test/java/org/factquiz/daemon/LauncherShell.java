package org.factquiz.daemon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factquiz.Cli;
import org.factquiz.fixtures.Processes;

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

    /** Runs {@code command} in the project folder, the daemon's off switches cleared, {@code environment} added. */
    static Cli.Run run(List<String> command, Map<String, String> environment) {
        return Processes.run(command, Path.of("").toAbsolutePath(), environment, DAEMON_OFF_SWITCHES);
    }

    /** Runs a bash script with {@code arguments} ($0 is the first). */
    static Cli.Run bash(String script, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script));
        command.addAll(List.of(arguments));
        return run(command, environment);
    }

    /** Sends {@code arguments} through the launcher's client to the daemon of {@code state}. */
    static Cli.Run client(Path state, Map<String, String> environment, String... arguments) {
        List<String> all = new ArrayList<>(List.of(state.toString()));
        all.addAll(List.of(arguments));
        return bash(CLIENT, environment, all.toArray(String[]::new));
    }
}
