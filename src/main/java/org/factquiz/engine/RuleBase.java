package org.factquiz.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factquiz.load.InputException;
import org.factquiz.load.InputFile;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of a rules folder, compiled at run time: editing a {@code .drl} file changes
 * behaviour on the next run with no Java build. Compile errors become {@link InputProblem}s that
 * name the rule file, line and column. Compiled rules are cached (see {@link RuleCache}), because
 * compiling DRL is most of what a cold start would otherwise cost.
 */
public final class RuleBase {
    private static final Pattern PARSER_PLACE = Pattern.compile("Line (\\d+):(\\d+)\\s*");
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    /** How problems name the folder rule files must stay inside. */
    static final String RULES_FOLDER = "the rules folder";
    private static final Pattern RULE_HEADER = Pattern.compile("^[ \\t]*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Origin origin;
    private final SessionRunner sessions;

    /** Where a rule base came from: what a start cost, for benchmarks and {@code FACTQUIZ_DEBUG}. */
    public enum Origin {
        /** Compiled into the executable model (or loaded from the cache) before in this process. */
        MEMORY,
        /** Loaded from the cache folder: no DRL parsed, no Java compiled. */
        CACHE,
        /** Compiled into the executable model now, and cached. */
        EXECUTABLE_MODEL,
        /**
         * Compiled by the classic compiler (now or before in this process), which takes DRL the
         * executable model cannot; not kept on disk, so every process compiles it again.
         */
        CLASSIC
    }

    private RuleBase(KieBase kieBase, List<RuleInfo> rules, Origin origin, SessionLimits limits) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.origin = origin;
        this.sessions = new SessionRunner(kieBase, rules, limits);
    }

    /** Compiles every {@code .drl} file below {@code folder}, and every {@code .dslr} file expanded with its {@code .dsl}. */
    public static RuleBase compile(Path folder) throws InputException {
        RuleBase preloaded;
        try {
            preloaded = RulePreload.take(folder);
        } catch (InputException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("preloading the rules failed", e);
        }
        return preloaded != null ? preloaded : compileNow(folder);
    }

    /**
     * Compiles the rules of {@code folder} together with those a fact base keeps for its own domain
     * ({@code domainFolder}: its facts folder's {@code rules/}), when there are any.
     */
    public static RuleBase compile(Path folder, Path domainFolder) throws InputException {
        if (domainFolder == null || !Files.isDirectory(domainFolder)) {
            return compile(folder);
        }
        return compile(read(folder, domainFolder));
    }

