package org.factquiz.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The daemon process as the launcher starts it: its state file, its lock, its end. */
class DaemonCommandTest {
    @TempDir
    Path folder;

    static CompletableFuture<Integer> startDaemon(Path state) {
        return CompletableFuture.supplyAsync(() -> new CommandLine(new DaemonCommand())
                .execute("--state", state.toString(), "--idle-minutes", "5"));
    }

    /** Waits for the state file (at most a minute, so that a daemon that never starts fails the test). */
    static DaemonState awaitState(Path state) throws IOException, InterruptedException {
        for (int i = 0; i < 600 && !Files.isRegularFile(state); i++) {
            Thread.sleep(100);
        }
        return DaemonState.read(state);
    }

    @Test
    void writesAPrivateStateFileAndTakesItAwayWhenStopped() throws Exception {
        Path stateFile = folder.resolve("daemon/key.state");
        CompletableFuture<Integer> daemon = startDaemon(stateFile);
        DaemonState state = awaitState(stateFile);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile))).isEqualTo("rw-------");
        assertThat(state.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(state.workingDirectory()).isEqualTo(Path.of("").toAbsolutePath());
        RunningDaemon.Answer answer = RunningDaemon.send(state, folder, state.token(), DaemonRequest.Action.STOP);

        assertThat(answer.lines()).containsExactly(Daemon.STOPPING);
        assertThat(daemon.get(1, TimeUnit.MINUTES)).isZero();
        assertThat(stateFile).doesNotExist();
    }

    @Test
    void aSecondDaemonForTheSameStateFileEndsAtOnce() throws Exception {
        Path stateFile = folder.resolve("key.state");
        CompletableFuture<Integer> first = startDaemon(stateFile);
        DaemonState state = awaitState(stateFile);

        int second = new CommandLine(new DaemonCommand()).execute("--state", stateFile.toString());

        assertThat(second).isZero();
        assertThat(DaemonState.read(stateFile)).isEqualTo(state);
        RunningDaemon.send(state, folder, state.token(), DaemonRequest.Action.STOP);
        assertThat(first.get(1, TimeUnit.MINUTES)).isZero();
    }
}
