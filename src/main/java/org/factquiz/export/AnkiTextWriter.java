package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Anki's text import (docs.ankiweb.net, importing/text-files; rslib's csv importer): header lines
 * that fix the separator (tab), HTML fields, and which columns hold the guid, note type, deck and
 * tags; then one line per note. A field is quoted, with quotes doubled, when it holds a tab, a quote
 * or a line break, or begins with {@code #} (a line that does is a comment); fields are HTML with
 * {@code < > &} as entities and {@code <br>} for a line break, so no note spans two lines.
 *
 * <p>The note type column names Anki's stock note types "Basic" and "Cloze", whose fields are
 * Front/Back and Text/Back Extra. A collection created in another language calls them differently
 * (German: "Einfach", "Lückentext"); the .apkg export brings its own note types instead.
 */
final class AnkiTextWriter implements QuizWriter {
    static final List<String> HEADER = List.of("#separator:tab", "#html:true", "#guid column:1",
            "#notetype column:2", "#deck column:3", "#tags column:4",
            "#columns:guid\tnotetype\tdeck\ttags\tFront or Text\tBack or Back Extra");

    @Override
    public byte[] write(QuizExport quiz) {
        StringBuilder out = new StringBuilder();
        HEADER.forEach(line -> out.append(line).append('\n'));
        for (AnkiNote note : AnkiNote.of(quiz)) {
            List<String> fields = List.of(note.guid(), note.cloze() ? "Cloze" : "Basic", note.deck(),
                    String.join(" ", note.tags()), note.first(), note.second());
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : "\t").append(field(fields.get(i)));
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(String text) {
        boolean quote = text.startsWith("#") || text.chars().anyMatch(c -> c == '\t' || c == '"' || c == '\n'
                || c == '\r');
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
