package org.factquiz.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factquiz.fixtures.DirectRun;

/**
 * A daemon in a JVM of its own, started as the launcher starts one: for what only a separate process
 * shows (a rule that ends its JVM, a kill in the middle of a request, a daemon stop that must end a
 * JVM). Its class path is the test's, so its rules may hold their consequences (fixtures.Hold).
 */
final class DaemonProcess implements AutoCloseable {
    final Process process;
    final Path stateFile;
    final DaemonState state;
    final Path log;

    private DaemonProcess(Process process, Path stateFile, DaemonState state, Path log) {
        this.process = process;
        this.stateFile = stateFile;
        this.state = state;
        this.log = log;
    }

    /** Starts a daemon serving {@code workingDirectory} with the state file {@code stateFile}, once it is ready. */
    static DaemonProcess start(Path workingDirectory, Path stateFile, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path log = stateFile.resolveSibling(stateFile.getFileName() + ".log");
        Files.createDirectories(stateFile.getParent());
        List<String> command = new ArrayList<>(List.of(DirectRun.java(), "-XX:TieredStopAtLevel=1", "-cp",
                DirectRun.classPath(), DaemonCommand.class.getName(), "--state", stateFile.toString(),
                "--idle-minutes", "5"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        for (int i = 0; i < 600 && !Files.isRegularFile(stateFile) && process.isAlive(); i++) {
            Thread.sleep(100);
        }
        if (!Files.isRegularFile(stateFile)) {
            process.destroyForcibly();
            throw new AssertionError("the daemon did not start: " + Files.readString(log));
        }
        return new DaemonProcess(process, stateFile, DaemonState.read(stateFile), log);
    }

    /** Waits at most {@code seconds} for the process to end; true when it has. */
    boolean awaitEnd(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }
}
