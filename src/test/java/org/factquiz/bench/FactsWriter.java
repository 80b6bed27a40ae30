package org.factquiz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes entities and statements into numbered YAML files of a facts folder, and counts what it
 * wrote the way the loader will count it. Entities go {@code entitiesPerFile} to a file. Statements
 * come as articles: each statements file is one source document of {@code statementsPerSource}
 * entries citing its own text of {@code sentences} sentences, as a newsroom's base grows by
 * articles, not by one ever longer article.
 */
final class FactsWriter implements AutoCloseable {
    private final Path folder;
    private final int sentences;
    private final Part entities;
    private final Part statements;
    private final Part vocabulary = new Part("vocabulary", null, 1);
    private int statementCount;
    private int entityCount;

    /** @param folder the facts folder, or null to count only */
    FactsWriter(Path folder, int entitiesPerFile, int statementsPerSource, int sentences) {
        this.folder = folder;
        this.sentences = sentences;
        this.entities = new Part("entities", "entities", entitiesPerFile);
        this.statements = new Part("statements", "statements", statementsPerSource);
    }

    /** The id of the source document the statements of file number {@code file} (from 1) cite. */
    static String sourceId(int file) {
        return String.format("article-%05d", file);
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
        vocabularyPhrasedIn(List.of("en", "de"), section, id, fields);
    }

    /**
     * The same, with phrases for the entry in {@code languages} only (predicates, measures, titles
     * and events are phrased in the entry's file, as the facts folder holds its own phrases).
     */
    void vocabularyPhrasedIn(List<String> languages, String section, String id, Object... fields) {
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
        String kind = switch (section) {
            case "predicates" -> "relations";
            case "measures" -> "quantities";
            case "titles", "events" -> section;
            default -> null;
        };
        if (kind != null) {
            phrases(text, kind, id, languages);
        }
    }

    /** Phrases for {@code key} in a file of their own, in {@code languages}, whatever the vocabulary has. */
    void phrasesOnly(String kind, String key, List<String> languages) {
        phrases(vocabulary.next(), kind, key, languages);
    }

    private static void phrases(YamlText text, String kind, String key, List<String> languages) {
        String slot = switch (kind) {
            case "relations" -> "predicate";
            case "quantities" -> "measure";
            case "titles" -> "title";
            default -> "event";
        };
        String template = switch (kind) {
            case "relations" -> "{subject} " + key + " {object}";
            case "quantities" -> "{subject} has {value} " + key;
            case "titles" -> "{holder} is the " + key + " in {scope}";
            default -> "{subject} " + key + " in {date}";
        };
        StringBuilder entry = new StringBuilder("    - {" + slot + ": " + key);
        for (String language : languages) {
            entry.append(", ").append(language).append(": [\"").append(template).append("\"]");
        }
        text.line("phrases:").line("  " + kind + ":").line(entry.append('}').toString());
    }

    /**
     * One statement entry: its id, kind and fields as key/value pairs (null values are left out,
     * list values are written as YAML lists). It cites a sentence of its file's source document.
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
        writeSources();
    }

    /** One source document (a text of numbered sentences) for each statements file written. */
    private void writeSources() {
        if (folder == null) {
            return;
        }
        YamlText list = new YamlText()
                .line("# The synthetic articles the synthetic statements cite, one per statements file.")
                .line("sources:");
        try {
            Files.createDirectories(folder.resolve("sources"));
            for (int file = 1; file <= statements.files; file++) {
                String id = sourceId(file);
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= sentences; i++) {
                    text.append("Dies ist Satz ").append(i).append(" des synthetischen Artikels ").append(file)
                            .append(". ");
                }
                Files.writeString(folder.resolve("sources").resolve(id + ".txt"), text.toString().strip() + "\n",
                        StandardCharsets.UTF_8);
                list.item("id", id).field("file", "sources/" + id + ".txt").field("language", "de")
                        .field("title", "Synthetischer Artikel " + file);
            }
            Files.writeString(folder.resolve("sources.yaml"), list.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbered files of one section; a part without a section writes one small file per entry. */
    private final class Part {
        private final String name;
        private final String section;
        private final int perFile;
        private YamlText text;
        private int entries;
        private int files;

        Part(String name, String section, int perFile) {
            this.name = name;
            this.section = section;
            this.perFile = perFile;
        }

        YamlText next() {
            if (text == null || entries == perFile || section == null) {
                flush();
                text = new YamlText();
                files++;
                text.line("# Synthetic " + name + " for benchmarks (org.factquiz.bench.SyntheticFacts).");
                if ("statements".equals(section)) {
                    text.line("source: " + sourceId(files));
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
