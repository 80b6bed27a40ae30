package org.factquiz.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.daemon.LauncherShell.GAVE_UP;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.fixtures.Hold;
import org.factquiz.fixtures.RocketFacts;
import org.factquiz.fixtures.RuleText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of daemon faults, one test per kind: requests never wait for each other, a stuck
 * request is answered by its limit and the daemon then ends itself, the client gives up on a daemon
 * that hangs or dies and the launcher runs the command directly, a rule that ends the daemon's JVM
 * is exit 2 and not run twice, and {@code daemon stop} ends the JVM (or says it could not).
 */
class DaemonFaultsTest {
    @TempDir
    Path folder;
    Path facts;
    String held;

    @BeforeEach
    void smallFactBase() {
        facts = RocketFacts.write(folder.resolve("facts"));
        held = "held in " + folder;
    }

    @AfterEach
    void releaseHeldRules() {
        Hold.release(held);
    }

    /** The quantity rules and one rule whose consequence is {@code consequence}, in {@code target}. */
    static Path rulesWith(Path target, String consequence) throws IOException {
        Path rules = ShippedRules.quantityRules(target);
        Files.writeString(rules.resolve("consistency/held.drl"), RuleText.consistencyRule(
                "Takes as long as the test wants.", "A quantity is held", "$q : Quantity()", consequence));
        return rules;
    }

    private Path heldRules(String how) throws IOException {
        return rulesWith(folder.resolve("held-rules"), "org.factquiz.fixtures.Hold." + how + "(\"" + held + "\");");
    }

    @Test
    void requestHeldInARuleDoesNotHoldUpTheNext() throws Exception {
        Path slow = heldRules("interruptibly");
        Path quick = ShippedRules.quantityRules(folder.resolve("rules"));
        try (RunningDaemon daemon = RunningDaemon.start()) {
            CompletableFuture<RunningDaemon.Answer> first = CompletableFuture.supplyAsync(() -> daemon.run(folder,
                    "validate", "--facts", facts.toString(), "--rules", slow.toString()));
            assertThat(Hold.awaitHeld(held, Duration.ofMinutes(1))).isTrue();

            RunningDaemon.Answer second = daemon.run(folder, "validate", "--facts", facts.toString(), "--rules",
                    quick.toString());

            assertThat(second.lines()).containsExactly(Daemon.ACCEPTED, "0");
            assertThat(second.run().out()).startsWith("Consistent: 0 errors");
            assertThat(first).isNotDone();
            Hold.release(held);
            RunningDaemon.Answer answer = first.get(1, TimeUnit.MINUTES);
            assertThat(answer.lines()).containsExactly(Daemon.ACCEPTED, "0");
            assertThat(answer.run().out()).startsWith("Consistent: 0 errors");
        }
    }

    @Test
    void requestStuckInARuleIsAnsweredByItsTimeLimitAndTheDaemonThenEnds() throws Exception {
        Path stuck = heldRules("uninterruptibly");
        try (RunningDaemon daemon = RunningDaemon.start()) {
            RunningDaemon.Answer answer = daemon.run(folder, "validate", "--facts", facts.toString(), "--rules",
                    stuck.toString(), "--timeout", "1s");

            assertThat(answer.lines()).containsExactly(Daemon.ACCEPTED, "2");
            assertThat(answer.run().out()).isEmpty();
            assertThat(answer.run().err()).isEqualTo(stuck.resolve("consistency/held.drl") + ":6:1: rule \"A quantity"
                    + " is held\" was still running its consequence after 1s (the time limit: --timeout,"
                    + " FACTQUIZ_TIMEOUT), at its 1st firing; it did not stop when halted\n");
            assertThat(daemon.awaitStopped()).isTrue();
            assertThat(daemon.log.toString()).contains("did not return when its session was stopped; stopping");
        }
    }

