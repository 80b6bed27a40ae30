package org.factquiz.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon from the outside: a client's requests give exactly what a direct run gives. */
class DaemonTest {
    @TempDir
    Path folder;

    RunningDaemon daemon;

    @BeforeEach
    void startDaemon() throws IOException {
        daemon = RunningDaemon.start();
    }

    @AfterEach
    void stopDaemon() throws InterruptedException {
        daemon.close();
    }

    @Test
    void validateGivesWhatADirectRunGives() {
        String[] arguments = {"validate", "--facts", "facts", "--rules", "rules"};

        RunningDaemon.Answer answer = daemon.run(folder, arguments);

        assertThat(answer.lines()).containsExactly(Daemon.ACCEPTED, "0");
        assertThat(answer.run()).isEqualTo(Cli.run(arguments));
        assertThat(answer.run().out()).startsWith("Consistent: 0 errors");
    }

    @Test
    void brokenFactFileGivesExitTwoAndOneLineNamingFileLineAndColumn() throws IOException {
        Path facts = folder.resolve("facts");
        ShippedRules.copy(ShippedRules.FACTS, facts);
        Path products = facts.resolve("statements/products.yaml");
        Files.writeString(products, Files.readString(products).replaceFirst("predicate:", "predicat:"));
        String[] arguments = {"validate", "--facts", facts.toString(), "--rules", "rules"};

        RunningDaemon.Answer answer = daemon.run(folder, arguments);

        assertThat(answer.run()).isEqualTo(Cli.run(arguments));
        assertThat(answer.run().code()).isEqualTo(2);
        assertThat(answer.run().out()).isEmpty();
        assertThat(answer.run().err().lines()).singleElement().asString()
                .matches(".*statements/products\\.yaml:\\d+:\\d+: unknown field 'predicat'.*");
    }

    @Test
    void checkOfSentenceClaimsGivesWhatADirectRunGives() {
        String[] arguments = {"check", "--facts", "facts", "--rules", "rules",
            "Doubao wurde im August 2023 eingeführt", "Alibaba makes Doubao"};

        RunningDaemon.Answer answer = daemon.run(folder, arguments);

        assertThat(answer.run()).isEqualTo(Cli.run(arguments));
        assertThat(answer.run().code()).isEqualTo(1);
        assertThat(answer.run().out()).contains("SUPPORTED  Doubao wurde im August 2023 eingeführt\n")
                .contains("REFUTED  Alibaba makes Doubao\n");
    }

    @Test
    void argumentsReachTheCommandWhateverTheirText() {
        String[] arguments = {"check", "--facts", "facts", "--rules", "rules", "Alibaba \"quoted\" \\ '\nhas more users than"};

        RunningDaemon.Answer answer = daemon.run(folder, arguments);

        assertThat(answer.run()).isEqualTo(Cli.run(arguments));
        assertThat(answer.run().code()).isEqualTo(2);
        assertThat(answer.run().err()).startsWith("claim 1: ");
    }

    @Test
    void rulesListingGivesWhatADirectRunGives() {
        String[] arguments = {"rules", "--facts", "facts", "--rules", "rules"};

        RunningDaemon.Answer answer = daemon.run(folder, arguments);

        assertThat(answer.run()).isEqualTo(Cli.run(arguments));
        assertThat(answer.run().code()).isZero();
    }

    @Test
    void userErrorIsAMessageAndNoStackTrace() {
        RunningDaemon.Answer answer = daemon.run(folder, "validate", "--format", "xml");

        assertThat(answer.run()).isEqualTo(Cli.run("validate", "--format", "xml"));
        assertThat(answer.run().code()).isEqualTo(2);
        assertThat(answer.run().err()).startsWith("factquiz: ").doesNotContain("\tat ");
    }

    @Test
    void editedFactFileTakesEffectOnTheNextRequest() throws IOException {
        Path rules = ShippedRules.quantityRules(folder.resolve("rules"));
        Path facts = folder.resolve("facts");
        ShippedRules.copy(ShippedRules.FACTS, facts);
        String[] arguments = {"validate", "--facts", facts.toString(), "--rules", rules.toString()};
        RunningDaemon.Answer before = daemon.run(folder, arguments);
        Path users = facts.resolve("statements/users.yaml");
        Files.writeString(users, Files.readString(users).replace("value: 60\n", "value: -60\n"));

        RunningDaemon.Answer after = daemon.run(folder, arguments);

        assertThat(before.run().code()).isZero();
        assertThat(after.run().code()).isEqualTo(1);
        assertThat(after.run().out()).contains("'doubao-60-million-users'");
    }

    @Test
    void wrongTokenIsRefusedAndNothingRuns() {
        RunningDaemon.Answer answer = daemon.send(folder, "not-the-token", DaemonRequest.Action.RUN, "validate");

        assertThat(answer.lines()).containsExactly(Daemon.REFUSED);
        assertThat(answer.run().out()).isEmpty();
        assertThat(answer.run().err()).isEmpty();
    }

    @Test
    void wrongTokenCannotStopTheDaemon() throws InterruptedException {
        RunningDaemon.Answer answer = daemon.send(folder, "not-the-token", DaemonRequest.Action.STOP);

        assertThat(answer.lines()).containsExactly(Daemon.REFUSED);
        daemon.serving.join(200);
        assertThat(daemon.serving.isAlive()).isTrue();
    }

    @Test
    void stopRequestEndsServing() throws InterruptedException {
        RunningDaemon.Answer answer = daemon.send(folder, daemon.state.token(), DaemonRequest.Action.STOP);

        assertThat(answer.lines()).containsExactly(Daemon.STOPPING);
        assertThat(daemon.awaitStopped()).isTrue();
    }

    @Test
    void idleTimeoutEndsServing() throws IOException, InterruptedException {
        try (RunningDaemon idle = new RunningDaemon(Duration.ofMillis(50))) {
            assertThat(idle.awaitStopped()).isTrue();
            assertThat(idle.log.toString()).contains("no request for");
        }
    }

    @Test
    void rebuiltFactquizMakesTheDaemonStaleAndStop() throws IOException, InterruptedException {
        Path stamp = Files.writeString(folder.resolve(".factquiz-built"), "");
        try (RunningDaemon built = new RunningDaemon(Duration.ofMinutes(5), InstalledBuild.now(stamp))) {
            Files.setLastModifiedTime(stamp, FileTime.fromMillis(Files.getLastModifiedTime(stamp).toMillis() + 60_000));

            RunningDaemon.Answer answer = built.run(folder, "validate");

            assertThat(answer.lines()).containsExactly(Daemon.STALE);
            assertThat(answer.run().out()).isEmpty();
            assertThat(built.awaitStopped()).isTrue();
        }
    }

    @Test
    void stateFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = folder.resolve("daemon/key.state");

        daemon.state.write(file);

        assertThat(DaemonState.read(file)).isEqualTo(daemon.state);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }
}
