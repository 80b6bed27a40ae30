package org.factquiz.ruletest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.DataText;
import org.factquiz.load.InputFile;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What a case changes in its starting facts, by id: entries removed, fields of entries changed
 * (a field set to null is dropped), and facts added, written like a facts file. The patch works
 * on the files' YAML, so the patched facts go through the same loader as the shipped ones.
 */
public final class FactsPatch {
    static final FactsPatch NONE = new FactsPatch(List.of(), Map.of(), null, Location.UNKNOWN, Location.UNKNOWN);

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(largeFiles())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private final List<String> remove;
    private final Map<String, ObjectNode> change;
    private final DataText added;
    private final Location removeAt;
    private final Location changeAt;

    FactsPatch(List<String> remove, Map<String, ObjectNode> change, DataText added, Location removeAt,
               Location changeAt) {
        this.remove = List.copyOf(remove);
        this.change = new LinkedHashMap<>(change);
        this.added = added;
        this.removeAt = removeAt;
        this.changeAt = changeAt;
    }

    /** Where the changes are written, for problems that the changed facts cause. */
    Location changeAt() {
        return changeAt;
    }

    /** The facts file text that holds the added facts, or null. */
    DataText added() {
        return added;
    }

    /**
     * The texts of {@code start} with this patch applied, the added facts last. Ids that name no
     * entry are added to {@code problems}; {@code changedFiles} receives the files rewritten.
     */
    List<DataText> apply(List<DataText> start, Function<DataText, JsonNode> trees, Set<java.nio.file.Path> changedFiles,
                         List<InputProblem> problems) {
        List<DataText> out = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        for (DataText text : start) {
            if (remove.isEmpty() && change.isEmpty()) {
                out.add(text);
                continue;
            }
            JsonNode parsed = trees.apply(text);
            known.addAll(ids(parsed));
            if (ids(parsed).stream().noneMatch(id -> remove.contains(id) || change.containsKey(id))) {
                out.add(text);
                continue;
            }
            JsonNode root = parsed.deepCopy();
            boolean changed = root instanceof ObjectNode object && patch(object, found);
            if (changed) {
                changedFiles.add(text.file());
                out.add(new DataText(text.file(), write(root)));
            } else {
                out.add(text);
            }
        }
        for (String id : remove) {
            if (!found.contains(id)) {
                problems.add(new InputProblem(removeAt, "cannot remove '" + id + "': no fact has this id"
                        + ClosestNames.hint(id, known)));
            }
        }
        for (String id : change.keySet()) {
            if (!found.contains(id)) {
                problems.add(new InputProblem(changeAt, "cannot change '" + id + "': no fact has this id"
                        + ClosestNames.hint(id, known)));
            }
        }
        if (added != null) {
            out.add(added);
        }
        return out;
    }

    /** The ids of the entries of every section of a facts file's tree. */
    private static List<String> ids(JsonNode root) {
        List<String> ids = new ArrayList<>();
        if (root instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> section : object.properties()) {
                for (JsonNode entry : section.getValue()) {
                    String id = entry.path("id").asText(null);
                    if (id != null && entry.isObject()) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private boolean patch(ObjectNode root, Set<String> found) {
        boolean changed = false;
        for (Map.Entry<String, JsonNode> section : root.properties()) {
            if (!(section.getValue() instanceof ArrayNode entries)) {
                continue;
            }
            for (Iterator<JsonNode> it = entries.iterator(); it.hasNext(); ) {
                JsonNode entry = it.next();
                String id = entry.path("id").asText(null);
                if (id == null || !(entry instanceof ObjectNode fields)) {
                    continue;
                }
                if (remove.contains(id)) {
                    it.remove();
                    found.add(id);
                    changed = true;
                } else if (change.containsKey(id)) {
                    change.get(id).properties().forEach(field -> {
                        if (field.getValue().isNull()) {
                            fields.remove(field.getKey());
                        } else {
                            fields.set(field.getKey(), field.getValue().deepCopy());
                        }
                    });
                    found.add(id);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The facts texts without entities and statements: the vocabulary and sources a minimal case builds on. */
    static List<DataText> definitionsOnly(List<DataText> texts) {
        List<DataText> out = new ArrayList<>();
        for (DataText text : texts) {
            JsonNode root = tree(text);
            if (root instanceof ObjectNode object && (object.has("entities") || object.has("statements"))) {
                object.remove("entities");
                object.remove("statements");
                out.add(new DataText(text.file(), write(object)));
            } else {
                out.add(text);
            }
        }
        return out;
    }

    /** Files up to the input file limit, as the loader reads them (SnakeYAML stops at 3 MB by default). */
    private static LoaderOptions largeFiles() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, InputFile.maxBytes()));
        return options;
    }

    static JsonNode tree(DataText text) {
        try {
            JsonNode root = YAML.readTree(text.text());
            return root == null ? YAML.createObjectNode() : root;
        } catch (JsonProcessingException e) {
            // A file that is not YAML is left as it is; the loader reports it with its place.
            return YAML.getNodeFactory().textNode(text.text());
        }
    }

    static String write(JsonNode root) {
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree could not be written back", e);
        }
    }
}
