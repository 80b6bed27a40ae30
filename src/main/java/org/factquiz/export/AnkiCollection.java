package org.factquiz.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.Jsoup;

/**
 * An Anki collection in schema 11 (the one every Anki since 2.1 imports), written as an SQLite file
 * through sqlite-jdbc: the {@code col} row with the note types, decks and deck options as JSON, one
 * note per question and one new card per note. Ids and times come from the export's time and the
 * names, never from the clock, so the same export gives the same file.
 */
final class AnkiCollection {
    /** Fixed ids for the two note types, so that a second import finds and updates the first one's. */
    static final long BASIC_ID = 1_704_067_200_001L;
    static final long CLOZE_ID = 1_704_067_200_002L;
    static final String BASIC = "factquiz Basic";
    static final String CLOZE = "factquiz Cloze";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
                scm integer not null, ver integer not null, dty integer not null, usn integer not null,
                ls integer not null, conf text not null, models text not null, decks text not null,
                dconf text not null, tags text not null);
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
                mod integer not null, usn integer not null, tags text not null, flds text not null,
                sfld integer not null, csum integer not null, flags integer not null, data text not null);
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
                ord integer not null, mod integer not null, usn integer not null, type integer not null,
                queue integer not null, due integer not null, ivl integer not null, factor integer not null,
                reps integer not null, lapses integer not null, left integer not null, odue integer not null,
                odid integer not null, flags integer not null, data text not null);
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
                ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
                time integer not null, type integer not null);
            CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
            CREATE INDEX ix_notes_usn on notes (usn);
            CREATE INDEX ix_cards_usn on cards (usn);
            CREATE INDEX ix_revlog_usn on revlog (usn);
            CREATE INDEX ix_cards_nid on cards (nid);
            CREATE INDEX ix_cards_sched on cards (did, queue, due);
            CREATE INDEX ix_revlog_cid on revlog (cid);
            CREATE INDEX ix_notes_csum on notes (csum)
            """;

    private AnkiCollection() {
    }

    static byte[] write(List<AnkiNote> notes, String title, Instant written) {
        Path file = null;
        try {
            file = Files.createTempFile("factquiz-", ".anki2");
            Files.delete(file);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                db.setAutoCommit(false);
                fill(db, notes, title, written);
                db.commit();
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the Anki collection could not be written to a temporary file", e);
        } catch (SQLException e) {
            throw new IllegalStateException("the Anki collection could not be written: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind harms nothing
                }
            }
        }
    }

    private static void fill(Connection db, List<AnkiNote> notes, String title, Instant written) throws SQLException {
        long seconds = written.getEpochSecond();
        long millis = written.toEpochMilli();
        try (Statement statement = db.createStatement()) {
            for (String sql : SCHEMA.split(";")) {
                statement.execute(sql);
            }
        }
        Map<String, Long> decks = new LinkedHashMap<>();
        for (String deck : new TreeSet<>(notes.stream().map(AnkiNote::deck).toList())) {
            String parent = deck.substring(0, deck.indexOf("::"));
            decks.putIfAbsent(parent, deckId(parent));
            decks.put(deck, deckId(deck));
        }
        try (PreparedStatement col = db.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            col.setLong(1, seconds);
            col.setLong(2, millis);
            col.setLong(3, millis);
            col.setString(4, json(conf(notes.size())));
            col.setString(5, json(AnkiNoteTypes.models(seconds)));
            col.setString(6, json(decks(decks, seconds)));
            col.setString(7, json(Map.of("1", AnkiNoteTypes.deckOptions())));
            col.executeUpdate();
        }
        try (PreparedStatement note = db.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = db.prepareStatement(
                     "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (int i = 0; i < notes.size(); i++) {
                AnkiNote n = notes.get(i);
                long noteId = millis + 2L * i;
                note.setLong(1, noteId);
                note.setString(2, n.guid());
                note.setLong(3, n.cloze() ? CLOZE_ID : BASIC_ID);
                note.setLong(4, seconds);
                note.setString(5, n.tags().isEmpty() ? "" : " " + String.join(" ", n.tags()) + " ");
                note.setString(6, n.first() + "\u001f" + n.second());
                String sortField = plainText(n.first());
                note.setString(7, sortField);
                note.setLong(8, checksum(sortField));
                note.executeUpdate();
                card.setLong(1, noteId + 1);
                card.setLong(2, noteId);
                card.setLong(3, decks.get(n.deck()));
                card.setLong(4, seconds);
                card.setLong(5, i + 1L);
                card.executeUpdate();
            }
        }
    }

    private static Map<String, Object> conf(int notes) {
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("activeDecks", List.of(1));
        conf.put("addToCur", true);
        conf.put("collapseTime", 1200);
        conf.put("curDeck", 1);
        conf.put("curModel", Long.toString(BASIC_ID));
        conf.put("dueCounts", true);
        conf.put("estTimes", true);
        conf.put("newBury", true);
        conf.put("newSpread", 0);
        conf.put("nextPos", notes + 1);
        conf.put("sortBackwards", false);
        conf.put("sortType", "noteFld");
        conf.put("timeLim", 0);
        return conf;
    }

    private static Map<String, Object> decks(Map<String, Long> decks, long seconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("1", AnkiNoteTypes.deck(1, "Default", seconds));
        decks.forEach((name, id) -> out.put(Long.toString(id), AnkiNoteTypes.deck(id, name, seconds)));
        return out;
    }

    /** A deck's id from its name: the same deck in every export, far from Anki's own small ids. */
    static long deckId(String name) {
        byte[] hash = sha1(name);
        long value = 0;
        for (int i = 0; i < 5; i++) {
            value = value << 8 | (hash[i] & 0xff);
        }
        return (1L << 41) + value;
    }

    /** Anki's duplicate check: the first four bytes of the SHA-1 of the first field's text. */
    static long checksum(String plain) {
        byte[] hash = sha1(plain);
        return (hash[0] & 0xffL) << 24 | (hash[1] & 0xffL) << 16 | (hash[2] & 0xffL) << 8 | hash[3] & 0xffL;
    }

    /** A field's text without its HTML, as Anki sorts and compares it. */
    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Anki's collection settings could not be written as JSON", e);
        }
    }
}
