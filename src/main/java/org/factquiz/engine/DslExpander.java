package org.factquiz.engine;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultDSLMapping;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.InputException;
import org.factquiz.load.InputFile;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Turns the {@code .dslr} files of a rules folder into DRL with Drools' own DSL expander and the
 * {@code .dsl} mappings of the same folder, so editors can write rules as English sentences.
 *
 * <p>Every expanded file has its lines where the editor wrote them, so a compile error names the
 * {@code .dslr} line. Drools' expander joins a {@code - ...} constraint line into the pattern above
 * it and drops block comments; both are put back as blank lines. A sentence no mapping matches is
 * reported at its line with the closest sentence the mappings know.
 */
public final class DslExpander {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern BODY_START = Pattern.compile("^\\s*when\\b.*");
    private static final Pattern BODY_END = Pattern.compile("^\\s*end\\b.*");
    private static final Pattern LINE_COMMENT = Pattern.compile("^\\s*(//|#).*");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final Pattern VARIABLE_USE = Pattern.compile("\\$\\w+|\"[^\"]*\"|\\b\\d+(\\.\\d+)?\\b");
    private static final Pattern UNABLE = Pattern.compile("^(?:\\[\\d+]\\s*)?Unable to expand:\\s*(.*)$", Pattern.DOTALL);

    private final DSLMapping mapping;
    private final List<String> sentences;

    private DslExpander(DSLMapping mapping) {
        this.mapping = mapping;
        Set<String> known = new LinkedHashSet<>();
        for (DSLMappingEntry entry : mapping.getEntries()) {
            known.add(readable(entry.getMappingKey()));
        }
        this.sentences = List.copyOf(known);
    }

    /**
     * Expands every {@code .dslr} file below {@code folder}, in path order, with all {@code .dsl}
     * files below it. Returns no sources when the folder has no {@code .dslr} file.
     */
    public static List<RuleSource> expandFolder(Path folder) throws InputException {
        return expandFolder(folder, RuleCache.configured());
    }

    /**
     * The {@code .dslr} files of {@code folder} (a fact base's own rules) expanded with the
     * mappings of {@code mappingsFolder} (the shipped rules' {@code .dsl}) and any of its own.
     */
    public static List<RuleSource> expandFolder(Path folder, Path mappingsFolder) throws InputException {
        List<Path> mappings = new ArrayList<>(files(mappingsFolder, ".dsl"));
        return expandFolder(folder, mappings, RuleCache.configured());
    }

    /** The same, keeping expansions in {@code cache} (when it has a folder) for the next run. */
    static List<RuleSource> expandFolder(Path folder, RuleCache cache) throws InputException {
        return expandFolder(folder, List.of(), cache);
    }

