package org.factquiz.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;

/**
 * The facts files of a folder as YAML trees, read leniently: for tools that help while the facts
 * do not load yet (a file that is not valid YAML is skipped; the loader reports it with its place).
 * The folder's own rules ({@code rules/}) are not facts and are left out.
 */
final class FactsTrees {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FactsTrees() {
    }

    /** Each readable facts file below {@code folder} and its tree, in path order. */
    static Map<Path, JsonNode> read(Path folder) throws InputException {
        Path domainRules = folder.resolve(FactsLoader.DOMAIN_RULES);
        Map<Path, JsonNode> trees = new LinkedHashMap<>();
        for (Path file : new DataFileReader(folder).dataFiles(folder)) {
            if (file.startsWith(domainRules)) {
                continue;
            }
            try {
                JsonNode root = YAML.readTree(file.toFile());
                if (root != null) {
                    trees.put(file, root);
                }
            } catch (IOException e) {
                // Not valid YAML: nothing to read from it here.
            }
        }
        return trees;
    }
}