    /** The rule files of {@code folder}, then those of {@code domainFolder} when it exists. */
    public static List<RuleSource> read(Path folder, Path domainFolder) throws InputException {
        List<RuleSource> sources = new ArrayList<>(read(folder));
        if (domainFolder == null || !Files.isDirectory(domainFolder)) {
            return sources;
        }
        List<RuleSource> domain = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(domainFolder)) {
            for (Path file : walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl")).sorted().toList()) {
                String relative = domainFolder.relativize(file).toString().replace('\\', '/');
                try {
                    domain.add(new RuleSource(display(file), relative,
                            InputFile.readInside(file, domainFolder, "the fact base's rules folder")));
                } catch (InputFile.Unreadable e) {
                    problems.add(new InputProblem(new Location(display(file), e.line(), e.column()), "file " + e.reason()));
                }
            }
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(display(domainFolder), 0, 0),
                    "cannot read rules: " + e.getMessage()));
        }
        domain.addAll(DslExpander.expandFolder(domainFolder, folder));
        java.util.Set<String> shipped = new java.util.HashSet<>();
        sources.forEach(source -> shipped.add(source.path()));
        for (RuleSource source : domain) {
            if (shipped.contains(source.path())) {
                problems.add(new InputProblem(new Location(source.file(), 0, 0), "a rule file of the fact base's"
                        + " own domain has the same path as a rule file of " + display(folder) + " ('" + source.path()
                        + "'): name it after what it checks, e.g. consistency/<domain>.drl"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        sources.addAll(domain);
        return sources;
    }

    /** Compiles (or takes from the cache) the rules of {@code folder}, never a preloaded rule base. */
    static RuleBase compileNow(Path folder) throws InputException {
        return compile(read(folder));
    }


    /** Reads the rule files below {@code folder}, in path order; {@code .dslr} files come expanded to DRL. */
    public static List<RuleSource> read(Path folder) throws InputException {
        String shown = display(folder);
        if (!Files.isDirectory(folder)) {
            throw InputException.of(new InputProblem(new Location(shown, 0, 0), "rules folder not found"));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl"))
                    .sorted()
                    .toList();
            List<RuleSource> sources = new ArrayList<>();
            List<InputProblem> unreadable = new ArrayList<>();
            for (Path file : files) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                try {
                    sources.add(new RuleSource(display(file), relative, InputFile.readInside(file, folder, RULES_FOLDER)));
                } catch (InputFile.Unreadable e) {
                    unreadable.add(new InputProblem(new Location(display(file), e.line(), e.column()), "file " + e.reason()));
                }
            }
            try {
                sources.addAll(DslExpander.expandFolder(folder));
            } catch (InputException e) {
                unreadable.addAll(e.problems());
            }
            if (!unreadable.isEmpty()) {
                throw new InputException(unreadable);
            }
            sources.sort(Comparator.comparing(RuleSource::path));
            if (sources.isEmpty()) {
                throw InputException.of(new InputProblem(new Location(shown, 0, 0),
                        "no .drl or .dslr rule files in folder"));
            }
            return sources;
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(shown, 0, 0), "cannot read rules: " + e.getMessage()));
        }
    }

    /**
     * Compiles the given rule texts into one rule base, or takes it from the {@linkplain RuleCache#configured()
     * cache} when the same texts were compiled before by the same factquiz.
     */
    public static RuleBase compile(List<RuleSource> sources) throws InputException {
        return compile(sources, RuleCache.configured());
    }

    /**
     * Compiles the given rule texts, using {@code cache}. With a cache folder, rules are compiled
     * into Drools' executable model, kept there as classes and loaded quickly next time; without one,
     * and for rules the executable model cannot take (and rules with errors), the classic compiler
     * runs, whose error messages name file, line and column.
     */
    public static RuleBase compile(List<RuleSource> sources, RuleCache cache) throws InputException {
        String key = RuleCache.key(sources);
        // Requests side by side (the daemon, a server) that need the same rules compile them once:
        // the second waits for the first and takes its result from memory.
        synchronized (cache.lockFor(key)) {
            return compileOnce(sources, key, cache);
        }
    }

    private static RuleBase compileOnce(List<RuleSource> sources, String key, RuleCache cache) throws InputException {
        Compiled compiled = cache.inMemory(key).orElse(null);
        if (compiled == null) {
            compiled = cache.read(key).flatMap(jar -> load(jar, key, cache))
                    .map(kieBase -> new Compiled(kieBase, Origin.CACHE)).orElse(null);
        }
        // The executable model pays off only when the classes are kept for the next process:
        // compiling to it is slower than the classic compiler.
        if (compiled == null && cache.folder().isPresent() && !cache.needsClassicCompiler(key)) {
            compiled = compileExecutableModel(sources, key, cache)
                    .map(kieBase -> new Compiled(kieBase, Origin.EXECUTABLE_MODEL)).orElse(null);
            if (compiled == null) {
                compiled = new Compiled(compileClassic(sources), Origin.CLASSIC);
                cache.noteClassicCompilerNeeded(key);
            }
        }
        if (compiled == null) {
            compiled = new Compiled(compileClassic(sources), Origin.CLASSIC);
        }
        cache.remember(key, compiled.again());
        LOG.debug("rules {}: {}", key, compiled.origin());
        return new RuleBase(compiled.kieBase(), ruleInfos(compiled.kieBase(), sources), compiled.origin(),
                SessionLimits.DEFAULT);
    }

    /** A compiled rule base and where it came from. */
    record Compiled(KieBase kieBase, Origin origin) {
        /** The same rule base, as the in-memory cache gives it out again. */
        Compiled again() {
            return origin == Origin.CLASSIC ? this : new Compiled(kieBase, Origin.MEMORY);
        }
    }

    private static Optional<KieBase> load(Path jar, String key, RuleCache cache) {
        try {
            return Optional.of(CompiledRules.newKieBase(jar));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("cached rules {} cannot be loaded, compiling again: {}", key, e.toString());
            cache.discard(key);
            return Optional.empty();
        }
    }

    private static Optional<KieBase> compileExecutableModel(List<RuleSource> sources, String key, RuleCache cache) {
        try {
            CompiledRules compiled = ExecutableModelCompiler.compile(sources);
            // Loaded from the file just written when there is one, so that this run and the next
            // define the same classes from the same place (see CompiledRules.newKieBase(Path)).
            Optional<Path> jar = cache.write(key, compiled);
            return Optional.of(jar.isPresent() ? CompiledRules.newKieBase(jar.get()) : compiled.newKieBase());
        } catch (ExecutableModelCompiler.Unsupported | IOException | ReflectiveOperationException | RuntimeException
                 | LinkageError e) {
            LOG.debug("rules {} compiled the classic way (slower to start): {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    /** The classic DRL compiler: slower, but accepts all DRL and reports errors precisely. */
    private static KieBase compileClassic(List<RuleSource> sources) throws InputException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.factquiz.rules", "session-" + System.identityHashCode(sources),
                "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byResource = new HashMap<>();
        for (RuleSource source : sources) {
            // The resource path mirrors the rules folder, so a file's folder matches its package line.
            String resource = "src/main/resources/" + source.path();
            byResource.put(resource, source);
            // Drools names some messages' files without the resource folder.
            byResource.put(source.path(), source);
            kfs.write(resource, source.text());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<InputProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Parser messages name the resource path, type-check messages the path inside the resources.
            RuleSource source = byResource.getOrDefault(message.getPath(),
                    byResource.get("src/main/resources/" + message.getPath()));
            String file = source != null ? source.file() : String.valueOf(message.getPath());
            String text = oneLine(message.getText());
            int line = Math.max(0, message.getLine());
            int column = Math.max(line > 0 ? 1 : 0, message.getColumn());
            Matcher place = PARSER_PLACE.matcher(text);
            if (place.find()) {
                line = Integer.parseInt(place.group(1));
                column = Integer.parseInt(place.group(2)) + 1;
                text = text.substring(0, place.start()) + text.substring(place.end());
            }
            if (text.contains("Parser returned a null Package")) {
                continue;
            }
            problems.add(CompileProblem.describe(source, file, line, column,
                    text.replaceFirst("^\\[ERR \\d+\\]\\s*", "").strip()));
        }
        if (problems.isEmpty() && builder.getResults().hasMessages(Message.Level.ERROR)) {
            problems.add(new InputProblem(new Location(display(Path.of(".")), 0, 0),
                    "rules do not compile: " + builder.getResults().getMessages(Message.Level.ERROR)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    public Origin origin() {
        return origin;
    }

    /** Every rule, in file and line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The same rules, whose sessions run within {@code limits}. */
    public RuleBase withLimits(SessionLimits limits) {
        return new RuleBase(kieBase, rules, origin, limits);
    }

    public SessionLimits limits() {
        return sessions.limits();
    }

    /**
     * Runs the rules over {@code facts} to quiescence and returns everything the session holds.
     *
     * @throws SessionFailure when a rule throws or does not come to rest within the {@linkplain #limits() limits}
     */
    public SessionResult run(Collection<?> facts) {
        return run(facts, null);
    }

    /** Like {@link #run(Collection)}, and counts each rule's firings into {@code firings} (may be null). */
    public SessionResult run(Collection<?> facts, RuleFirings firings) {
        return sessions.run(facts, firings);
    }

    private static List<RuleInfo> ruleInfos(KieBase kieBase, List<RuleSource> sources) {
        Map<String, Location> written = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (RuleSource source : sources) {
            Matcher m = RULE_HEADER.matcher(source.text());
            while (m.find()) {
                int line = 1 + (int) source.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                written.putIfAbsent(m.group(1), new Location(source.file(), line, 1));
                comments.putIfAbsent(m.group(1), commentAbove(source.written(), line));
            }
        }
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Object description = rule.getMetaData().get("description");
                infos.add(new RuleInfo(rule.getName(), pkg.getName(),
                        written.getOrDefault(rule.getName(), Location.UNKNOWN),
                        description == null ? comments.getOrDefault(rule.getName(), "")
                                : unquote(description.toString())));
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::location).thenComparing(RuleInfo::name));
        return List.copyOf(infos);
    }

    /** The {@code //} comment lines right above line {@code line}, joined: the invariant the rule protects. */
    private static String commentAbove(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        List<String> comment = new ArrayList<>();
        for (int i = line - 2; i >= 0 && lines[i].strip().startsWith("//"); i--) {
            comment.add(0, lines[i].strip().substring(2).strip());
        }
        return String.join(" ", comment);
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
                : text;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
