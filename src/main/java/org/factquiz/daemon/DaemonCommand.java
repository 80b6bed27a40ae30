package org.factquiz.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java org.factquiz.daemon.DaemonCommand --state FILE}: the daemon process the launcher
 * starts in the background, in the working directory it serves. At most one runs per state file:
 * it holds a lock beside it for its whole life, and a second one started meanwhile just ends.
 */
@Command(name = "factquiz-daemon", mixinStandardHelpOptions = true,
        description = "Serves factquiz commands on 127.0.0.1 for the launcher ./factquiz; stops after the idle timeout.")
public final class DaemonCommand implements Callable<Integer> {
    /** The environment variable with the idle timeout in minutes. */
    public static final String IDLE_MINUTES_VARIABLE = "FACTQUIZ_DAEMON_IDLE_MINUTES";

    @Option(names = "--state", required = true, paramLabel = "FILE",
            description = "Where to write port, token and pid (readable by the owner only).")
    Path stateFile;

    @Option(names = "--build-stamp", paramLabel = "FILE",
            description = "The launcher's build stamp; when it changes, the daemon stops.")
    Path buildStamp;

    @Option(names = "--idle-minutes", paramLabel = "MINUTES",
            defaultValue = "${env:" + IDLE_MINUTES_VARIABLE + ":-15}",
            description = "Stop after this long without a request (default: ${DEFAULT-VALUE}).")
    double idleMinutes;

    @Option(names = "--warm-up", paramLabel = "COMMAND", split = " ",
            description = "A command to run once at start, output discarded, so the first request is fast.")
    String[] warmUp;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DaemonCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintStream log = System.err;
        if (!(idleMinutes > 0)) {
            log.println("factquiz daemon: --idle-minutes must be positive, not " + idleMinutes);
            return 2;
        }
        Path lockFile = stateFile.resolveSibling(stateFile.getFileName() + ".lock");
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                log.println("factquiz daemon: another daemon serves " + stateFile + ", not starting");
                return 0;
            }
            Duration idle = Duration.ofMillis(Math.round(idleMinutes * 60_000));
            try (Daemon daemon = Daemon.open(idle, InstalledBuild.now(buildStamp), log)) {
                DaemonState state = daemon.state();
                state.write(stateFile);
                // Killed (daemon stop falls back to a signal), the daemon still takes its state file away.
                Thread cleanup = new Thread(() -> removeState(stateFile, state.token()), "factquiz-daemon-cleanup");
                Runtime.getRuntime().addShutdownHook(cleanup);
                log.println("factquiz daemon: pid " + state.pid() + " serving " + state.workingDirectory()
                        + " on 127.0.0.1:" + state.port());
                daemon.guardAgainstExits();
                if (warmUp != null && warmUp.length > 0) {
                    daemon.warmUp(warmUp);
                }
                daemon.serve();
                removeState(stateFile, state.token());
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
        return 0;
    }

    /** The lock, or null when another daemon holds it (in another process, or in this one). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Removes the state file if it is still this daemon's (a client may have removed it as stale). */
    private static void removeState(Path stateFile, String token) {
        try {
            if (Files.isRegularFile(stateFile) && DaemonState.read(stateFile).token().equals(token)) {
                Files.delete(stateFile);
            }
        } catch (IOException e) {
            // Already gone, or not a state file: nothing of this daemon's to remove.
        }
    }
}
