package org.factquiz.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.load.SentenceSplitter;
import org.factquiz.model.Location;

/**
 * Each source's sentences as factquiz numbers them, with the statements that cite each. Read
 * leniently: an editor needs the numbering most while the statements do not load yet (a quote in
 * the wrong sentence), so statements are read for their id, source and sentence only, and files
 * that are not valid YAML are skipped; only a source whose text cannot be read is an error.
 */
public final class SourceSentences {
    /**
     * One source: its id, file as written, language, its sentences in order, and statements citing
     * a sentence it does not have ("id (sentence 21)").
     */
    public record Source(String id, String file, String language, List<Sentence> sentences, List<String> beyond) {
        public Source {
            sentences = List.copyOf(sentences);
            beyond = List.copyOf(beyond);
        }

        public long uncited() {
            return sentences.stream().filter(s -> s.citedBy().isEmpty()).count();
        }
    }

    /** One sentence, numbered from 1, and the ids of the statements citing it, in file order. */
    public record Sentence(int number, String text, List<String> citedBy) {
        public Sentence {
            citedBy = List.copyOf(citedBy);
        }
    }

    private SourceSentences() {
    }

    /** The sources of {@code folder} (only {@code source} when it is not null), in the order written. */
    public static List<Source> read(Path folder, String source) throws InputException {
        DataFileReader reader = new DataFileReader(folder);
        if (!Files.isDirectory(folder)) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "facts folder not found"));
        }
        Map<String, String[]> declared = new LinkedHashMap<>();
        Map<String, Map<Integer, List<String>>> citations = new TreeMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<Path, JsonNode> tree : FactsTrees.read(folder).entrySet()) {
            Path file = tree.getKey();
            JsonNode root = tree.getValue();
            for (JsonNode s : root.path("sources")) {
                if (s.hasNonNull("id") && s.hasNonNull("file")) {
                    Path text = file.toAbsolutePath().getParent().resolve(s.get("file").asText()).normalize();
                    declared.putIfAbsent(s.get("id").asText(), new String[] {s.get("file").asText(), text.toString(),
                            s.path("language").asText("de"), reader.displayName(file)});
                }
            }
            String fileSource = root.path("source").asText(null);
            for (JsonNode s : root.path("statements")) {
                String cited = s.path("source").asText(fileSource);
                if (cited != null && s.path("sentence").isInt() && s.hasNonNull("id")) {
                    citations.computeIfAbsent(cited, k -> new TreeMap<>())
                            .computeIfAbsent(s.get("sentence").asInt(), k -> new ArrayList<>()).add(s.get("id").asText());
                }
            }
        }
        if (source != null && !declared.containsKey(source)) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "no source '" + source + "' in the facts" + org.factquiz.load.ClosestNames.hint(source,
                            declared.keySet()) + (declared.isEmpty() ? "" : "; sources: " + String.join(", ",
                            declared.keySet()))));
        }
        List<Source> sources = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : declared.entrySet()) {
            if (source != null && !source.equals(entry.getKey())) {
                continue;
            }
            String[] d = entry.getValue();
            String text;
            try {
                text = Files.readString(Path.of(d[1]));
            } catch (IOException e) {
                problems.add(new InputProblem(new Location(d[3], 0, 0), "source text '" + reader.displayName(Path.of(d[1]))
                        + "' cannot be read (" + (Files.exists(Path.of(d[1])) ? e.getMessage() : "file not found") + ")"));
                continue;
            }
            List<String> split = SentenceSplitter.split(text);
            Map<Integer, List<String>> cited = citations.getOrDefault(entry.getKey(), Map.of());
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < split.size(); i++) {
                sentences.add(new Sentence(i + 1, split.get(i), cited.getOrDefault(i + 1, List.of())));
            }
            List<String> beyond = new ArrayList<>();
            cited.forEach((number, ids) -> {
                if (number < 1 || number > split.size()) {
                    ids.forEach(id -> beyond.add(id + " (sentence " + number + ")"));
                }
            });
            sources.add(new Source(entry.getKey(), d[0], d[2], sentences, beyond));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return sources;
    }

    /** The sentences of a text, as factquiz numbers them. */
    public static List<String> split(String text) {
        return SentenceSplitter.split(text);
    }
}
