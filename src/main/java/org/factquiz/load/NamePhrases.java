package org.factquiz.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factquiz.model.EventDef;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.Statement;
import org.factquiz.model.TitleDef;
import org.factquiz.model.UnitDef;
import org.factquiz.language.Article;
import org.factquiz.language.Case;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.Inflector;
import org.factquiz.language.NounPhrase;

/**
 * Phrases made from the names of vocabulary entries that have no phrases of their own in a
 * language, so that a new entry is read and written from the start: "operates" gives
 * "{subject} operates {object}"; German "stellt her" gives "{subject} stellt {object} her", since
 * a separable verb's particle goes to the end, and "wurde eingeführt in" gives
 * "{subject} wurde in {object} eingeführt". A name may mark the object's place with "…"
 * ("baut … aus") where the words alone cannot tell. Which words are particles, prepositions,
 * reflexives and articles is each language's data ({@link PhraseBook.Words}); where they go is here.
 */
final class NamePhrases {
    private static final Set<String> ENGLISH_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "be", "been");

    private final Map<Language, PhraseBook.Words> words;
    private final List<Phrase> out = new ArrayList<>();

    private NamePhrases(Map<Language, PhraseBook.Words> words) {
        this.words = words;
    }

    /** Phrases for every entry of {@code facts} and language that {@code written} has none for. */
    static List<Phrase> missing(FactBase facts, List<Phrase> written, Map<Language, PhraseBook.Words> words) {
        Set<String> said = new HashSet<>();
        for (Phrase p : written) {
            said.add(key(p.kind(), p.key(), p.language()));
        }
        NamePhrases made = new NamePhrases(words);
        for (Language l : Language.values()) {
            for (PredicateDef p : facts.predicates()) {
                if (!said.contains(key("relation", p.id(), l))) {
                    made.relation(p.id(), p.name().in(l), l, p.location());
                }
                if (p.inverse() != null && p.inverseName() != null && !said.contains(key("relation", p.inverse(), l))) {
                    made.relation(p.inverse(), p.inverseName().in(l), l, p.location());
                }
            }
            for (MeasureDef m : facts.measures()) {
                if (!said.contains(key("quantity", m.id(), l))) {
                    UnitDef unit = facts.units().stream().filter(u -> u.id().equals(m.unit())).findFirst().orElse(null);
                    made.quantity(m.id(), m.name().in(l), unit, l, m.location());
                }
                if (!said.contains(key("comparison", m.id(), l))) {
                    made.comparison(m.id(), m.name().in(l), l, m.location());
                }
            }
            for (TitleDef t : facts.titles()) {
                if (!said.contains(key("title", t.id(), l))) {
                    made.title(t.id(), t.name().in(l), l, t.location());
                }
            }
            Set<String> declared = new HashSet<>();
            for (EventDef e : facts.events()) {
                declared.add(e.id());
                if (!said.contains(key("event", e.id(), l))) {
                    made.event(e.id(), e.name().in(l), l, e.location());
                }
            }
            // An event no entry declares is said from its id, as the old layout allowed.
            for (Statement s : facts.statements()) {
                if (s instanceof org.factquiz.model.Event e && declared.add(e.event())
                        && !said.contains(key("event", e.event(), l))) {
                    made.event(e.event(), e.event().replace('-', ' '), l, e.location());
                }
            }
        }
        return List.copyOf(made.out);
    }

    private static String key(String kind, String key, Language language) {
        return kind + "\u0000" + key + "\u0000" + language;
    }

    private void relation(String key, String name, Language l, Location at) {
        Parts parts = l == Language.DE ? german(name) : english(name);
        String verb = parts.verb();
        String objectPart = join(parts.pre(), "{object}", parts.post());
        add("relation", key, true, l, at, join("{subject}", verb, objectPart),
                join("{subject}", verb, parts.pre(), "{object}", "in", "{where}", parts.post()),
                l == Language.DE ? join("{subject}", verb, "{date}", objectPart)
                        : join("{subject}", verb, objectPart, "{date}"));
    }

    /**
     * A count is had ("{subject} has {value} monthly active users": the name is what is counted); an
     * amount in a unit is had as the measure ("{subject} has an orbital period of {value} days",
     * "{subject} hat eine Umlaufzeit von {value} Tagen", the article of the noun's gender, the unit in
     * the dative), or said as its value ("die Umlaufzeit von {subject} beträgt {value} Tage").
     */
    private void quantity(String key, String name, UnitDef unit, Language l, Location at) {
        if (unit == null || unit.counted() || unit.name() == null) {
            add("quantity", key, true, l, at, l == Language.DE ? "{subject} hat {value} " + name
                    : "{subject} has {value} " + name);
            return;
        }
        String units = unit.name().in(l);
        if (l == Language.DE) {
            NounPhrase noun = NounPhrase.parse(name, Language.DE);
            String the = new NounPhrase(Language.DE, Article.DEFINITE, noun.before(), noun.adjectives(), noun.head(),
                    noun.written(), noun.name(), noun.gender(), GrammaticalNumber.SINGULAR, noun.after(), Map.of())
                    .in(Case.NOMINATIVE);
            // First the clause whose subject is the slot, which the claim reader reads back too.
            String an = new NounPhrase(Language.DE, Article.INDEFINITE, noun.before(), noun.adjectives(), noun.head(),
                    noun.written(), noun.name(), noun.gender(), GrammaticalNumber.SINGULAR, noun.after(), Map.of())
                    .in(Case.ACCUSATIVE);
            String unitsDative = NounPhrase.parse(units, Language.DE).withNumber(GrammaticalNumber.PLURAL).in(Case.DATIVE);
            add("quantity", key, true, l, at, "{subject} hat " + an + " von {value} " + unitsDative,
                    the + " von {subject} beträgt {value} " + units);
        } else {
            add("quantity", key, true, l, at,
                    "{subject} has " + Inflector.indefiniteArticle(name) + " " + name + " of {value} " + units,
                    "the " + name + " of {subject} is {value} " + units);
        }
    }

    private void comparison(String key, String name, Language l, Location at) {
        if (l == Language.DE) {
            add("comparison", key, true, l, at, "{subject} hat mehr " + name + " als {object}");
            add("comparison", key, false, l, at, "{subject} hat weniger " + name + " als {object}");
        } else {
            add("comparison", key, true, l, at, "{subject} has more " + name + " than {object}");
            add("comparison", key, false, l, at, "{subject} has fewer " + name + " than {object}",
                    "{subject} has less " + name + " than {object}");
        }
    }

    private void title(String key, String name, Language l, Location at) {
        List<String> nouns = nounPhrases(name, l);
        List<String> templates = new ArrayList<>();
        String is = l == Language.DE ? "ist" : "is";
        String of = l == Language.DE ? "von" : "of";
        String in = "in";
        for (String noun : nouns) {
            templates.add(join("{holder}", is, noun, of, "{of}", in, "{scope}"));
            templates.add(join("{holder}", is, noun, in, "{scope}"));
            templates.add(join("{holder}", is, noun, of, "{of}"));
            templates.add(join("{holder}", is, noun));
        }
        add("title", key, true, l, at, templates.toArray(String[]::new));
    }

    private void event(String key, String name, Language l, Location at) {
        String[] w = name.strip().split("\\s+");
        String in = "in";
        if (l == Language.DE) {
            if (!w[0].isEmpty() && Character.isLowerCase(w[0].codePointAt(0))) {
                String rest = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
                add("event", key, true, l, at, join("{subject}", w[0], "{date}", rest),
                        join("{subject}", w[0], in, "{where}", rest), join("{subject}", w[0], rest));
                return;
            }
            List<String> templates = new ArrayList<>();
            for (String noun : nounPhrases(name, l)) {
                templates.add(join(noun, "von {subject} fand {date} statt"));
                templates.add(join(noun, "von {subject} war {date}"));
                templates.add(join(noun, "von {subject} fand", in, "{where} statt"));
                templates.add(join(noun, "von {subject} fand statt"));
            }
            add("event", key, true, l, at, templates.toArray(String[]::new));
            return;
        }
        if (ENGLISH_AUXILIARIES.contains(w[0].toLowerCase(Locale.ROOT))) {
            add("event", key, true, l, at, join("{subject}", name, in, "{date}"), join("{subject}", name, in, "{where}"),
                    join("{subject}", name));
            return;
        }
        String noun = nounPhrases(name, l).get(0);
        add("event", key, true, l, at, join(noun, "of {subject} was in {date}"),
                join(noun, "of {subject} took place in {date}"), join("{subject}'s", name, "was in {date}"),
                join(noun, "of {subject} took place in {where}"), join(noun, "of {subject} took place"));
    }

    /**
     * The name with its definite article: the one the name starts with, the one its head noun's
     * ending tells (German -ung, -heit, -schaft ... are feminine), or, when nothing tells, the
     * name alone first and each article after it, so that a claim with any article is read.
     */
    private List<String> nounPhrases(String name, Language l) {
        String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        Map<String, String> articles = words(l).articles();
        if (articles.containsValue(first) || (l == Language.EN && Set.of("a", "an").contains(first))) {
            return List.of(name);
        }
        if (l == Language.EN) {
            return List.of("the " + name);
        }
        String gender = GermanNouns.gender(name);
        if (gender != null && articles.containsKey(gender)) {
            return List.of(articles.get(gender) + " " + name);
        }
        List<String> all = new ArrayList<>(List.of(name));
        articles.values().stream().sorted().forEach(a -> all.add(a + " " + name));
        return all;
    }

    /** Where the words of a relation's name go around its object. */
    private record Parts(String verb, String pre, String post) {
    }

    private static Parts english(String name) {
        String[] marked = marked(name);
        if (marked != null) {
            return new Parts(marked[0], "", marked[1]);
        }
        return new Parts(name.strip(), "", "");
    }

    private Parts german(String name) {
        String[] marked = marked(name);
        if (marked != null) {
            String[] w = marked[0].split("\\s+");
            return new Parts(w[0], String.join(" ", Arrays.copyOfRange(w, 1, w.length)), marked[1]);
        }
        PhraseBook.Words de = words(Language.DE);
        List<String> w = List.of(name.strip().split("\\s+"));
        int i = 1;
        while (i < w.size() && de.reflexives().contains(lower(w.get(i)))) {
            i++;
        }
        String verb = String.join(" ", w.subList(0, i));
        List<String> rest = w.subList(i, w.size());
        if (rest.isEmpty()) {
            return new Parts(verb, "", "");
        }
        String last = lower(rest.get(rest.size() - 1));
        boolean lastIsPreposition = de.prepositions().contains(last);
        if (lastIsPreposition) {
            List<String> middle = rest.subList(0, rest.size() - 1);
            if (!middle.isEmpty() && de.verbParticles().contains(lower(middle.get(middle.size() - 1)))) {
                // "wirbt Talente ab von": "wirbt Talente von X ab".
                return new Parts(verb, join(String.join(" ", middle.subList(0, middle.size() - 1)),
                        rest.get(rest.size() - 1)), middle.get(middle.size() - 1));
            }
            if (!middle.isEmpty() && middle.stream().allMatch(NamePhrases::lowercase)) {
                // "wurde eingeführt in", "ist verfügbar in": the participle or adjective closes the clause.
                return new Parts(verb, rest.get(rest.size() - 1), String.join(" ", middle));
            }
            return new Parts(verb, String.join(" ", rest), "");
        }
        if (de.verbParticles().contains(last)) {
            // "stellt her": "stellt X her".
            return new Parts(verb, String.join(" ", rest.subList(0, rest.size() - 1)), rest.get(rest.size() - 1));
        }
        for (int k = 0; k < rest.size(); k++) {
            if (de.prepositions().contains(lower(rest.get(k)))) {
                // "hält für den Schlüssel": "hält X für den Schlüssel".
                return new Parts(verb, String.join(" ", rest.subList(0, k)), String.join(" ", rest.subList(k, rest.size())));
            }
        }
        return new Parts(verb, String.join(" ", rest), "");
    }

    /** "baut … aus" splits at the marked place of the object; null for a name without the mark. */
    private static String[] marked(String name) {
        String normal = name.replace("...", "…");
        int at = normal.indexOf('…');
        if (at < 0) {
            return null;
        }
        return new String[] {normal.substring(0, at).strip(), normal.substring(at + 1).strip()};
    }

    private PhraseBook.Words words(Language l) {
        PhraseBook.Words w = words.get(l);
        return w != null ? w : new PhraseBook.Words(Map.of(), Map.of(), List.of(), Map.of(), List.of(), List.of());
    }

    private void add(String kind, String key, boolean more, Language l, Location at, String... templates) {
        Set<String> seen = new HashSet<>();
        int rank = 0;
        for (String template : templates) {
            if (seen.add(template)) {
                out.add(new Phrase(kind, key, more, l, template, rank++, at == null ? Location.UNKNOWN : at,
                        Phrase.Origin.NAME));
            }
        }
    }

    private static boolean lowercase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    /** German grammatical gender from a noun's ending, where the ending tells it. */
    static final class GermanNouns {
        private static final List<String> FEMININE = List.of("ung", "heit", "keit", "schaft", "ion", "tät", "ik",
                "ei", "enz", "anz", "ur", "kunft");
        private static final List<String> NEUTER = List.of("chen", "lein", "ment", "tum", "um");
        private static final List<String> MASCULINE = List.of("ling", "ismus", "flug", "start");

        private GermanNouns() {
        }

        /** "f", "n", "m", or null when the ending does not tell; the head is the last word's last part. */
        static String gender(String name) {
            String[] words = name.strip().split("[\\s-]+");
            String head = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (head.isEmpty() || !Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
                return null;
            }
            for (String ending : MASCULINE) {
                if (head.endsWith(ending)) {
                    return "m";
                }
            }
            for (String ending : FEMININE) {
                if (head.endsWith(ending)) {
                    return "f";
                }
            }
            for (String ending : NEUTER) {
                if (head.endsWith(ending)) {
                    return "n";
                }
            }
            return null;
        }
    }
}