    @Test
    void longRequestTellsTheClientItIsStillRunning() throws Exception {
        Path slow = heldRules("interruptibly");
        try (RunningDaemon daemon = RunningDaemon.start()) {
            CompletableFuture.runAsync(() -> {
                try {
                    Hold.awaitHeld(held, Duration.ofMinutes(1));
                    Thread.sleep(2_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Hold.release(held);
            });

            RunningDaemon.Answer answer = daemon.run(folder, "validate", "--facts", facts.toString(), "--rules",
                    slow.toString());

            assertThat(answer.lines()).containsExactly(Daemon.ACCEPTED, "0");
            assertThat(answer.heartbeats()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void clientThatGoesAwayCancelsItsCommand() throws Exception {
        Path slow = heldRules("interruptibly");
        try (RunningDaemon daemon = RunningDaemon.start()) {
            Path out = Files.createTempFile(folder, "out", ".txt");
            Path err = Files.createTempFile(folder, "err", ".txt");
            DaemonRequest request = new DaemonRequest(daemon.state.token(), DaemonRequest.Action.RUN, List.of("validate",
                    "--facts", facts.toString(), "--rules", slow.toString()), out, err);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), daemon.state.port())) {
                socket.getOutputStream().write(request.encode(Charset.defaultCharset()));
                assertThat(Hold.awaitHeld(held, Duration.ofMinutes(1))).isTrue();
            }

            assertThat(Hold.awaitInterrupted(held, Duration.ofMinutes(1))).isTrue();
            assertThat(daemon.log.toString()).contains("the client went away, cancelling its command");
        }
    }

    /** A server on 127.0.0.1 that answers each connection with {@code lines}, then keeps it open for a minute. */
    private static Thread fakeDaemon(ServerSocket server, String lines, boolean close) {
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    OutputStream reply = client.getOutputStream();
                    reply.write(lines.getBytes(StandardCharsets.US_ASCII));
                    reply.flush();
                    if (!close) {
                        InputStream in = client.getInputStream();
                        client.setSoTimeout(60_000);
                        while (in.read() >= 0) {
                            continue;
                        }
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "fake daemon");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private Path stateFileFor(ServerSocket server) throws IOException {
        Path state = folder.resolve("daemon/key.state");
        // Its pid is this JVM's, which is alive and not a daemon: the client must not end it.
        new DaemonState(server.getLocalPort(), "0".repeat(64), ProcessHandle.current().pid(), "none", folder)
                .write(state);
        return state;
    }

    @Test
    void daemonThatNeverAnswersIsGivenUpAndTheCommandRunsDirectly() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            fakeDaemon(server, "", false);
            Path state = stateFileFor(server);

            Cli.Run run = LauncherShell.client(state, Map.of("FACTQUIZ_DAEMON_TIMEOUT", "1"), "validate");

            assertThat(run).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
            assertThat(state).doesNotExist();
        }
    }

    @Test
    void daemonThatFallsSilentInTheMiddleOfACommandIsGivenUp() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            fakeDaemon(server, "accepted\nrunning\n", false);
            Path state = stateFileFor(server);
            long start = System.nanoTime();

            Cli.Run run = LauncherShell.client(state, Map.of("FACTQUIZ_DAEMON_TIMEOUT", "1"), "validate");

            assertThat(run).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
            assertThat(state).doesNotExist();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void daemonThatEndsInTheMiddleOfACommandIsGivenUpAtOnce() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            fakeDaemon(server, "accepted\nrunning\n", true);
            Path state = stateFileFor(server);

            Cli.Run run = LauncherShell.client(state, Map.of(), "validate");

            assertThat(run).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
        }
    }

    /** A folder for a daemon process: facts, rules with {@code consequence}, and the state file's folder. */
    private Path work(String consequence) throws IOException {
        Path work = folder.resolve("work");
        RocketFacts.write(work.resolve("facts"));
        rulesWith(work.resolve("rules"), consequence);
        return work;
    }

    @Test
    void ruleThatEndsTheDaemonIsExitTwoAndIsNotRunAgain() throws Exception {
        Path work = work("System.exit(0);");
        try (DaemonProcess daemon = DaemonProcess.start(work, work.resolve("daemon/key.state"), Map.of())) {
            Cli.Run run = LauncherShell.client(daemon.stateFile, Map.of(), "validate", "--facts", "facts",
                    "--rules", "rules");

            assertThat(run).isEqualTo(new Cli.Run(2, "", "rules/consistency/held.drl:6:1: rule \"A quantity is held\""
                    + " ended the program (System.exit) while it fired, before the command had finished; rules must not"
                    + " end the program, nor print or write files (docs/editing.md)\n"));
            assertThat(daemon.awaitEnd(60)).isTrue();
        }
    }

    /** Starts the client's request in the background, and waits until the daemon's rule holds it. */
    private CompletableFuture<Cli.Run> heldRequest(DaemonProcess daemon, Path marker) throws InterruptedException {
        CompletableFuture<Cli.Run> client = CompletableFuture.supplyAsync(() -> {
            return LauncherShell.client(daemon.stateFile, Map.of(), "validate", "--facts", "facts", "--rules",
                    "rules");
        });
        for (int i = 0; i < 600 && !Files.exists(marker); i++) {
            Thread.sleep(100);
        }
        assertThat(marker).as("the daemon's rule is running").exists();
        return client;
    }

    @Test
    void daemonKilledInTheMiddleOfACommandMakesTheClientRunItDirectly() throws Exception {
        Path marker = folder.resolve("held");
        Path work = work("org.factquiz.fixtures.Hold.uninterruptiblyAfterMarking(\"" + marker + "\");");
        try (DaemonProcess daemon = DaemonProcess.start(work, work.resolve("daemon/key.state"), Map.of())) {
            CompletableFuture<Cli.Run> client = heldRequest(daemon, marker);

            daemon.process.destroyForcibly();

            assertThat(client.get(1, TimeUnit.MINUTES)).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
        }
    }

    @Test
    void daemonStopEndsADaemonStuckInARule() throws Exception {
        Path marker = folder.resolve("held");
        Path work = work("org.factquiz.fixtures.Hold.uninterruptiblyAfterMarking(\"" + marker + "\");");
        Path states = work.resolve("daemon");
        try (DaemonProcess daemon = DaemonProcess.start(work, states.resolve("key.state"), Map.of())) {
            CompletableFuture<Cli.Run> client = heldRequest(daemon, marker);

            Cli.Run stop = LauncherShell.bash("source bin/daemon.bash; daemon_stop_all \"$0\" -v", Map.of(),
                    states.toString());

            assertThat(stop).isEqualTo(new Cli.Run(0, "factquiz: stopped the daemon with pid " + daemon.state.pid()
                    + " (" + work + ")\n", ""));
            assertThat(daemon.process.isAlive()).isFalse();
            assertThat(daemon.stateFile).doesNotExist();
            assertThat(client.get(1, TimeUnit.MINUTES)).isEqualTo(new Cli.Run(GAVE_UP, "", ""));
        }
    }

    @Test
    void daemonWhoseStateFileIsGoneIsStillListedAndStopped() throws Exception {
        Path work = work("insert(Integer.valueOf(1));");
        Path states = work.resolve("daemon");
        try (DaemonProcess daemon = DaemonProcess.start(work, states.resolve("key.state"), Map.of())) {
            Files.delete(daemon.stateFile);

            Cli.Run status = LauncherShell.bash("source bin/daemon.bash; daemon_status \"$0\"", Map.of(),
                    states.toString());
            Cli.Run stop = LauncherShell.bash("source bin/daemon.bash; daemon_stop_all \"$0\" -v", Map.of(),
                    states.toString());

            assertThat(status).isEqualTo(new Cli.Run(0, "pid " + daemon.state.pid() + ": not serving (its state file"
                    + " is gone), in " + work + " (log: " + states.resolve("key.log") + "); ./factquiz daemon stop ends"
                    + " it\n", ""));
            assertThat(stop).isEqualTo(new Cli.Run(0, "factquiz: stopped the daemon with pid " + daemon.state.pid()
                    + " (" + work + ")\n", ""));
            assertThat(daemon.awaitEnd(10)).isTrue();
        }
    }

    @Test
    void launcherWithoutWriteAccessToTheCheckoutRunsCommandsDirectly() throws Exception {
        Path home = folder.resolve("checkout");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("factquiz"), home.resolve("factquiz"));
        Files.copy(Path.of("bin/daemon.bash"), home.resolve("bin/daemon.bash"));
        Files.copy(Path.of("bin/finish.bash"), home.resolve("bin/finish.bash"));
        Files.writeString(home.resolve("target/factquiz.classpath"), "factquiz.jar\n");
        Files.writeString(home.resolve("target/.factquiz-built"), "");
        // A java that says how it was called: which of a direct run and the daemon the launcher chose;
        // like Main, it records that it finished.
        Path fakeJava = Files.createDirectories(folder.resolve("fake-java")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"java $*\"\nprintf 0 > \"$FACTQUIZ_EXIT_RECORD\"\n");
        List<String> command = new ArrayList<>();
        boolean root = (Integer) Files.getAttribute(fakeJava, "unix:uid") == 0;
        // Nobody may write the checkout; everybody may read it and run its launcher.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path path : List.of(fakeJava.getParent(), fakeJava, home, home.resolve("bin"), home.resolve("factquiz"),
                home.resolve("target"))) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        Files.setPosixFilePermissions(home.resolve("bin/daemon.bash"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(home.resolve("bin/finish.bash"), PosixFilePermissions.fromString("r--r--r--"));
        if (root) {
            // Root may write anywhere: the checkout is used by another user, as on a shared machine.
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(home.resolve("factquiz").toString(), "validate"));
        try {
            Cli.Run run = LauncherShell.run(command, Map.of("PATH", fakeJava.getParent() + ":/usr/bin:/bin",
                    "TMPDIR", "/tmp"));

            assertThat(run.err()).isEmpty();
            assertThat(run.code()).isZero();
            assertThat(run.out()).endsWith(" -cp factquiz.jar org.factquiz.cli.Main validate\n")
                    .doesNotContain("DaemonCommand");
            assertThat(home.resolve("target/daemon")).doesNotExist();
        } finally {
            // Writable again, so that the temporary folder can be removed.
            for (Path path : List.of(folder, home, home.resolve("bin"), home.resolve("target"), fakeJava.getParent())) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }
}
