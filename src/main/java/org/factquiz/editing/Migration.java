package org.factquiz.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;

/**
 * Rewrites a fact base of an older layout into the current one, and says what it changed:
 * the phrases of a domain's vocabulary move from the rules folder's language files into the facts
 * folder (the languages' own words stay), and events the statements record get declarations in
 * the vocabulary. The text of each moved section is kept as written, comments included. Every
 * file is written whole or not at all; a base in the current layout is left as it is.
 */
public final class Migration {
    private static final List<String> PHRASE_SECTIONS = List.of("relations", "quantities", "comparisons", "titles",
            "events");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][\\w-]*):");

    private final Path facts;
    private final Path rules;
    private final DataFileReader names;

    public Migration(Path facts, Path rules) {
        this.facts = facts;
        this.rules = rules;
        this.names = new DataFileReader(facts);
    }

    /** Migrates and returns one line per change made, empty when there was nothing to change. */
    public List<String> run() throws InputException {
        if (!Files.isDirectory(facts)) {
            throw InputException.of(new InputProblem(new Location(names.displayName(facts), 0, 0),
                    "facts folder not found"));
        }
        Map<Path, String> writes = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        try {
            movePhrases(writes, report);
            declareEvents(writes, report);
            // New files first: should a write fail, the phrases still exist in their old place.
            List<Path> order = new ArrayList<>();
            writes.keySet().stream().filter(p -> !Files.exists(p)).forEach(order::add);
            writes.keySet().stream().filter(Files::exists).forEach(order::add);
            for (Path path : order) {
                writeWhole(path, writes.get(path));
            }
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(names.displayName(facts), 0, 0),
                    "cannot migrate: " + e.getMessage()));
        }
        return report;
    }

    private void movePhrases(Map<Path, String> writes, List<String> report) throws IOException {
        Path language = rules.resolve("language");
        if (!Files.isDirectory(language)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(language)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml$"))
                    .sorted().toList();
        }
        StringBuilder moved = new StringBuilder();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            // Each top-level section starts at its key, with the comment lines right above it.
            List<Integer> starts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                Matcher key = TOP_LEVEL_KEY.matcher(lines.get(k));
                if (key.find()) {
                    int start = k;
                    while (start > 0 && lines.get(start - 1).startsWith("#")
                            && (starts.isEmpty() || start - 1 > starts.get(starts.size() - 1))) {
                        start--;
                    }
                    starts.add(start);
                    keys.add(key.group(1));
                }
            }
            List<String> kept = new ArrayList<>(lines.subList(0, starts.isEmpty() ? lines.size() : starts.get(0)));
            List<String> taken = new ArrayList<>();
            Set<String> sections = new LinkedHashSet<>();
            for (int k = 0; k < starts.size(); k++) {
                List<String> block = lines.subList(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : lines.size());
                if (PHRASE_SECTIONS.contains(keys.get(k))) {
                    sections.add(keys.get(k));
                    taken.addAll(block);
                } else {
                    kept.addAll(block);
                }
            }
            if (sections.isEmpty()) {
                continue;
            }
            for (String line : taken) {
                moved.append(line.isBlank() || line.startsWith("#") ? line : "  " + line).append('\n');
            }
            boolean emptied = kept.stream().allMatch(line -> line.isBlank() || line.startsWith("#"));
            writes.put(file, emptied ? null : String.join("\n", kept).strip() + "\n");
            report.add(names.displayName(file) + ": moved the phrases of the vocabulary (" + String.join(", ", sections)
                    + ") to " + names.displayName(phrasesTarget()) + (emptied ? "; nothing else was in the file, so it"
                    + " is removed" : "; the words of each language stay here"));
        }
        if (moved.length() > 0) {
            // The comments the moved text starts with (the old file's header) go above the section.
            String text = moved.toString();
            int body = 0;
            while (body < text.length() && text.startsWith("#", body)) {
                body = text.indexOf('\n', body) + 1;
            }
            writes.put(phrasesTarget(), "# Moved here from the rules folder by 'factquiz migrate'.\n"
                    + text.substring(0, body) + "phrases:\n" + text.substring(body));
        }
    }

    /** facts/phrases.yaml, or the first free name beside it when the facts have one. */
    private Path phrasesTarget() {
        Path target = facts.resolve("phrases.yaml");
        for (int n = 2; Files.exists(target); n++) {
            target = facts.resolve("phrases-" + n + ".yaml");
        }
        return target;
    }

    private void declareEvents(Map<Path, String> writes, List<String> report) throws IOException {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        Map<Path, JsonNode> trees;
        try {
            trees = FactsTrees.read(facts);
        } catch (InputException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (JsonNode root : trees.values()) {
            root.path("events").forEach(e -> declared.add(e.path("id").asText()));
            root.path("statements").forEach(s -> {
                if ("event".equals(s.path("kind").asText()) && s.hasNonNull("event")) {
                    used.add(s.get("event").asText());
                }
            });
        }
        used.removeAll(declared);
        if (used.isEmpty()) {
            return;
        }
        Path target = facts.resolve("events.yaml");
        for (int n = 2; Files.exists(target); n++) {
            target = facts.resolve("events-" + n + ".yaml");
        }
        StringBuilder text = new StringBuilder("""
                # The kinds of event the statements record, declared by 'factquiz migrate'. Give an event
                # 'roles: [start]' when it begins its subject's life (nothing about the subject is then dated
                # before it), 'roles: [end]' when it ends it; and names in both languages.
                events:
                """);
        for (String event : used) {
            String name = event.replace('-', ' ');
            text.append("  - id: ").append(event).append('\n')
                    .append("    name: {en: ").append(name).append(", de: ").append(name).append("}\n");
        }
        writes.put(target, text.toString());
        report.add(names.displayName(target) + ": declared the events the statements record (" + String.join(", ", used)
                + "); give the one that begins its subject's life 'roles: [start]'");
    }

    /** Writes {@code content} whole (or not at all), or deletes the file when it is null. */
    private static void writeWhole(Path target, String content) throws IOException {
        if (content == null) {
            Files.deleteIfExists(target);
            return;
        }
        try {
            org.factquiz.report.OutputFile.write(target, content);
        } catch (InputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
