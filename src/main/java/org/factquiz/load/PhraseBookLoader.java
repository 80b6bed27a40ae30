package org.factquiz.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;

/**
 * Builds the phrase book: each language's own words from the rules folder's {@code language/*.yaml},
 * the phrases of a fact base's vocabulary (its {@code phrases:} sections), and for an entry that
 * has none in a language, phrases made from its name ({@link NamePhrases}).
 *
 * <p>Fact bases written before phrases moved into the facts folder keep their domain phrases in
 * the language folder; they are still read from there (origin {@link Phrase.Origin#RULES}), and
 * {@code validate} says where they belong.
 */
public final class PhraseBookLoader {
    record LanguageFile(List<RelationPhrases> relations, List<QuantityPhrases> quantities,
                        List<ComparisonPhrases> comparisons, List<TitlePhrases> titles, List<EventPhrases> events,
                        Map<String, WordsEntry> words) {
    }

    record RelationPhrases(String predicate, List<String> en, List<String> de) {
    }

    record QuantityPhrases(String measure, List<String> en, List<String> de) {
    }

    record Directed(List<String> en, List<String> de) {
    }

    record ComparisonPhrases(String measure, Directed more, Directed less) {
    }

    record TitlePhrases(String title, List<String> en, List<String> de) {
    }

    record EventPhrases(String event, List<String> en, List<String> de) {
    }

    record WordsEntry(List<String> about, List<String> more, List<String> less, List<String> atLeast,
                      List<String> atMost, List<String> exactly, Map<String, Double> scale, List<String> months,
                      Map<String, String> dateWords, List<String> accordingTo, List<String> possibly,
                      List<String> verbParticles, List<String> reflexives, List<String> prepositions,
                      Map<String, String> articles, List<String> asides) {
    }

    /** What a language folder holds: the words of each language, and domain phrases of the old layout. */
    public record LanguageFolder(Map<Language, PhraseBook.Words> words, List<Phrase> domainPhrases) {
        public LanguageFolder {
            words = Map.copyOf(words);
            domainPhrases = List.copyOf(domainPhrases);
        }
    }

    private PhraseBookLoader() {
    }

    /** The words of {@code folder} (normally {@code rules/language}) and any domain phrases still kept there. */
    public static PhraseBook load(Path folder) throws InputException {
        LanguageFolder read = read(folder);
        return new PhraseBook(read.domainPhrases(), read.words());
    }

    /**
     * The phrase book for {@code facts}: their phrases, the domain phrases of an old layout's
     * {@code folder} (unless {@code facts} already carries them), and phrases made from the names of
     * entries that have none of their own in a language.
     */
    public static PhraseBook load(Path folder, FactBase facts) throws InputException {
        LanguageFolder read = read(folder);
        List<Phrase> phrases = new ArrayList<>(facts.phrases());
        if (facts.phrases().stream().noneMatch(p -> p.origin() == Phrase.Origin.RULES)) {
            phrases.addAll(read.domainPhrases());
        }
        phrases.addAll(NamePhrases.missing(facts, phrases, read.words()));
        return new PhraseBook(phrases, read.words());
    }

    /** The domain phrases an old layout keeps in {@code folder}; none when the folder does not exist. */
    public static List<Phrase> domainPhrasesIn(Path folder) throws InputException {
        return Files.isDirectory(folder) ? read(folder).domainPhrases() : List.of();
    }

