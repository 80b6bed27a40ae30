package org.factquiz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims files of a chosen number of sentences for bench/check-sentences, from the sentences of a
 * claims table (each with its expected verdict), taken in order and repeated until there are
 * enough: {@code ClaimSentences TABLE COUNT OUT}.
 */
public final class ClaimSentences {
    private ClaimSentences() {
    }

    public static void main(String[] args) throws IOException {
        Path table = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Map<String, String>> sentences = new ArrayList<>();
        for (JsonNode entry : yaml.readTree(table.toFile()).path("claims")) {
            if (entry.has("text")) {
                Map<String, String> claim = new LinkedHashMap<>();
                claim.put("text", entry.path("text").asText());
                claim.put("expect", entry.path("expect").asText());
                sentences.add(claim);
            }
        }
        List<Map<String, String>> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> claim = new LinkedHashMap<>(sentences.get(i % sentences.size()));
            claim.put("id", "claim-" + (i + 1));
            claims.add(claim);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, yaml.writeValueAsString(Map.of("claims", claims)), StandardCharsets.UTF_8);
    }
}
