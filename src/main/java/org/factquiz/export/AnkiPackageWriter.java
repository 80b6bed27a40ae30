package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An Anki package (.apkg), which Anki opens directly: a zip of {@code collection.anki2} (an SQLite
 * collection in Anki's schema 11, written through sqlite-jdbc), the {@code media} map (empty: the
 * questions have no pictures or sounds). It brings its own note types, "factquiz Basic" and
 * "factquiz Cloze", so it imports into a collection of any language.
 */
final class AnkiPackageWriter implements QuizWriter {
    @Override
    public byte[] write(QuizExport quiz) {
        byte[] collection = AnkiCollection.write(AnkiNote.of(quiz), quiz.title(), quiz.written());
        return Zip.write(List.of(new Zip.Entry("collection.anki2", collection),
                new Zip.Entry("media", "{}".getBytes(StandardCharsets.UTF_8))), quiz.written());
    }
}
