package org.factquiz.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.load.FactsFile.EntityEntry;
import org.factquiz.load.FactsFile.MeasureEntry;
import org.factquiz.load.FactsFile.NamesEntry;
import org.factquiz.load.FactsFile.PredicateEntry;
import org.factquiz.load.FactsFile.SourceEntry;
import org.factquiz.load.FactsFile.TitleEntry;
import org.factquiz.load.FactsFile.TypeEntry;
import org.factquiz.load.FactsFile.UnitEntry;
import org.factquiz.model.Document;
import org.factquiz.model.Entity;
import org.factquiz.model.EventDef;
import org.factquiz.model.Phrase;
import org.factquiz.model.PropertyChain;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.NameGrammar;
import org.factquiz.model.Names;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.Statement;
import org.factquiz.model.TitleDef;
import org.factquiz.model.TopicDef;
import org.factquiz.model.TypeDef;
import org.factquiz.model.UnitDef;

/**
 * Loads a facts folder: every {@code .yaml}, {@code .yml} and {@code .json} file below it, in
 * path order, whatever sections each holds. Problems are collected across all files and thrown
 * together, so an editor sees every one at once.
 */
public final class FactsLoader {
    /**
     * The folder inside a facts folder that holds rules of the fact base's own domain (and their
     * rule tests); its YAML files are rule tests, not facts.
     */
    public static final String DOMAIN_RULES = "rules";
    private static final String FACTS_FOLDER = "the facts folder";
    private final List<InputProblem> problems = new ArrayList<>();

    public static FactBase load(Path folder) throws InputException {
        return load(folder, read(folder));
    }

    /**
     * Loads facts from texts instead of the files themselves: the files of {@code folder} as
     * {@link #read} gave them, possibly changed, plus others. Each text keeps its file's name,
     * so places and source documents resolve as for the files on disk.
     */
    public static FactBase load(Path folder, List<DataText> texts) throws InputException {
        return new FactsLoader().loadTexts(folder, texts, new ParseCache());
    }

    /** Like {@link #load(Path, List)}, reusing what {@code cache} holds for texts read before. */
    public static FactBase load(Path folder, List<DataText> texts, ParseCache cache) throws InputException {
        return new FactsLoader().loadTexts(folder, texts, cache);
    }

    /**
     * Parsed files kept between loads, for callers that load many variants of one folder (the rule
     * tests: most files of each case are unchanged). Only files that parsed cleanly are kept.
     */
    public static final class ParseCache {
        private final Map<DataText, ParsedFile<FactsFile>> files = new java.util.HashMap<>();
    }

