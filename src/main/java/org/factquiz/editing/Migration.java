package org.factquiz.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.factquiz.load.FactsLoader;
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
            for (Map.Entry<Path, String> write : writes.entrySet()) {
                writeWhole(write.getKey(), write.getValue());
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
            writes.put(file, String.join("\n", kept).strip() + "\n");
            report.add(names.displayName(file) + ": moved the phrases of the vocabulary (" + String.join(", ", sections)
                    + ") to " + names.displayName(phrasesTarget()) + "; the words of each language stay here");
        }
        if (moved.length() > 0) {
            writes.put(phrasesTarget(), """
                    # How this fact base's predicates, measures, titles and events are said, in English and
                    # German: moved here from the rules folder by 'factquiz migrate'. The claim checker reads
                    # claims with these templates and the quiz writes with the first of each list.
                    phrases:
                    """ + moved);
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
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<String> declared = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        Path domainRules = facts.resolve(FactsLoader.DOMAIN_RULES);
        List<Path> files;
        try {
            files = names.dataFiles(facts);
        } catch (InputException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (Path file : files) {
            if (file.startsWith(domainRules)) {
                continue;
            }
            JsonNode root;
            try {
                root = yaml.readTree(file.toFile());
            } catch (IOException e) {
                continue;
            }
            if (root == null) {
                continue;
            }
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

    private static void writeWhole(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