    /** Reads every YAML or JSON file of {@code folder}: the words sections, and phrase sections of the old layout. */
    public static LanguageFolder read(Path folder) throws InputException {
        DataFileReader reader = new DataFileReader(folder);
        if (!Files.isDirectory(folder)) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "language folder not found (it holds each language's words: numbers, months, attributions, hedges)"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0), e.getMessage()));
        }
        List<Phrase> phrases = new ArrayList<>();
        Map<Language, PhraseBook.Words> words = new EnumMap<>(Language.class);
        List<InputProblem> problems = new ArrayList<>();
        for (Path path : files) {
            ParsedFile<LanguageFile> file;
            try {
                file = reader.read(path, LanguageFile.class);
            } catch (InputException e) {
                problems.addAll(e.problems());
                continue;
            }
            LanguageFile content = file.content();
            phrases.addAll(phrases(file, "", content.relations(), content.quantities(), content.comparisons(),
                    content.titles(), content.events(), Phrase.Origin.RULES, problems));
            if (content.words() != null) {
                content.words().forEach((lang, entry) -> {
                    try {
                        words.put(Language.valueOf(lang.toUpperCase(Locale.ROOT)), words(entry));
                    } catch (IllegalArgumentException e) {
                        problems.add(new InputProblem(file.at("/words/" + lang), "unknown language '" + lang
                                + "': use en or de"));
                    }
                });
            }
        }
        for (Language language : Language.values()) {
            if (!words.containsKey(language) && problems.isEmpty()) {
                problems.add(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                        "no 'words' section for language '" + language.code() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new LanguageFolder(words, phrases);
    }

    /** The phrases of a facts file's {@code phrases:} section. */
    static List<Phrase> phrases(ParsedFile<?> file, FactsFile.PhrasesEntry entry, List<InputProblem> problems) {
        return phrases(file, "/phrases", entry.relations(), entry.quantities(), entry.comparisons(), entry.titles(),
                entry.events(), Phrase.Origin.FACTS, problems);
    }

    private static List<Phrase> phrases(ParsedFile<?> file, String base, List<RelationPhrases> relations,
                                        List<QuantityPhrases> quantities, List<ComparisonPhrases> comparisons,
                                        List<TitlePhrases> titles, List<EventPhrases> events, Phrase.Origin origin,
                                        List<InputProblem> problems) {
        List<Phrase> out = new ArrayList<>();
        Adder add = new Adder(out, file, origin, problems);
        each(relations, (i, r) -> add.add(base + "/relations/" + i, "relation", r.predicate(), true, r.en(), r.de()));
        each(quantities, (i, q) -> add.add(base + "/quantities/" + i, "quantity", q.measure(), true, q.en(), q.de()));
        each(comparisons, (i, c) -> {
            if (c.more() != null) {
                add.add(base + "/comparisons/" + i + "/more", "comparison", c.measure(), true, c.more().en(),
                        c.more().de());
            }
            if (c.less() != null) {
                add.add(base + "/comparisons/" + i + "/less", "comparison", c.measure(), false, c.less().en(),
                        c.less().de());
            }
        });
        each(titles, (i, t) -> add.add(base + "/titles/" + i, "title", t.title(), true, t.en(), t.de()));
        each(events, (i, e) -> add.add(base + "/events/" + i, "event", e.event(), true, e.en(), e.de()));
        return out;
    }

    private static PhraseBook.Words words(WordsEntry e) {
        Map<String, List<String>> comparators = new LinkedHashMap<>();
        comparators.put("about", orEmpty(e.about()));
        comparators.put("more", orEmpty(e.more()));
        comparators.put("less", orEmpty(e.less()));
        comparators.put("at-least", orEmpty(e.atLeast()));
        comparators.put("at-most", orEmpty(e.atMost()));
        comparators.put("exactly", orEmpty(e.exactly()));
        return new PhraseBook.Words(comparators, e.scale() == null ? Map.of() : e.scale(), orEmpty(e.months()),
                e.dateWords() == null ? Map.of() : e.dateWords(), orEmpty(e.accordingTo()), orEmpty(e.possibly()),
                orEmpty(e.verbParticles()), orEmpty(e.reflexives()), orEmpty(e.prepositions()),
                e.articles() == null ? Map.of() : e.articles(), orEmpty(e.asides()));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private record Adder(List<Phrase> out, ParsedFile<?> file, Phrase.Origin origin, List<InputProblem> problems) {
        void add(String at, String kind, String key, boolean more, List<String> en, List<String> de) {
            if (key == null) {
                problems.add(new InputProblem(file.at(at), "phrase entry names no " + switch (kind) {
                    case "relation" -> "predicate";
                    case "quantity", "comparison" -> "measure";
                    default -> kind;
                }));
                return;
            }
            addAll(at + "/en", kind, key, more, Language.EN, en);
            addAll(at + "/de", kind, key, more, Language.DE, de);
        }

        private void addAll(String at, String kind, String key, boolean more, Language language, List<String> templates) {
            if (templates == null) {
                return;
            }
            for (int i = 0; i < templates.size(); i++) {
                if (templates.get(i) != null && !templates.get(i).isBlank()) {
                    out.add(new Phrase(kind, key, more, language, templates.get(i), i, file.at(at + "/" + i), origin));
                }
            }
        }
    }

    private static <T> void each(List<T> items, IndexedAction<T> action) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null) {
                    action.accept(i, items.get(i));
                }
            }
        }
    }

    @FunctionalInterface
    private interface IndexedAction<T> {
        void accept(int index, T item);
    }
}