    /** The text of every facts file below {@code folder}, in path order. */
    public static List<DataText> read(Path folder) throws InputException {
        DataFileReader reader = new DataFileReader(folder);
        if (!Files.isDirectory(folder)) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "facts folder not found"));
        }
        Path domainRules = folder.resolve(DOMAIN_RULES);
        List<Path> paths = reader.dataFiles(folder).stream().filter(p -> !p.startsWith(domainRules)).toList();
        if (paths.isEmpty()) {
            // Most likely the wrong folder: "consistent" would be a false all-clear.
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "no .yaml, .yml or .json facts files in folder"));
        }
        List<DataText> texts = new ArrayList<>();
        List<InputProblem> unreadable = new ArrayList<>();
        for (Path path : paths) {
            try {
                texts.add(new DataText(path, InputFile.readInside(path, folder, FACTS_FOLDER)));
            } catch (InputFile.Unreadable e) {
                unreadable.add(reader.problem(path, e));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new InputException(unreadable);
        }
        return texts;
    }

    private FactBase loadTexts(Path folder, List<DataText> texts, ParseCache cache) throws InputException {
        DataFileReader reader = new DataFileReader(folder);
        List<ParsedFile<FactsFile>> files = new ArrayList<>();
        for (DataText text : texts) {
            try {
                ParsedFile<FactsFile> parsed = cache.files.get(text);
                if (parsed == null) {
                    parsed = reader.parse(text.file(), text.text(), FactsFile.class);
                    cache.files.put(text, parsed);
                }
                files.add(parsed);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        Map<String, Document> documents = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        List<TypeDef> types = new ArrayList<>();
        List<PredicateDef> predicates = new ArrayList<>();
        List<MeasureDef> measures = new ArrayList<>();
        List<UnitDef> units = new ArrayList<>();
        List<TitleDef> titles = new ArrayList<>();
        List<TopicDef> topics = new ArrayList<>();
        List<EventDef> events = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (ParsedFile<FactsFile> file : files) {
            FactsFile content = file.content();
            forEach(content.sources(), (i, e) -> {
                Optional<Document> document = readDocument(reader, folder, file, "/sources/" + i, e);
                document.ifPresent(d -> documents.putIfAbsent(d.id(), d));
                if (document.isEmpty() && e.id() != null) {
                    unreadable.add(e.id());
                }
            });
            forEach(content.types(), (i, e) -> {
                String at = "/types/" + i;
                if (require(file, at, e.id(), "id")) {
                    types.add(new TypeDef(e.id(), e.parent(), names(file, at, e.name(), e.id()),
                            e.ask() == null ? null : names(file, at + "/ask", e.ask(), "which " + e.id()),
                            file.at(at)));
                }
            });
            forEach(content.predicates(), (i, e) -> readPredicate(file, "/predicates/" + i, e, predicates));
            forEach(content.measures(), (i, e) -> readMeasure(file, "/measures/" + i, e, measures));
            forEach(content.units(), (i, e) -> {
                String at = "/units/" + i;
                if (require(file, at, e.id(), "id")) {
                    units.add(new UnitDef(e.id(), names(file, at, e.name(), e.id()), Boolean.TRUE.equals(e.counted()),
                            file.at(at)));
                }
            });
            forEach(content.titles(), (i, e) -> readTitle(file, "/titles/" + i, e, titles));
            forEach(content.topics(), (i, e) -> {
                String at = "/topics/" + i;
                if (require(file, at, e.id(), "id")) {
                    topics.add(new TopicDef(e.id(), names(file, at, e.name(), e.id()), file.at(at)));
                }
            });
            forEach(content.events(), (i, e) -> {
                String at = "/events/" + i;
                if (require(file, at, e.id(), "id")) {
                    events.add(new EventDef(e.id(), orEmpty(e.roles()), names(file, at, e.name(), e.id()), file.at(at)));
                }
            });
            if (content.phrases() != null) {
                phrases.addAll(PhraseBookLoader.phrases(file, content.phrases(), problems));
            }
            forEach(content.entities(), (i, e) -> readEntity(file, "/entities/" + i, e, entities));
        }
        List<Statement> statements = new ArrayList<>();
        for (ParsedFile<FactsFile> file : files) {
            StatementReader statementReader = new StatementReader(file, documents, unreadable, problems);
            forEach(file.content().statements(), (i, e) -> statements.addAll(statementReader.read(i, e)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new FactBase(List.copyOf(documents.values()), types, predicates, measures, units, titles, events,
                entities, statements, phrases, topics);
    }

    private Optional<Document> readDocument(DataFileReader reader, Path folder, ParsedFile<FactsFile> file,
                                                      String at, SourceEntry e) {
        if (!require(file, at, e.id(), "id") || !require(file, at, e.file(), "file")) {
            return Optional.empty();
        }
        Language language = Language.DE;
        if (e.language() != null) {
            try {
                language = Language.valueOf(e.language().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(file, at + "/language", "language must be 'en' or 'de', not '" + Excerpt.of(e.language()) + "'");
                return Optional.empty();
            }
        }
        Path factsFile = Path.of(file.file()).toAbsolutePath();
        Path text = factsFile.getParent().resolve(e.file()).normalize();
        try {
            // Only a text inside the facts folder is read: a file outside it is neither read nor quoted.
            List<String> sentences = SentenceSplitter.split(InputFile.readInside(text, folder, FACTS_FOLDER));
            return Optional.of(new Document(e.id(), e.file(), language, e.title(), sentences, file.at(at)));
        } catch (InputFile.Unreadable ex) {
            String shown = ex.reason().startsWith("is outside") ? Excerpt.of(e.file()) : reader.displayName(text);
            problem(file, at + "/file", "source text '" + shown + "' " + ex.reasonElsewhere());
            return Optional.empty();
        }
    }

    private void readPredicate(ParsedFile<FactsFile> file, String at, PredicateEntry e, List<PredicateDef> out) {
        if (require(file, at, e.id(), "id")) {
            List<PropertyChain> chains = new ArrayList<>();
            List<List<String>> written = e.chains() == null ? List.of() : e.chains();
            for (int i = 0; i < written.size(); i++) {
                List<String> steps = written.get(i) == null ? List.of() : written.get(i);
                if (steps.size() < 2 || steps.stream().anyMatch(step -> step == null || step.isBlank())) {
                    problem(file, at + "/chains/" + i, "a chain lists two or more predicates, each step's predicate"
                            + " in order: [operates, lies-in] for 'operates a facility, and the facility lies in X'");
                } else {
                    chains.add(new PropertyChain(e.id(), i, steps, file.at(at + "/chains/" + i)));
                }
            }
            if (e.inverseName() != null && e.inverse() == null) {
                problem(file, at + "/inverse-name", "'inverse-name' says the inverse, but the predicate has no 'inverse'");
            }
            out.add(new PredicateDef(e.id(), orThing(e.domain()), orThing(e.range()), e.inverse(),
                    Boolean.TRUE.equals(e.symmetric()), Boolean.TRUE.equals(e.transitive()),
                    Boolean.TRUE.equals(e.singleSubject()), Boolean.TRUE.equals(e.singleObject()),
                    Boolean.TRUE.equals(e.containment()), orEmpty(e.roles()), orEmpty(e.subPropertyOf()), chains,
                    names(file, at, e.name(), e.id()),
                    e.inverseName() == null ? null : names(file, at + "/inverse-name", e.inverseName(), e.inverse()),
                    file.at(at)));
        }
    }

    private void readMeasure(ParsedFile<FactsFile> file, String at, MeasureEntry e, List<MeasureDef> out) {
        if (require(file, at, e.id(), "id") && require(file, at, e.unit(), "unit")) {
            out.add(new MeasureDef(e.id(), orThing(e.subject()), e.unit(), names(file, at, e.name(), e.id()),
                    file.at(at)));
        }
    }

    private void readTitle(ParsedFile<FactsFile> file, String at, TitleEntry e, List<TitleDef> out) {
        if (require(file, at, e.id(), "id")) {
            out.add(new TitleDef(e.id(), orThing(e.holder()), e.measure(), !Boolean.FALSE.equals(e.unique()),
                    names(file, at, e.name(), e.id()), file.at(at)));
        }
    }

    private void readEntity(ParsedFile<FactsFile> file, String at, EntityEntry e, List<Entity> out) {
        if (require(file, at, e.id(), "id") && require(file, at, e.type(), "type")) {
            out.add(new Entity(e.id(), e.type(), names(file, at, e.name(), e.id()),
                    e.aliases() == null ? List.of() : e.aliases(), file.at(at), grammar(file, at, e.grammar())));
        }
    }

    /** The grammar of an entity's names by language: {@code grammar: {de: {number: plural}}}. */
    private Map<Language, NameGrammar> grammar(ParsedFile<FactsFile> file, String at,
                                               Map<String, FactsFile.GrammarEntry> entries) {
        Map<Language, NameGrammar> out = new java.util.EnumMap<>(Language.class);
        if (entries == null) {
            return out;
        }
        entries.forEach((code, g) -> {
            String here = at + "/grammar/" + code;
            Language language = code.equals("en") ? Language.EN : code.equals("de") ? Language.DE : null;
            if (language == null) {
                problem(file, here, "grammar is given per language, 'en' or 'de', not '" + code + "'");
            } else if (g != null) {
                try {
                    out.put(language, new NameGrammar(g.gender(), g.number(), g.forms()));
                } catch (IllegalArgumentException ex) {
                    problem(file, here, ex.getMessage());
                }
            }
        });
        return out;
    }

    private Names names(ParsedFile<FactsFile> file, String at, NamesEntry entry, String id) {
        if (entry == null) {
            return new Names(id, id);
        }
        if (entry.en() == null && entry.de() == null) {
            problem(file, at + "/name", "a name needs 'en' or 'de'");
            return new Names(id, id);
        }
        String en = entry.en() != null ? entry.en() : entry.de();
        String de = entry.de() != null ? entry.de() : entry.en();
        return new Names(en, de);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> orThing(List<String> types) {
        return types == null || types.isEmpty() ? List.of("thing") : types;
    }

    private boolean require(ParsedFile<FactsFile> file, String at, Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problem(file, at, "missing field '" + field + "'");
            return false;
        }
        return true;
    }

    private void problem(ParsedFile<FactsFile> file, String pointer, String message) {
        problems.add(new InputProblem(file.at(pointer), message));
    }

    private static <T> void forEach(List<T> items, IndexedAction<T> action) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                action.accept(i, items.get(i));
            }
        }
    }

    @FunctionalInterface
    private interface IndexedAction<T> {
        void accept(int index, T item);
    }
}
