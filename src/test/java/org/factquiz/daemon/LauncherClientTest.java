package org.factquiz.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's client (bin/daemon.bash, plain bash and /dev/tcp) against a daemon in this JVM:
 * what it prints and returns is what a direct run prints and returns, and a daemon it cannot use
 * makes it give up without printing anything, so that the launcher runs the command directly.
 */
class LauncherClientTest {
    static final int GAVE_UP = LauncherShell.GAVE_UP;

    static RunningDaemon daemon;

    @TempDir
    Path folder;

    @BeforeAll
    static void startDaemon() throws IOException {
        daemon = RunningDaemon.start();
    }

    @AfterAll
    static void stopDaemon() throws InterruptedException {
        daemon.close();
    }

    Path stateFile(DaemonState state) throws IOException {
        Path file = folder.resolve("daemon/key.state");
        state.write(file);
        return file;
    }

    /** Runs a bash script with {@code arguments} ($0 is the first), as the launcher would. */
    Cli.Run bash(String script, Map<String, String> environment, String... arguments) {
        return LauncherShell.bash(script, environment, arguments);
    }

    Cli.Run client(Path state, String... arguments) {
        return LauncherShell.client(state, Map.of(), arguments);
    }

    @Test
    void validatePrintsWhatADirectRunPrints() throws Exception {
        String[] arguments = {"validate", "--facts", "facts", "--rules", "rules"};

        Cli.Run run = client(stateFile(daemon.state), arguments);

        assertThat(run).isEqualTo(Cli.run(arguments));
    }

    @Test
    void checkWithAnyArgumentTextPrintsWhatADirectRunPrints() throws Exception {
        String[] good = {"check", "--facts", "facts", "--rules", "rules", "Doubao wurde im August 2023 eingeführt",
            "Alibaba makes Doubao"};
        String[] odd = {"check", "--facts", "facts", "--rules", "rules", "Alibaba makes\nDoubao \"quoted\" \\ ' $HOME *"};

        assertThat(client(stateFile(daemon.state), good)).isEqualTo(Cli.run(good));
        assertThat(client(stateFile(daemon.state), odd)).isEqualTo(Cli.run(odd));
    }

    @Test
    void brokenFactFileGivesExitTwoAndTheErrorOnStandardError() throws Exception {
        Path facts = folder.resolve("facts");
        ShippedRules.copy(ShippedRules.FACTS, facts);
        Path products = facts.resolve("statements/products.yaml");
        Files.writeString(products, Files.readString(products).replaceFirst("predicate:", "predicat:"));
        String[] arguments = {"validate", "--facts", facts.toString(), "--rules", "rules"};

        Cli.Run run = client(stateFile(daemon.state), arguments);

        assertThat(run).isEqualTo(Cli.run(arguments));
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void refusedTokenRemovesTheStateFileAndPrintsNothing() throws Exception {
        DaemonState wrong = new DaemonState(daemon.state.port(), "0".repeat(64), daemon.state.pid(),
                daemon.state.build(), daemon.state.workingDirectory());
        Path state = stateFile(wrong);

        Cli.Run run = client(state, "validate");

        assertThat(run).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
        assertThat(state).doesNotExist();
    }

    @Test
    void nothingListeningOnThePortRemovesTheStateFile() throws Exception {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        Path state = stateFile(new DaemonState(closedPort, daemon.state.token(), daemon.state.pid(),
                daemon.state.build(), daemon.state.workingDirectory()));

        Cli.Run run = client(state, "validate");

        assertThat(run).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
        assertThat(state).doesNotExist();
    }

    @Test
    void deadDaemonRemovesTheStateFile() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path state = stateFile(new DaemonState(daemon.state.port(), daemon.state.token(), ended.pid(),
                daemon.state.build(), daemon.state.workingDirectory()));

        Cli.Run run = client(state, "validate");

        assertThat(run).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
        assertThat(state).doesNotExist();
    }

    @Test
    void onlyCommandsThatNeedNoTerminalOrStandardInputGoToTheDaemon() throws Exception {
        String routable = "source bin/daemon.bash; daemon_routable \"$0\" \"$@\"";

        assertThat(bash(routable, Map.of(), "validate").code()).isZero();
        assertThat(bash(routable, Map.of(), "check", "--claims", "claims.yaml", "--format", "json").code()).isZero();
        assertThat(bash(routable, Map.of(), "test").code()).isZero();
        assertThat(bash(routable, Map.of(), "rules", "--verify").code()).isZero();
        assertThat(bash(routable, Map.of(), "quiz", "--export", "json").code()).isZero();
        assertThat(bash(routable, Map.of(), "quiz", "--count", "3").code()).isOne();
        assertThat(bash(routable, Map.of(), "check", "--claims", "/dev/stdin").code()).isOne();
        assertThat(bash(routable, Map.of(), "check", "--claims=/dev/fd/63").code()).isOne();
        assertThat(bash(routable, Map.of(), "validate", "--help").code()).isOne();
        assertThat(bash(routable, Map.of(), "--version").code()).isOne();
        assertThat(bash(routable, Map.of("FACTQUIZ_DAEMON", "off"), "validate").code()).isOne();
        assertThat(bash(routable, Map.of("CI", "true"), "validate").code()).isOne();
        assertThat(bash(routable, Map.of("FACTQUIZ_JAVA_OPTS", "-Xmx1g"), "validate").code()).isOne();
    }
}
