package org.factquiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factquiz.model.Language;

/** The {@code attempts} table; the questions of each come from {@link AttemptQuestionTable}. */
final class AttemptTable {
    private static final String COLUMNS = "id, user_id, question_set, language, topics, skills, seed, started_at, finished_at";

    private AttemptTable() {
    }

    static void insert(Connection c, Attempt a) throws SQLException {
        Rows.update(c, "INSERT INTO attempts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.userId(),
                a.questionSet(), a.language().code(), String.join(" ", a.topics()), String.join(" ", a.skills()),
                a.seed(), Rows.millis(a.startedAt()), Rows.millis(a.finishedAt()));
    }

    static Optional<Attempt> byId(Connection c, String id) throws SQLException {
        Optional<Attempt> found = Rows.one(c, "SELECT " + COLUMNS + " FROM attempts WHERE id = ?", AttemptTable::attempt, id);
        if (found.isEmpty()) {
            return found;
        }
        return Optional.of(withQuestions(found.get(), AttemptQuestionTable.ofAttempt(c, id)));
    }

    static List<Attempt> ofUser(Connection c, String userId) throws SQLException {
        List<Attempt> out = new ArrayList<>();
        for (Attempt a : Rows.list(c, "SELECT " + COLUMNS + " FROM attempts WHERE user_id = ? ORDER BY started_at DESC, id",
                AttemptTable::attempt, userId)) {
            out.add(withQuestions(a, AttemptQuestionTable.ofAttempt(c, a.id())));
        }
        return out;
    }

    static java.util.Map<String, Integer> finishedPerUser(Connection c) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Rows.list(c, "SELECT user_id, COUNT(*) FROM attempts WHERE finished_at IS NOT NULL GROUP BY user_id ORDER BY user_id",
                row -> counts.put(row.getString(1), row.getInt(2)));
        return counts;
    }

    static void finish(Connection c, String id, Instant at) throws SQLException {
        Rows.update(c, "UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL", Rows.millis(at), id);
    }

    private static Attempt withQuestions(Attempt a, List<String> questionIds) {
        return new Attempt(a.id(), a.userId(), a.questionSet(), a.language(), a.topics(), a.skills(), a.seed(),
                a.startedAt(), a.finishedAt(), questionIds);
    }

    private static Attempt attempt(ResultSet row) throws SQLException {
        return new Attempt(row.getString("id"), row.getString("user_id"), row.getString("question_set"),
                Language.valueOf(row.getString("language").toUpperCase(Locale.ROOT)), words(row.getString("topics")),
                words(row.getString("skills")), row.getLong("seed"), Rows.instant(row, "started_at"),
                Rows.instant(row, "finished_at"), List.of());
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }
}
