package org.factquiz.draft;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.load.ParsedFile;
import org.factquiz.model.FactBase;
import org.factquiz.model.Location;

/**
 * The editors' configuration of draft checks, {@code .factquiz.yaml} (or {@code .yml}) in the
 * working folder or the nearest folder above it, up to the repository root: what to leave alone.
 *
 * <pre>
 * text:
 *   ignore:
 *     - paths: ["archive/**"]                     # drafts not checked at all
 *     - sentence: "^Laut Gerüchten"               # a regular expression a sentence contains
 *       reason: rumours are quoted as rumours
 *     - facts: [a-fact-id]                        # flags resting on these facts
 *     - checks: [overstated]                      # refuted, conflict, overstated
 *       paths: ["interviews/*.md"]
 * </pre>
 *
 * An entry holds when all its fields hold; paths are globs relative to the file's folder, and a
 * glob without '/' matches a file name anywhere.
 */
public record DraftConfig(String file, Path folder, List<Entry> ignore) {
    static final List<String> NAMES = List.of(".factquiz.yaml", ".factquiz.yml");
    public static final DraftConfig NONE = new DraftConfig(null, Path.of("."), List.of());

    public DraftConfig {
        ignore = List.copyOf(ignore);
    }

    /** One {@code ignore} entry, with its place in the file. */
    public record Entry(List<String> paths, Pattern sentence, Set<String> facts, Set<DraftCheckKind> checks,
                        String reason, Location location) {
        public Entry {
            paths = List.copyOf(paths);
            facts = Set.copyOf(facts);
            checks = checks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checks));
            reason = reason == null ? "" : reason;
        }

        /** An entry of nothing but paths leaves those drafts out altogether. */
        public boolean skipsWholeDrafts() {
            return !paths.isEmpty() && sentence == null && facts.isEmpty() && checks.isEmpty();
        }
    }

    /** The file's shape, as Jackson binds it. */
    record FileShape(Text text) {
        record Text(List<IgnoreShape> ignore) {
        }

        record IgnoreShape(List<String> paths, String sentence, List<String> facts, List<String> checks,
                           String reason) {
        }
    }

    /** The configuration file for a run started in {@code folder}: the nearest one above it, if any. */
    public static Optional<Path> find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Reads and checks a configuration file: every problem with its line and column. */
    public static DraftConfig load(Path path, FactBase facts) throws InputException {
        DataFileReader reader = new DataFileReader(Path.of("."));
        // Read once, as every input is (a regular file, the size limit, strict UTF-8); an empty file
        // is a configuration that leaves nothing out.
        String text = reader.text(path);
        if (text.isBlank()) {
            return new DraftConfig(reader.displayName(path), path.toAbsolutePath().normalize().getParent(), List.of());
        }
        ParsedFile<FileShape> parsed = reader.parse(path, text, FileShape.class);
        List<InputProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<FileShape.IgnoreShape> shapes = parsed.content() == null || parsed.content().text() == null
                || parsed.content().text().ignore() == null ? List.of() : parsed.content().text().ignore();
        Set<String> factIds = new java.util.HashSet<>();
        facts.statements().forEach(s -> factIds.add(s.id()));
        for (int i = 0; i < shapes.size(); i++) {
            FileShape.IgnoreShape shape = shapes.get(i);
            String at = "/text/ignore/" + i;
            Location location = parsed.at(at);
            if (shape == null) {
                continue;
            }
            Pattern sentence = null;
            if (shape.sentence() != null) {
                try {
                    sentence = Pattern.compile(shape.sentence());
                } catch (PatternSyntaxException e) {
                    problems.add(new InputProblem(parsed.at(at + "/sentence"), "not a regular expression: "
                            + e.getDescription() + " near index " + e.getIndex()));
                }
            }
            List<String> paths = shape.paths() == null ? List.of() : shape.paths();
            for (int p = 0; p < paths.size(); p++) {
                try {
                    matcher(paths.get(p));
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(parsed.at(at + "/paths/" + p), "not a glob: " + e.getMessage()));
                }
            }
            List<String> ids = shape.facts() == null ? List.of() : shape.facts();
            for (int f = 0; f < ids.size(); f++) {
                if (!factIds.contains(ids.get(f))) {
                    problems.add(new InputProblem(parsed.at(at + "/facts/" + f), "unknown fact '" + ids.get(f) + "'"
                            + ClosestNames.hint(ids.get(f), factIds)));
                }
            }
            Set<DraftCheckKind> checks = EnumSet.noneOf(DraftCheckKind.class);
            List<String> checkNames = shape.checks() == null ? List.of() : shape.checks();
            for (int c = 0; c < checkNames.size(); c++) {
                DraftCheckKind kind = DraftCheckKind.byId(checkNames.get(c));
                if (kind == null) {
                    problems.add(new InputProblem(parsed.at(at + "/checks/" + c), "unknown check '" + checkNames.get(c)
                            + "'; expected one of: refuted, conflict, overstated"));
                } else {
                    checks.add(kind);
                }
            }
            if (paths.isEmpty() && shape.sentence() == null && ids.isEmpty() && checkNames.isEmpty()) {
                problems.add(new InputProblem(location, "an ignore entry needs 'paths', 'sentence', 'facts' or"
                        + " 'checks'"));
                continue;
            }
            entries.add(new Entry(paths, sentence, Set.copyOf(ids), checks, shape.reason(), location));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new DraftConfig(parsed.file(), path.toAbsolutePath().normalize().getParent(), entries);
    }

    /** True when {@code draft} is matched by one of {@code globs}. */
    boolean matches(List<String> globs, Path draft) {
        if (globs.isEmpty()) {
            return true;
        }
        Path absolute = draft.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
        for (String glob : globs) {
            PathMatcher matcher = matcher(glob);
            if (glob.contains("/") ? matcher.matches(relative)
                    : relative.getFileName() != null && matcher.matches(relative.getFileName())) {
                return true;
            }
        }
        return false;
    }

    /** The entry that leaves {@code draft} out altogether, if one does. */
    public Optional<Entry> skipping(Path draft) {
        return ignore.stream().filter(e -> e.skipsWholeDrafts() && matches(e.paths(), draft)).findFirst();
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}
