package org.factquiz;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON and YAML documents against a JSON Schema file with the networknt validator. */
public final class SchemaCheck {
    /** Loads schema files from disk (and only from disk: nothing is fetched from the network). */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources()
                    .allow(iri -> iri.toString().startsWith("file:"))));

    private SchemaCheck() {
    }

    /** The schema violations of {@code document}, one line each; empty when it is valid. */
    public static List<String> errors(Path schema, String document, InputFormat format) {
        Schema loaded = REGISTRY.getSchema(SchemaLocation.of(schema.toAbsolutePath().toUri().toString()));
        return loaded.validate(document, format).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }
}
