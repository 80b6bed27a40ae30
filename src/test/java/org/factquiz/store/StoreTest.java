package org.factquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.factquiz.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The store behaves alike on SQLite and on PostgreSQL: one schema, the same migrations, the same answers. */
class StoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    @TempDir
    static Path folder;
    private static JdbcStore sqlite;
    private static JdbcStore postgresql;

    static Stream<Arguments> stores() {
        if (sqlite == null) {
            sqlite = new JdbcStore(TestDatabases.sqlite(folder));
            postgresql = new JdbcStore(TestDatabases.postgresql());
        }
        return Stream.of(Arguments.of("SQLite", sqlite), Arguments.of("PostgreSQL", postgresql));
    }

    @AfterAll
    static void close() {
        if (sqlite != null) {
            sqlite.close();
            postgresql.close();
        }
    }

    private static int n;

    private static String unique(String prefix) {
        return prefix + "-" + (++n);
    }

    private static User learner(Store store, String name) {
        User u = new User(unique("u"), name, "hash", Role.LEARNER, T0);
        assertThat(store.addUser(u, name.toLowerCase())).isTrue();
        return u;
    }

    private static String questionSet(Store store) {
        String version = unique("v");
        store.addQuestionSet(version, T0, List.of(
                new StoredQuestion(version, "q1", "true-false", "products", "recall", 1, "true", "{}"),
                new StoredQuestion(version, "q2", "numeric", "users", "recall", 1, "60.0 ± 0.5", "{}")));
        return version;
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void aNameIsTakenOnceWhateverItsCase(String db, Store store) {
        String name = unique("Anna");
        User anna = learner(store, name);
        User again = new User(unique("u"), name.toUpperCase(), "other", Role.LEARNER, T0);

        assertThat(store.addUser(again, name.toLowerCase())).isFalse();
        assertThat(store.userByName(name.toLowerCase())).contains(anna);
        assertThat(store.user(again.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void aGuestWhoSignsUpKeepsTheirIdAndBecomesALearner(String db, Store store) {
        User guest = new User(unique("g"), null, null, Role.GUEST, T0);
        store.addUser(guest, null);
        store.addUser(new User(unique("g"), null, null, Role.GUEST, T0), null);
        String taken = unique("Ben");
        learner(store, taken);

        assertThat(store.nameGuest(guest.id(), taken, taken.toLowerCase(), "h")).isFalse();
        String name = unique("Clara");
        assertThat(store.nameGuest(guest.id(), name, name.toLowerCase(), "h2")).isTrue();
        assertThat(store.user(guest.id())).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.LEARNER);
            assertThat(u.name()).isEqualTo(name);
            assertThat(u.passwordHash()).isEqualTo("h2");
        });
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void sessionsAreFoundByTokenHashUpdatedAndExpired(String db, Store store) {
        User u = learner(store, unique("Dora"));
        BrowserSession s = new BrowserSession(unique("hash"), null, "csrf", Language.EN, T0, T0);
        store.addSession(s);
        BrowserSession signedIn = new BrowserSession(s.tokenHash(), u.id(), "csrf", Language.DE, T0, T0.plusSeconds(60));
        store.updateSession(signedIn);

        assertThat(store.session(s.tokenHash())).contains(signedIn);
        assertThat(store.deleteSessionsIdleSince(T0.plusSeconds(61))).isGreaterThanOrEqualTo(1);
        assertThat(store.session(s.tokenHash())).isEmpty();
        assertThat(store.user(u.id())).as("a learner outlives their sessions").isPresent();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void aQuestionSetIsKeptOnce(String db, Store store) {
        String version = questionSet(store);
        store.addQuestionSet(version, T0.plusSeconds(5), List.of(
                new StoredQuestion(version, "q9", "cloze", "chips", "recall", 1, "x", "{}")));

        assertThat(store.hasQuestionSet(version)).isTrue();
        assertThat(store.questions(version)).extracting(StoredQuestion::id).containsExactly("q1", "q2");
        assertThat(store.questions(version).get(1).answerKey()).isEqualTo("60.0 ± 0.5");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void aSecondAnswerToTheSameQuestionChangesNothing(String db, Store store) {
        User u = learner(store, unique("Emil"));
        String version = questionSet(store);
        Attempt a = new Attempt(unique("a"), u.id(), version, Language.DE, List.of("products"), List.of(), 42, T0, null,
                List.of("q2", "q1"));
        store.addAttempt(a);
        Answer first = new Answer(a.id(), 1, u.id(), version, "q2", "60", true, T0.plusSeconds(10));

        assertThat(store.addAnswer(first)).isTrue();
        assertThat(store.addAnswer(new Answer(a.id(), 1, u.id(), version, "q2", "70", false, T0.plusSeconds(11))))
                .isFalse();
        assertThat(store.answers(a.id())).containsExactly(first);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void attemptsComeBackWithTheirQuestionsInOrderLatestFirst(String db, Store store) {
        User u = learner(store, unique("Fritz"));
        String version = questionSet(store);
        Attempt older = new Attempt(unique("a"), u.id(), version, Language.EN, List.of(), List.of("recall"), 1, T0, null,
                List.of("q1", "q2"));
        Attempt newer = new Attempt(unique("a"), u.id(), version, Language.DE, List.of("users", "products"), List.of(), 2,
                T0.plusSeconds(3600), null, List.of("q2"));
        store.addAttempt(older);
        store.addAttempt(newer);
        store.finishAttempt(older.id(), T0.plusSeconds(99));

        Function<Attempt, String> ids = Attempt::id;
        assertThat(store.attempts(u.id())).extracting(ids).containsExactly(newer.id(), older.id());
        assertThat(store.attempt(older.id())).hasValueSatisfying(a -> {
            assertThat(a.questionIds()).containsExactly("q1", "q2");
            assertThat(a.finishedAt()).isEqualTo(T0.plusSeconds(99));
            assertThat(a.skills()).containsExactly("recall");
        });
        assertThat(store.attempt(newer.id()).orElseThrow().topics()).containsExactly("users", "products");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("stores")
    void valuesGoInAsBoundParametersNeverAsSql(String db, Store store) {
        String name = unique("Robert'); DROP TABLE users;--");
        User bobby = learner(store, name);

        assertThat(store.userByName(name.toLowerCase())).contains(bobby);
        assertThat(store.user(bobby.id())).isPresent();
    }
}
