package org.factquiz.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.factquiz.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas editors get completion from stay in step with the loaders: every field a
 * loader reads is in the schema and the schema has no field the loader would reject, unknown
 * fields are errors in both, every shipped file validates and names its schema.
 */
class DataSchemasTest {
    private static final Path FACTS_SCHEMA = Path.of("docs/schema/facts.schema.json");
    private static final Path TESTS_SCHEMA = Path.of("docs/schema/rule-tests.schema.json");

    @Test
    void factsSchemaHasExactlyTheFieldsTheFactsLoaderReads() throws Exception {
        assertSameFields(FACTS_SCHEMA, schema(FACTS_SCHEMA), Class.forName("org.factquiz.load.FactsFile"), "");
    }

    @Test
    void ruleTestSchemaHasExactlyTheFieldsTheRuleTestReaderReads() throws Exception {
        assertSameFields(TESTS_SCHEMA, schema(TESTS_SCHEMA), Class.forName("org.factquiz.ruletest.RuleTestFile"), "");
    }

    @Test
    void everyShippedFactsFileValidatesAndNamesItsSchema() throws IOException {
        for (Path file : yamlFiles(Path.of("facts"))) {
            String text = Files.readString(file);
            assertThat(SchemaCheck.errors(FACTS_SCHEMA, text, InputFormat.YAML)).as(file.toString()).isEmpty();
            // Last, not first: the language server reads the line anywhere, and facts keep their line numbers.
            assertThat(text.lines().reduce((a, b) -> b).orElse("")).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=" + relative(file, FACTS_SCHEMA));
        }
    }

    @Test
    void everyShippedRuleTestFileValidatesAndNamesItsSchema() throws IOException {
        for (Path file : yamlFiles(Path.of("rules/tests"))) {
            String text = Files.readString(file);
            assertThat(SchemaCheck.errors(TESTS_SCHEMA, text, InputFormat.YAML)).as(file.toString()).isEmpty();
            assertThat(text.lines().findFirst().orElse("")).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=" + relative(file, TESTS_SCHEMA));
        }
    }

    @Test
    void misspeltFieldIsAnErrorInTheSchemaAsInTheLoader() {
        String text = """
                statements:
                  - id: x
                    kind: quantity
                    subject: doubao
                    measure: monthly-active-users
                    valeu: 1
                    unit: users
                    sentence: 1
                """;

        assertThat(SchemaCheck.errors(FACTS_SCHEMA, text, InputFormat.YAML))
                .anySatisfy(e -> assertThat(e).contains("valeu"))
                .anySatisfy(e -> assertThat(e).contains("value"));
    }

    @Test
    void addedFactsInARuleTestAreCheckedAgainstTheFactsSchema() {
        String text = """
                cases:
                  - name: x
                    patch:
                      add:
                        entities:
                          - {id: kimi, typ: chatbot}
                """;

        assertThat(SchemaCheck.errors(TESTS_SCHEMA, text, InputFormat.YAML)).anySatisfy(e -> assertThat(e).contains("typ"));
    }

    /**
     * The properties the schema allows at {@code node} (following $ref) against the components
     * of {@code type}, then the same for every record type inside.
     */
    private static void assertSameFields(Path file, JsonNode root, Class<?> type, String where) throws IOException {
        JsonNode node = resolve(file, root, where);
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.add(kebab(component.getName()));
        }
        assertThat(node.path("additionalProperties").asBoolean(true)).as(type + ": unknown fields are errors").isFalse();
        TreeSet<String> allowed = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(allowed::add);
        assertThat(allowed).as(type.getName()).isEqualTo(new TreeSet<>(fields));
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> inner = recordInside(component.getGenericType());
            if (inner != null) {
                String property = where + "/properties/" + kebab(component.getName());
                JsonNode schema = resolve(file, root, property);
                String next = schema.has("items") ? property + "/items" : property;
                assertSameFields(file, root, inner, pointer(file, root, next));
            }
        }
    }

    /** The JSON pointer where the schema at {@code pointer} is defined, after following $ref within the file. */
    private static String pointer(Path file, JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        while (node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
            pointer = node.get("$ref").asText().substring(1);
            node = root.at(pointer);
        }
        return pointer;
    }

    private static JsonNode resolve(Path file, JsonNode root, String pointer) {
        return root.at(pointer(file, root, pointer));
    }

    private static Class<?> recordInside(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return null;
        }
        return null;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static JsonNode schema(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static String relative(Path file, Path schema) {
        return file.getParent().relativize(schema).toString().replace('\\', '/');
    }
}
