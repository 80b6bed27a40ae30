package org.factquiz.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/fsrs-reference.mjs}: the scenarios go to ts-fsrs (node_modules, from
 * package.json; {@code bin/test} installs it), the schedules it computes come back as JSON.
 */
final class TsFsrsReference {
    static final Path SCRIPT = Path.of("src/test/node/fsrs-reference.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TsFsrsReference() {
    }

    static JsonNode schedules(JsonNode scenarios) throws IOException, InterruptedException {
        if (!Files.isDirectory(Path.of("node_modules/ts-fsrs"))) {
            throw new IllegalStateException("node_modules/ts-fsrs is missing: run bin/test, or npm ci, at the repository root");
        }
        Process node = new ProcessBuilder("node", SCRIPT.toString()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(node.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(node.getErrorStream()));
        try (OutputStream in = node.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(scenarios));
        }
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new IllegalStateException("node " + SCRIPT + " did not finish within a minute");
        }
        if (node.exitValue() != 0) {
            throw new IllegalStateException("node " + SCRIPT + " failed: " + new String(err.join(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(out.join());
    }

    private static byte[] readAll(java.io.InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
