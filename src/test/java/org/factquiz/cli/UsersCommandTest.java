package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.factquiz.Cli;
import org.factquiz.store.Database;
import org.factquiz.store.JdbcStore;
import org.factquiz.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teachers come from the command line of whoever runs the server, with a password that is only ever hashed. */
class UsersCommandTest {
    @TempDir
    Path data;

    private Cli.Run withInput(String input, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void aTeacherIsAddedWithAPasswordFromStandardInputAndListed() {
        Cli.Run added = withInput("a teacher's password\n", "users", "add", "Frau Berger", "--teacher", "--password-stdin",
                "--data", data.toString());
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.out()).isEqualTo("factquiz users: added teacher Frau Berger\n");
        withInput("a learner's password\n", "users", "add", "Anna", "--password-stdin", "--data", data.toString());

        Cli.Run list = Cli.run("users", "list", "--data", data.toString());
        assertThat(list.out()).isEqualTo("learner\tAnna\nteacher\tFrau Berger\n");
        try (JdbcStore store = new JdbcStore(Database.sqlite(data.resolve("factquiz.db")))) {
            var teacher = store.userByName("frau berger").orElseThrow();
            assertThat(teacher.role()).isEqualTo(Role.TEACHER);
            assertThat(teacher.passwordHash()).startsWith("$argon2id$").doesNotContain("a teacher's password");
        }
    }

    @Test
    void aTakenNameOrAShortPasswordIsRefusedWithTheReason() {
        withInput("long enough\n", "users", "add", "Ben", "--password-stdin", "--data", data.toString());
        Cli.Run taken = withInput("long enough\n", "users", "add", "ben", "--teacher", "--password-stdin", "--data",
                data.toString());
        assertThat(taken.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(taken.err()).isEqualTo("factquiz users add: This name is taken: choose another one, or sign in.\n");
        Cli.Run shortPassword = withInput("short\n", "users", "add", "Carla", "--password-stdin", "--data", data.toString());
        assertThat(shortPassword.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(shortPassword.err()).contains("at least 8 characters");
        Cli.Run noTerminal = Cli.run("users", "add", "Dora", "--data", data.toString());
        assertThat(noTerminal.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noTerminal.err()).contains("pass --password-stdin");
        assertThat(Cli.run("users", "list", "--data", data.toString()).out()).isEqualTo("learner\tBen\n");
    }

    @Test
    void aLearnerBecomesATeacherAndBackOnlyFromTheCommandLine() {
        withInput("long enough\n", "users", "add", "Emil", "--password-stdin", "--data", data.toString());
        Cli.Run promoted = Cli.run("users", "role", "Emil", "teacher", "--data", data.toString());
        assertThat(promoted.out()).isEqualTo("factquiz users: Emil is a teacher now\n");
        assertThat(Cli.run("users", "list", "--data", data.toString()).out()).isEqualTo("teacher\tEmil\n");
        assertThat(Cli.run("users", "role", "Emil", "learner", "--data", data.toString()).code()).isZero();
        Cli.Run nobody = Cli.run("users", "role", "Nobody", "teacher", "--data", data.toString());
        assertThat(nobody.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(nobody.err()).isEqualTo("factquiz users role: no learner or teacher named 'Nobody'\n");
        assertThat(Cli.run("users", "role", "Emil", "admin", "--data", data.toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
