package org.factquiz.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factquiz.model.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML or JSON data file into a record type, turning every Jackson error into one
 * {@link InputProblem} with file:line:column and a plain description.
 */
public final class DataFileReader {
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.+)'");
    private final ObjectMapper mapper;
    private final Path root;

    /** @param root paths in problems are shown relative to this folder's parent, as the user typed them */
    public DataFileReader(Path root) {
        this.root = root;
        this.mapper = new ObjectMapper(YAMLFactory.builder().build())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A key written twice (two 'object:' lines) would otherwise keep the last one silently.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The name users see for a file: relative to the working directory when possible. */
    /** The YAML and JSON files below {@code folder}, in path order. */
    public List<Path> dataFiles(Path folder) throws InputException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(displayName(folder), 0, 0),
                    "cannot list folder: " + e.getMessage()));
        }
    }

    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    public Path root() {
        return root;
    }

    public <T> ParsedFile<T> read(Path file, Class<T> type) throws InputException {
        String name = displayName(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(new InputProblem(new Location(name, 0, 0), "file not found"));
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(name, 0, 0), "cannot read file: " + e.getMessage()));
        }
        return parse(file, text, type);
    }

    /** Reads {@code text} as if it were the content of {@code file} (which need not exist as written). */
    public <T> ParsedFile<T> parse(Path file, String text, Class<T> type) throws InputException {
        String name = displayName(file);
        if (text.isBlank()) {
            throw InputException.of(new InputProblem(new Location(name, 1, 1), "file is empty"));
        }
        // One pass: the places of values are recorded from the tokens the deserializer reads, since
        // parsing YAML is most of what loading a large fact base costs.
        try (PlaceRecorder parser = new PlaceRecorder(mapper.getFactory().createParser(text), name)) {
            T content = mapper.readValue(parser, type);
            return new ParsedFile<>(name, content, parser.places);
        } catch (JsonProcessingException e) {
            throw InputException.of(describe(name, text, e));
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse text in memory: " + name, e);
        }
    }

    /** The places of every value in {@code text}, read on their own: only needed to place an error. */
    private Map<String, Location> places(String name, String text) throws IOException {
        try (PlaceRecorder parser = new PlaceRecorder(mapper.getFactory().createParser(text), name)) {
            while (parser.nextToken() != null) {
                continue;
            }
            return parser.places;
        }
    }

    /**
     * Hands the tokens of a file to the deserializer and notes where each value starts, keyed by
     * JSON pointer ({@code /statements/3/subject}; an object or list by its own pointer). Every way
     * of advancing goes through {@link #nextToken}, so no token escapes being noted.
     */
    private static final class PlaceRecorder extends JsonParserDelegate {
        private final String name;
        private final Map<String, Location> places = new HashMap<>();

        PlaceRecorder(JsonParser parser, String name) {
            super(parser);
            this.name = name;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token != null && token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                JsonStreamContext context = delegate.getParsingContext();
                String pointer = (token.isStructStart() ? context.getParent() : context).pathAsPointer().toString();
                places.putIfAbsent(pointer, toLocation(name, delegate.currentTokenLocation()));
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString expected) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && expected.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            if (currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY) {
                int open = 1;
                while (open > 0) {
                    JsonToken token = nextToken();
                    if (token == null) {
                        break;
                    }
                    if (token.isStructStart()) {
                        open++;
                    } else if (token.isStructEnd()) {
                        open--;
                    }
                }
            }
            return this;
        }
    }

    private static Location toLocation(String name, JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return new Location(name, 1, 1);
        }
        return new Location(name, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private InputProblem describe(String name, String text, JsonProcessingException e) {
        Location where = exactPlace(name, text, e);
        MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
        if (yaml != null && yaml.getProblemMark() != null) {
            // SnakeYAML knows where the problem is better than the location Jackson passes on.
            Mark problem = yaml.getProblemMark();
            Mark context = yaml.getContextMark();
            String during = yaml.getContext() == null || context == null ? ""
                    : " (" + yaml.getContext().strip() + " from line " + (context.getLine() + 1) + ")";
            return new InputProblem(new Location(name, problem.getLine() + 1, problem.getColumn() + 1),
                    "malformed " + format(name) + ": " + oneLine(yaml.getProblem()) + during);
        }
        Matcher duplicate = DUPLICATE_FIELD.matcher(firstLine(e.getOriginalMessage()));
        if (duplicate.matches() && e instanceof JsonMappingException mapping) {
            Location second = fieldNameLocation(name, text, pointer(mapping) + "/" + duplicate.group(1), 2);
            return new InputProblem(second != null ? second : where,
                    "field '" + duplicate.group(1) + "' is written twice");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = new ArrayList<>();
            if (unknown.getKnownPropertyIds() != null) {
                unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            }
            known.sort(null);
            String hint = ClosestNames.hint(unknown.getPropertyName(), known);
            // Jackson places this error after the field; editors need the field's own line.
            Location field = fieldNameLocation(name, text, pointer(unknown), 1);
            return new InputProblem(field != null ? field : where, "unknown field '" + unknown.getPropertyName() + "'"
                    + (!hint.isEmpty() || known.isEmpty() ? hint : "; expected one of: " + String.join(", ", known)));
        }
        if (e instanceof InvalidFormatException invalid) {
            return new InputProblem(where, "field '" + fieldPath(invalid) + "': '" + invalid.getValue()
                    + "' is not " + article(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = fieldPath(mismatched);
            Class<?> target = mismatched.getTargetType();
            return new InputProblem(where, (field.isEmpty() ? "value" : "field '" + field + "'")
                    + " has the wrong type: expected " + article(target));
        }
        if (e instanceof JsonMappingException mapping) {
            return new InputProblem(where, firstLine(mapping.getOriginalMessage()));
        }
        return new InputProblem(where, "malformed " + format(name) + ": " + firstLine(e.getOriginalMessage()));
    }

    /** JSON files are read by the YAML parser too (JSON is YAML), but their editors think in JSON. */
    private static String format(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").strip();
    }

    /** Where the field name at {@code pointer} is written the n-th time, or null when it cannot be found. */
    private Location fieldNameLocation(String name, String text, String pointer, int occurrence) {
        JsonFactory lenient = mapper.getFactory().copy().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        int seen = 0;
        try (JsonParser parser = lenient.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME
                        && parser.getParsingContext().pathAsPointer().toString().equals(pointer)
                        && ++seen == occurrence) {
                    return toLocation(name, parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String pointer(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer = ref.getFieldName() != null ? pointer.appendProperty(ref.getFieldName())
                    : pointer.appendIndex(Math.max(0, ref.getIndex()));
        }
        return pointer.toString();
    }

    /**
     * Where the value the error is about is written. Jackson reports a mapping error where it
     * stopped reading, which for a record is after the whole entry; the error's path names the
     * field, whose place the file's own token positions give exactly.
     */
    private Location exactPlace(String name, String text, JsonProcessingException e) {
        Location reported = toLocation(name, e.getLocation());
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return reported;
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
            }
        }
        try {
            Location exact = places(name, text).get(pointer.toString());
            return exact != null ? exact : reported;
        } catch (IOException | RuntimeException unreadable) {
            return reported;
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String article(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == double.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (key: value lines)";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable");
        return line.replaceAll("\\s*at \\[Source:.*$", "");
    }
}