    private static List<RuleSource> expandFolder(Path folder, List<Path> moreMappings, RuleCache cache)
            throws InputException {
        List<Path> dsl = new ArrayList<>(moreMappings);
        dsl.addAll(files(folder, ".dsl"));
        List<Path> dslr = files(folder, ".dslr");
        if (dslr.isEmpty()) {
            return List.of();
        }
        List<InputProblem> problems = new ArrayList<>();
        if (dsl.isEmpty()) {
            throw InputException.of(new InputProblem(new Location(display(dslr.get(0)), 0, 0),
                    "a .dslr rule file needs a .dsl mapping in the rules folder, and there is none"));
        }
        // The written texts decide the expansion; when it was kept before, the DSL parser is not needed.
        List<String> written = new ArrayList<>();
        for (Path file : dsl) {
            written.add(file.startsWith(folder) ? folder.relativize(file).toString() : "mapping " + file.getFileName());
            written.add(String.valueOf(read(file, file.startsWith(folder) ? folder : file.getParent(), problems)));
        }
        List<String> dslrTexts = new ArrayList<>();
        for (Path file : dslr) {
            String text = read(file, folder, problems);
            dslrTexts.add(text);
            written.add(folder.relativize(file).toString());
            written.add(String.valueOf(text));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        String key = RuleCache.expansionKey(written);
        List<String> kept = cache.expanded(key).filter(texts -> texts.size() == dslr.size()).orElse(null);
        List<RuleSource> sources = new ArrayList<>();
        DslExpander expander = kept == null ? of(folder, dsl, problems) : null;
        for (int i = 0; i < dslr.size(); i++) {
            Path file = dslr.get(i);
            String relative = folder.relativize(file).toString().replace('\\', '/');
            sources.add(kept != null ? new RuleSource(display(file), relative + ".drl", kept.get(i), dslrTexts.get(i))
                    : expander.expand(display(file), relative + ".drl", dslrTexts.get(i), problems));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (kept == null) {
            cache.keepExpanded(key, sources.stream().map(RuleSource::text).toList());
        }
        return sources;
    }

    /** Reads the mappings; entries with longer sentences come first, so the most specific sentence wins. */
    static DslExpander of(Path folder, List<Path> dslFiles, List<InputProblem> problems) {
        List<DSLMappingEntry> entries = new ArrayList<>();
        for (Path file : dslFiles) {
            String text = read(file, folder, problems);
            if (text == null) {
                continue;
            }
            DSLTokenizedMappingFile parsed = new DSLTokenizedMappingFile();
            try {
                parsed.parseAndLoad(new StringReader(text));
            } catch (IOException e) {
                throw new IllegalStateException("reading from a string failed", e);
            }
            for (KnowledgeBuilderResult error : parsed.getErrors()) {
                problems.add(mappingProblem(display(file), text, error));
            }
            entries.addAll(parsed.getMapping().getEntries());
        }
        entries.sort(Comparator.comparingInt((DSLMappingEntry e) -> -e.getMappingKey().length()));
        DefaultDSLMapping mapping = new DefaultDSLMapping();
        entries.forEach(mapping::addEntry);
        return new DslExpander(mapping);
    }

    /** Expands one {@code .dslr} text; problems are added, and the text returned is then unusable. */
    RuleSource expand(String file, String path, String written, List<InputProblem> problems) {
        String prepared = prepare(written);
        DefaultExpander expander = new DefaultExpander();
        expander.addDSLMapping(mapping);
        String expanded = realign(prepared, expander.expand(prepared));
        String[] lines = written.split("\r?\n", -1);
        for (ExpanderException error : expander.getErrors()) {
            problems.add(expansionProblem(file, lines, error));
        }
        return new RuleSource(file, path, expanded, written);
    }

    /** The sentences the mappings know, as editors write them ({@code {q}} for a variable). */
    public List<String> sentences() {
        return sentences;
    }

    /**
     * Blanks what Drools' expander would drop or mangle, keeping every line: block comments
     * (replaced by their line breaks) and comment lines inside rules (which it glues onto the
     * line before when they follow {@code then}).
     */
    private static String prepare(String written) {
        Matcher blocks = BLOCK_COMMENT.matcher(written.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder();
        while (blocks.find()) {
            blocks.appendReplacement(out, blocks.group().replaceAll("[^\n]", ""));
        }
        blocks.appendTail(out);
        String[] lines = out.toString().split("\n", -1);
        boolean inRule = false;
        for (int i = 0; i < lines.length; i++) {
            if (BODY_START.matcher(lines[i]).matches()) {
                inRule = true;
            } else if (BODY_END.matcher(lines[i]).matches()) {
                inRule = false;
            } else if (inRule && LINE_COMMENT.matcher(lines[i]).matches()) {
                lines[i] = "";
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Puts a blank line back wherever the expander joined a {@code - constraint} line into the
     * pattern above, so every later line keeps its number.
     */
    private static String realign(String prepared, String expanded) {
        String[] before = prepared.split("\n", -1);
        String[] after = expanded.replace("\r\n", "\n").split("\n", -1);
        List<String> out = new ArrayList<>();
        int j = 0;
        for (String line : before) {
            boolean joined = line.strip().startsWith("-") && (j >= after.length || !after[j].equals(line));
            if (joined) {
                out.add("");
            } else if (j < after.length) {
                out.add(after[j++]);
            }
        }
        while (j < after.length) {
            out.add(after[j++]);
        }
        while (out.size() > before.length && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    private InputProblem expansionProblem(String file, String[] lines, ExpanderException error) {
        int line = Math.max(0, error.getLine());
        String written = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        int column = written.length() - written.stripLeading().length() + 1;
        Location where = new Location(file, line, line > 0 ? column : 0);
        Matcher unable = UNABLE.matcher(error.getMessage());
        if (unable.matches()) {
            String sentence = unable.group(1).strip();
            return new InputProblem(where, "no sentence of the DSL mapping matches \"" + sentence + "\""
                    + closest(sentence) + "; write a sentence from the .dsl file, or start the line with '>'"
                    + " to write plain DRL");
        }
        return new InputProblem(where, "cannot expand: " + error.getMessage().replaceFirst("^\\[\\d+]\\s*", ""));
    }

    private String closest(String sentence) {
        String normalised = VARIABLE_USE.matcher(sentence).replaceAll("{}");
        List<String> shapes = sentences.stream().map(s -> VARIABLE.matcher(s).replaceAll("{}")).toList();
        return ClosestNames.closest(normalised, shapes)
                .map(shape -> " (did you mean \"" + sentences.get(shapes.indexOf(shape)) + "\"?)")
                .orElse("");
    }

    private static InputProblem mappingProblem(String file, String text, KnowledgeBuilderResult error) {
        int line = error.getLines() != null && error.getLines().length > 0 ? Math.max(0, error.getLines()[0]) : 0;
        int column = error instanceof ParserError parser ? Math.max(0, parser.getCol()) + 1 : 1;
        String[] lines = text.split("\r?\n", -1);
        String written = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        String message = error.getMessage() == null ? "" : error.getMessage().replaceFirst("^\\[\\d+,\\d+]:\\s*", "");
        return new InputProblem(new Location(file, line, line > 0 ? column : 0),
                "DSL mapping cannot be read (" + message + "): " + written
                        + " — write [when] or [then], the sentence, '=' and the DRL; commas are not allowed in a"
                        + " sentence");
    }

    private static String readable(String key) {
        return VARIABLE.matcher(key).replaceAll("{$1}").replaceAll("\\s+", " ").strip();
    }

    private static List<Path> files(Path folder, String extension) throws InputException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(display(folder), 0, 0),
                    "cannot read rules: " + e.getMessage()));
        }
    }

    private static String read(Path file, Path folder, List<InputProblem> problems) {
        try {
            return InputFile.readInside(file, folder, RuleBase.RULES_FOLDER);
        } catch (InputFile.Unreadable e) {
            problems.add(new InputProblem(new Location(display(file), e.line(), e.column()), "file " + e.reason()));
            return null;
        }
    }

    private static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
