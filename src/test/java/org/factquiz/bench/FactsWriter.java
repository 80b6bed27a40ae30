package org.factquiz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes entities and statements into numbered YAML files of a facts folder, starting a new file
 * every {@code perFile} entries, and counts what it wrote the way the loader will count it.
 */
final class FactsWriter implements AutoCloseable {
    private final Path folder;
    private final int perFile;
    private final int sentences;
    private final Part entities = new Part("entities", "entities");
    private final Part statements = new Part("statements", "statements");
    private final Part vocabulary = new Part("vocabulary", null);
    private int statementCount;
    private int entityCount;

    /** @param folder the facts folder, or null to count only */
    FactsWriter(Path folder, int perFile, int sentences) {
        this.folder = folder;
        this.perFile = perFile;
        this.sentences = sentences;
    }

    void entity(String id, String type, String en, String de) {
        YamlText text = entities.next();
        text.item("id", id).field("type", type).names(en, de);
        entityCount++;
    }

    /**
     * One entry of a vocabulary section ({@code types}, {@code predicates}, {@code measures},
     * {@code titles}): its id and fields as key/value pairs, list values as YAML lists.
     */
    void vocabulary(String section, String id, Object... fields) {
        YamlText text = vocabulary.next();
        text.line(section + ":");
        text.item("id", id);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] instanceof List<?> list) {
                text.list((String) fields[i], list.stream().map(String::valueOf).toList());
            } else {
                text.field((String) fields[i], fields[i + 1]);
            }
        }
    }

    /**
     * One statement entry: its id, kind and fields as key/value pairs (null values are left out,
     * list values are written as YAML lists). It cites a sentence of the synthetic source.
     */
    void statement(String id, String kind, Object... fields) {
        YamlText text = statements.next();
        text.item("id", id).field("kind", kind);
        int models = 1;
        for (int i = 0; i < fields.length; i += 2) {
            String key = (String) fields[i];
            Object value = fields[i + 1];
            if (value instanceof List<?> list) {
                text.list(key, list.stream().map(String::valueOf).toList());
                if (key.equals("objects")) {
                    models += list.size();
                }
            } else {
                text.field(key, value);
            }
        }
        text.field("sentence", 1 + Math.floorMod(id.hashCode(), sentences));
        statementCount += models;
    }

    /** Statements as the loader counts them: a relation listing k objects is one list and k relations. */
    int statementCount() {
        return statementCount;
    }

    int entityCount() {
        return entityCount;
    }

    @Override
    public void close() {
        entities.flush();
        statements.flush();
        vocabulary.flush();
    }

    /** Numbered files of one section; a part without a section writes one small file per entry. */
    private final class Part {
        private final String name;
        private final String section;
        private YamlText text;
        private int entries;
        private int files;

        Part(String name, String section) {
            this.name = name;
            this.section = section;
        }

        YamlText next() {
            if (text == null || entries == perFile || section == null) {
                flush();
                text = new YamlText();
                files++;
                text.line("# Synthetic " + name + " for benchmarks (org.factquiz.bench.SyntheticFacts).");
                if ("statements".equals(section)) {
                    text.line("source: synthetic");
                }
                if (section != null) {
                    text.line(section + ":");
                }
                entries = 0;
            }
            entries++;
            return text;
        }

        void flush() {
            if (text == null || folder == null) {
                text = null;
                return;
            }
            Path file = folder.resolve(name).resolve(String.format("%s-%05d.yaml", name, files));
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text = null;
        }
    }
}
