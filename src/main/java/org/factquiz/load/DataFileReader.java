package org.factquiz.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factquiz.model.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML or JSON data file into a record type, turning every Jackson error into one
 * {@link InputProblem} with file:line:column and a plain description.
 */
public final class DataFileReader {
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.+)'");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.)'");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("\\(([-+]?[\\d.eE+-]+)\\)");
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("^Non-standard token '([^']+)'");
    /** Tags of the YAML core schema: they only say what a plain value already is. */
    private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");
    /** Built once: a mapper is thread-safe and costs milliseconds to set up. */
    private static final ObjectMapper YAML = mapper(YAMLFactory.builder()
            .loaderOptions(yamlLimits()).build());
    private static final ObjectMapper JSON = mapper(JsonFactory.builder().build());
    private final Path root;

    /** @param root paths in problems are shown relative to this folder's parent, as the user typed them */
    public DataFileReader(Path root) {
        this.root = root;
    }

    private static ObjectMapper mapper(JsonFactory factory) {
        return new ObjectMapper(factory)
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A key written twice (two 'object:' lines) would otherwise keep the last one silently.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .registerModule(FiniteNumbers.MODULE);
    }

    /** SnakeYAML's own limit on a document (3 MB by default) would refuse files below the input file limit. */
    private static LoaderOptions yamlLimits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, InputFile.maxBytes()));
        return options;
    }

    /** The parser settings for a file: strict JSON for {@code .json}, YAML for everything else. */
    private static ObjectMapper mapperFor(String name) {
        return isJson(name) ? JSON : YAML;
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The YAML and JSON files below {@code folder}, in path order. */
    public List<Path> dataFiles(Path folder) throws InputException {
        try (Stream<Path> walk = Files.walk(folder)) {
            // Anything named like a data file but a folder is read, so that a pipe, a device or a broken
            // link named *.yaml is reported instead of silently left out.
            return walk.filter(p -> !Files.isDirectory(p))
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

    /** The name users see for a file: relative to the working directory when possible. */
    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    public Path root() {
        return root;
    }

    /**
     * Reads a regular file; one below this reader's root folder must stay inside it after symbolic
     * links are followed (see {@link InputFile}).
     */
    public <T> ParsedFile<T> read(Path file, Class<T> type) throws InputException {
        return parse(file, text(file), type);
    }

    /** Reads a file the user named on the command line, which may be a stream such as {@code /dev/stdin}. */
    public <T> ParsedFile<T> readNamed(Path file, Class<T> type) throws InputException {
        try {
            return parse(file, InputFile.readNamed(file), type);
        } catch (InputFile.Unreadable e) {
            throw InputException.of(problem(file, e));
        }
    }

    /** The text of a data file as {@link #read} reads it. */
    public String text(Path file) throws InputException {
        try {
            Path folder = root.toAbsolutePath().normalize();
            boolean below = Files.isDirectory(folder) && file.toAbsolutePath().normalize().startsWith(folder);
            return below ? InputFile.readInside(file, root, "its folder " + displayName(root)) : InputFile.read(file);
        } catch (InputFile.Unreadable e) {
            throw InputException.of(problem(file, e));
        }
    }

    /** The problem of a file that cannot be read, at the bad byte when there is one. */
    public InputProblem problem(Path file, InputFile.Unreadable e) {
        return new InputProblem(new Location(displayName(file), e.line(), e.column()), "file " + e.reason());
    }

    /** Reads {@code text} as if it were the content of {@code file} (which need not exist as written). */
    public <T> ParsedFile<T> parse(Path file, String text, Class<T> type) throws InputException {
        String name = displayName(file);
        if (text.isBlank()) {
            throw InputException.of(new InputProblem(new Location(name, 1, 1), "file is empty"));
        }
        ObjectMapper mapper = mapperFor(name);
        // One pass: the places of values are recorded from the tokens the deserializer reads, since
        // parsing YAML is most of what loading a large fact base costs.
        try (PlaceRecorder parser = new PlaceRecorder(mapper.getFactory().createParser(text), name)) {
            if (parser.nextToken() == null) {
                throw InputException.of(new InputProblem(new Location(name, 1, 1),
                        "file is empty: it holds only comments"));
            }
            T content = mapper.readValue(parser, type);
            return new ParsedFile<>(name, content, parser.places);
        } catch (JsonProcessingException e) {
            throw InputException.of(describe(name, text, e));
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse text in memory: " + name, e);
        }
    }

    /**
     * Reads every token of {@code text}, and fails as {@link #parse} would on a malformed file. A
     * mapping error can come before a syntax error further on (an unclosed '[' is first a list where
     * a text belongs); the syntax error is what the editor must fix.
     */
    private void scan(String name, String text) throws IOException {
        try (PlaceRecorder parser = new PlaceRecorder(mapperFor(name).getFactory().createParser(text), name)) {
            while (parser.nextToken() != null) {
                continue;
            }
        }
    }

    /** The places of every value in {@code text}, read on their own: only needed to place an error. */
    private Map<String, Location> places(String name, String text) throws IOException {
        try (PlaceRecorder parser = new PlaceRecorder(mapperFor(name).getFactory().createParser(text), name)) {
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
        /** Where each list and mapping still open was opened, innermost last. */
        private final Deque<Location> open = new ArrayDeque<>();
        private final Deque<JsonToken> openTokens = new ArrayDeque<>();

        PlaceRecorder(JsonParser parser, String name) {
            super(parser);
            this.name = name;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token;
            try {
                token = delegate.nextToken();
            } catch (StreamConstraintsException e) {
                throw new Refused(this, limit(e), toLocation(name, delegate.currentLocation()));
            } catch (JsonProcessingException e) {
                throw unclosed(e);
            }
            if (token != null && token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                JsonStreamContext context = delegate.getParsingContext();
                String pointer = (token.isStructStart() ? context.getParent() : context).pathAsPointer().toString();
                Location location = toLocation(name, delegate.currentTokenLocation());
                places.putIfAbsent(pointer, location);
                if (delegate instanceof YAMLParser yaml) {
                    refuseAliasesAndTags(yaml, location);
                }
                if (token.isStructStart()) {
                    open.push(location);
                    openTokens.push(token);
                }
            } else if (token != null && token.isStructEnd() && !open.isEmpty()) {
                open.pop();
                openTokens.pop();
            }
            return token;
        }

        /**
         * YAML aliases ({@code *name}) reach Jackson as the text of their anchor's name: "chatbot" instead
         * of the value anchored as {@code &chatbot}. Refused rather than misread; an anchor alone is harmless.
         * Tags other than the core ones ask for types (Java classes) factquiz never makes.
         */
        private void refuseAliasesAndTags(YAMLParser yaml, Location location) throws IOException {
            if (yaml.isCurrentAlias()) {
                throw new Refused(this, "*" + yaml.getText() + " is a YAML alias: factquiz does not resolve aliases;"
                        + " write the value out here", location);
            }
            String tag = yaml.getTypeId();
            if (tag != null) {
                String core = tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length())
                        : tag.startsWith("!!") ? tag.substring(2) : null;
                if (core == null || !STANDARD_TAGS.contains(core)) {
                    throw new Refused(this, "the YAML tag '" + Excerpt.of(tag.replace("tag:yaml.org,2002:", "!!"))
                            + "' is not supported: facts are plain text, numbers, lists and mappings", location);
                }
            }
        }

        /** An error at the end of the file inside a '[' or '{' names where that was opened. */
        private JsonProcessingException unclosed(JsonProcessingException e) {
            boolean atEnd = e instanceof JsonEOFException || (e.getOriginalMessage() != null
                    && e.getOriginalMessage().contains("<stream end>") && e.getOriginalMessage().contains("flow"));
            MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
            if (yaml != null) {
                atEnd = yaml.getProblem() != null && yaml.getProblem().contains("<stream end>")
                        && yaml.getContext() != null && yaml.getContext().contains("flow");
            }
            if (!atEnd || open.isEmpty()) {
                return e;
            }
            boolean list = openTokens.peek() == JsonToken.START_ARRAY;
            return new Refused(this, "the file ends inside the '" + (list ? "[" : "{") + "' opened here: it is never"
                    + " closed with '" + (list ? "]" : "}") + "'", open.peek());
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

    /** A problem factquiz itself finds while reading the tokens, with its own message and place. */
    private static final class Refused extends JsonParseException {
        private final Location place;

        Refused(JsonParser parser, String message, Location place) {
            super(parser, message);
            this.place = place;
        }
    }

    private static Location toLocation(String name, JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return new Location(name, 1, 1);
        }
        return new Location(name, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private InputProblem describe(String name, String text, JsonProcessingException e) {
        if (e instanceof JsonMappingException) {
            try {
                scan(name, text);
            } catch (JsonProcessingException syntax) {
                if (!DUPLICATE_FIELD.matcher(firstLine(syntax.getOriginalMessage())).matches()) {
                    return describe(name, text, syntax);
                }
            } catch (IOException | RuntimeException unreadable) {
                // the mapping error is all there is to say
            }
        }
        Refused refused = cause(e, Refused.class);
        if (refused != null) {
            return new InputProblem(refused.place, refused.getOriginalMessage());
        }
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            return new InputProblem(toLocation(name, e.getLocation()), limit(limit));
        }
        Location where = exactPlace(name, text, e);
        InputCoercionException range = cause(e, InputCoercionException.class);
        if (range != null) {
            return new InputProblem(where, "the number " + Excerpt.of(text(range)) + " is too large here: "
                    + (range.getTargetType() == Integer.TYPE || range.getTargetType() == Integer.class
                    ? "it must be a whole number up to 2147483647" : "it is out of range"));
        }
        FiniteNumbers.NotFinite notFinite = cause(e, FiniteNumbers.NotFinite.class);
        if (notFinite != null) {
            String field = fieldPath(notFinite);
            return new InputProblem(where, (field.isEmpty() ? "" : "field '" + field + "': ") + "'"
                    + Excerpt.of(notFinite.text()) + "' is not a finite number: write a number such as 60,"
                    + " with 'scale' (million, billion) for large ones");
        }
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
            return new InputProblem(field != null ? field : where, "unknown field '" + Excerpt.of(unknown.getPropertyName()) + "'"
                    + (!hint.isEmpty() || known.isEmpty() ? hint : "; expected one of: " + String.join(", ", known)));
        }
        if (e instanceof InvalidFormatException invalid) {
            return new InputProblem(where, "field '" + fieldPath(invalid) + "': '" + Excerpt.of(String.valueOf(invalid.getValue()))
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
        if (isJson(name)) {
            return json(name, text, where, e);
        }
        return new InputProblem(where, "malformed " + format(name) + ": " + firstLine(e.getOriginalMessage()));
    }

    /** A JSON syntax error in the words of someone who wrote JSON by hand, not of the parser's options. */
    private static InputProblem json(String name, String text, Location where, JsonProcessingException e) {
        String message = firstLine(e.getOriginalMessage());
        long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(message);
        if (unexpected.find()) {
            char found = unexpected.group(1).charAt(0);
            int before = offset > 0 && offset <= text.length() ? lastNonBlank(text, (int) offset - 1) : -1;
            if ((found == ']' || found == '}') && before >= 0 && text.charAt(before) == ',') {
                return new InputProblem(placeOf(name, text, before), "malformed JSON: a comma before '" + found
                        + "': JSON allows no comma after the last entry");
            }
            if (found == '\'') {
                return new InputProblem(where, "malformed JSON: names and texts take double quotes (\") in JSON,"
                        + " not single ones");
            }
            if (found == '/' || found == '#') {
                return new InputProblem(where, "malformed JSON: JSON has no comments (write the file as YAML,"
                        + " .yaml, to keep them)");
            }
        }
        if (message.contains("was expecting comma to separate")) {
            return new InputProblem(where, "malformed JSON: a comma is missing before this");
        }
        Matcher token = NON_STANDARD_TOKEN.matcher(message);
        if (token.find()) {
            // The parser's place is after the word; the editor needs its start.
            Location start = offset >= token.group(1).length() && offset <= text.length()
                    ? placeOf(name, text, (int) offset - token.group(1).length()) : where;
            return new InputProblem(start, "malformed JSON: " + token.group(1) + " is not a number JSON allows;"
                    + " write a finite number");
        }
        return new InputProblem(where, "malformed JSON: " + message.replaceAll(" \\(code \\d+\\)", "")
                .replaceAll(":? ?(enable|maybe a) .*$", ""));
    }

    private static int lastNonBlank(String text, int from) {
        int i = Math.min(from, text.length() - 1);
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The line and column of character {@code offset} of {@code text}. */
    private static Location placeOf(String name, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(name, line, text.codePointCount(lineStart, offset) + 1);
    }

    private static String format(String name) {
        return isJson(name) ? "JSON" : "YAML";
    }

    /** A parser limit in the user's words: none of them is near what a real file needs. */
    private static String limit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "lists and mappings are nested more than " + StreamReadConstraints.DEFAULT_MAX_DEPTH
                    + " levels deep here; facts files need a few levels";
        }
        if (message.contains("String value length")) {
            return "a text is longer than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN
                    + " characters here; facts hold sentences, not books";
        }
        if (message.contains("Number value length")) {
            return "a number has more than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits here";
        }
        if (message.contains("Name length")) {
            return "a field name is longer than " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters here";
        }
        return "the file exceeds a limit of the parser: " + firstLine(message);
    }

    /** The number an out-of-range error is about, as the parser quotes it: "Numeric value (99999999999) out of range". */
    private static String text(InputCoercionException e) {
        Matcher number = QUOTED_NUMBER.matcher(String.valueOf(e.getOriginalMessage()));
        return number.find() ? number.group(1) : "";
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").strip();
    }

    /** Where the field name at {@code pointer} is written the n-th time, or null when it cannot be found. */
    private Location fieldNameLocation(String name, String text, String pointer, int occurrence) {
        JsonFactory lenient = mapperFor(name).getFactory().copy().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
