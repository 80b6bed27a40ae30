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
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;

/** Loads the phrase templates of {@code rules/language/*.yaml}. */
public final class PhraseBookLoader {
    record PhrasesFile(List<RelationPhrases> relations, List<QuantityPhrases> quantities,
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
                      Map<String, String> dateWords, List<String> accordingTo, List<String> possibly) {
    }

    private PhraseBookLoader() {
    }

    /** Reads every YAML file in {@code folder} (normally {@code rules/language}). */
    public static PhraseBook load(Path folder) throws InputException {
        DataFileReader reader = new DataFileReader(folder);
        if (!Files.isDirectory(folder)) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "phrase folder not found (it holds the phrase templates claims and questions are read and written with)"));
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
            ParsedFile<PhrasesFile> file;
            try {
                file = reader.read(path, PhrasesFile.class);
            } catch (InputException e) {
                problems.addAll(e.problems());
                continue;
            }
            PhrasesFile content = file.content();
            each(content.relations(), (i, r) -> add(phrases, file, "/relations/" + i, "relation", r.predicate(), true,
                    r.en(), r.de(), problems));
            each(content.quantities(), (i, q) -> add(phrases, file, "/quantities/" + i, "quantity", q.measure(), true,
                    q.en(), q.de(), problems));
            each(content.comparisons(), (i, c) -> {
                if (c.more() != null) {
                    add(phrases, file, "/comparisons/" + i + "/more", "comparison", c.measure(), true, c.more().en(),
                            c.more().de(), problems);
                }
                if (c.less() != null) {
                    add(phrases, file, "/comparisons/" + i + "/less", "comparison", c.measure(), false, c.less().en(),
                            c.less().de(), problems);
                }
            });
            each(content.titles(), (i, t) -> add(phrases, file, "/titles/" + i, "title", t.title(), true, t.en(),
                    t.de(), problems));
            each(content.events(), (i, e) -> add(phrases, file, "/events/" + i, "event", e.event(), true, e.en(),
                    e.de(), problems));
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
        return new PhraseBook(phrases, words);
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
                e.dateWords() == null ? Map.of() : e.dateWords(), orEmpty(e.accordingTo()), orEmpty(e.possibly()));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static void add(List<Phrase> out, ParsedFile<?> file, String at, String kind, String key, boolean more,
                            List<String> en, List<String> de, List<InputProblem> problems) {
        if (key == null) {
            problems.add(new InputProblem(file.at(at), "phrase entry names no " + switch (kind) {
                case "relation" -> "predicate";
                case "quantity", "comparison" -> "measure";
                default -> kind;
            }));
            return;
        }
        addAll(out, file, at + "/en", kind, key, more, Language.EN, en);
        addAll(out, file, at + "/de", kind, key, more, Language.DE, de);
    }

    private static void addAll(List<Phrase> out, ParsedFile<?> file, String at, String kind, String key, boolean more,
                               Language language, List<String> templates) {
        if (templates == null) {
            return;
        }
        for (int i = 0; i < templates.size(); i++) {
            out.add(new Phrase(kind, key, more, language, templates.get(i), i, file.at(at + "/" + i)));
        }
    }

    private static <T> void each(List<T> items, IndexedAction<T> action) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                action.accept(i, items.get(i));
            }
        }
    }

    @FunctionalInterface
    private interface IndexedAction<T> {
        void accept(int index, T item);
    }
}
