package org.factquiz.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.factquiz.language.Analyzer;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Sentence;
import org.factquiz.language.Token;
import org.factquiz.language.WordForm;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.TitleDef;

/**
 * Every frame the reader knows, per language, read on first use: the phrase book's templates and
 * sentences made from the vocabulary's names (a predicate "is a customer of", a measure "monthly
 * active users", a title "richest person"), so an entry is read from its name even without a
 * template. Templates are read by the same steps as claims: each slot becomes a made-up name.
 */
final class FrameBook {
    /** Made-up names that stand for the slots while a template is read; no dictionary knows them. */
    static final Map<String, String> PLACEHOLDERS = Map.of("subject", "Xarenta", "object", "Volmira",
            "holder", "Tessaly", "scope", "Brenvik", "of", "Ordanis", "where", "Lemvara");
    private static final List<String> KIND_ORDER = List.of("title", "quantity", "comparison", "event", "relation");

    private final FactBase facts;
    private final PhraseBook phrases;
    private final Framing framing;
    private final Map<Language, Lazy<List<Frame>>> frames = new EnumMap<>(Language.class);
    private final Map<Language, Lazy<Map<String, List<Frame>>>> byLemma = new EnumMap<>(Language.class);
    private final Map<Language, Lazy<Set<String>>> verbs = new EnumMap<>(Language.class);

    /** A value built once, on first use. */
    private static final class Lazy<T> {
        private final Supplier<T> build;
        private T value;

        Lazy(Supplier<T> build) {
            this.build = build;
        }

        synchronized T get() {
            if (value == null) {
                value = build.get();
            }
            return value;
        }
    }

    FrameBook(FactBase facts, PhraseBook phrases, Framing framing) {
        this.facts = facts;
        this.phrases = phrases;
        this.framing = framing;
        for (Language language : Language.values()) {
            frames.put(language, new Lazy<>(() -> compile(language)));
            byLemma.put(language, new Lazy<>(() -> index(frames.get(language).get())));
            verbs.put(language, new Lazy<>(() -> verbLemmas(language)));
        }
    }

    static int kindOrder(String kind) {
        int i = KIND_ORDER.indexOf(kind);
        return i < 0 ? KIND_ORDER.size() : i;
    }

    List<Frame> all(Language language) {
        return frames.get(language).get();
    }

    /** The frames whose verb is {@code lemma}. */
    List<Frame> withVerb(Language language, String lemma) {
        return byLemma.get(language).get().getOrDefault(lemma, List.of());
    }

    /**
     * The frames of every kind and key that some frame with verb {@code lemma} says: a claim may
     * use any verb its predicate is said with ("poaches engineers from" is a frame of hires-talent-from
     * with "poach", so "hires engineers from" may be said with it too).
     */
    List<Frame> sharingVerb(Language language, String lemma) {
        Set<String> keys = new LinkedHashSet<>();
        for (Frame f : withVerb(language, lemma)) {
            keys.add(f.kind() + "|" + f.key() + "|" + f.more());
        }
        List<Frame> out = new ArrayList<>();
        for (Frame f : all(language)) {
            if (keys.contains(f.kind() + "|" + f.key() + "|" + f.more()) && !f.lemma().equals(lemma) && !f.copula()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Lower-case lemmas of every frame's verb: they settle words the tagger is unsure of. */
    Set<String> verbs(Language language) {
        return verbs.get(language).get();
    }

    private Set<String> verbLemmas(Language language) {
        Set<String> lemmas = new LinkedHashSet<>();
        for (Frame f : all(language)) {
            lemmas.add(f.lemma().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(lemmas);
    }

    private static Map<String, List<Frame>> index(List<Frame> frames) {
        Map<String, List<Frame>> index = new HashMap<>();
        for (Frame f : frames) {
            index.computeIfAbsent(f.lemma().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        return index;
    }

    private List<Frame> compile(Language language) {
        Map<String, Frame> unique = new LinkedHashMap<>();
        List<Phrase> ordered = phrases.phrases().stream().filter(p -> p.language() == language)
                .sorted(java.util.Comparator.comparingInt((Phrase p) -> KIND_ORDER.indexOf(p.kind()))).toList();
        for (Phrase p : ordered) {
            read(p, p.kind(), p.key(), p.more(), p.rank(), p.template(), language).ifPresent(f -> unique.putIfAbsent(
                    signature(f), f));
        }
        for (PredicateDef def : facts.predicates()) {
            if (def.name() != null) {
                String name = def.name().in(language);
                read(null, "relation", def.id(), true, 100, relationSentence(name, language), language)
                        .ifPresent(f -> unique.putIfAbsent(signature(f), f));
            }
        }
        for (MeasureDef def : facts.measures()) {
            if (def.name() != null) {
                String verb = language == Language.DE ? "hat" : "has";
                read(null, "quantity", def.id(), true, 100, "{subject} " + verb + " {value} " + def.name().in(language),
                        language).ifPresent(f -> unique.putIfAbsent(signature(f), f));
            }
        }
        for (TitleDef def : facts.titles()) {
            if (def.name() != null) {
                String name = def.name().in(language);
                String the = language == Language.DE ? org.factquiz.language.NounPhrase.parse(name, language)
                        .gender() == org.factquiz.language.Gender.FEMININE ? "die" : "der" : "the";
                String copula = language == Language.DE ? "ist" : "is";
                read(null, "title", def.id(), true, 100, "{holder} " + copula + " " + the + " " + name + " in {scope}",
                        language).ifPresent(f -> unique.putIfAbsent(signature(f), f));
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * A sentence from a predicate's name: "{subject} is a customer of {object}"; in German the
     * object goes before the particles and participles that close the clause and after a
     * preposition that ends the name ("wirbt Talente ab von": "{subject} wirbt Talente von {object} ab").
     */
    static String relationSentence(String name, Language language) {
        if (language == Language.EN) {
            return "{subject} " + name + " {object}";
        }
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        List<String> closing = new ArrayList<>();
        String preposition = "";
        if (!words.isEmpty() && Set.of("von", "in", "mit", "auf", "an", "bei", "über", "zu", "als", "für", "aus")
                .contains(words.get(words.size() - 1))) {
            preposition = words.remove(words.size() - 1) + " ";
        }
        for (int i = words.size() - 1; i > 0; i--) {
            String w = words.get(i);
            boolean closes = false;
            for (WordForm f : org.factquiz.language.Analyzer.words(w, Language.DE).get(0).forms()) {
                closes |= f.pos() == PartOfSpeech.PARTICLE || f.pos().isVerbal() && f.verbForm() != null
                        && f.verbForm() != org.factquiz.language.VerbForm.FINITE;
            }
            if (!closes || Character.isUpperCase(w.charAt(0))) {
                break;
            }
            closing.add(0, words.remove(i));
        }
        return "{subject} " + String.join(" ", words) + " " + preposition + "{object}"
                + (closing.isEmpty() ? "" : " " + String.join(" ", closing));
    }

    private static String signature(Frame f) {
        StringBuilder s = new StringBuilder(f.kind() + "|" + f.key() + "|" + f.more() + "|" + f.lemma() + "|" + f.voice()
                + "|" + f.subjectSlot() + "|" + f.dated());
        for (Piece p : f.rest()) {
            s.append('|').append(p.kind()).append(':').append(p.isWord() ? p.lower() : p.ref()).append(p.possessive());
        }
        return s.toString();
    }

    /** A template read as a frame, or empty when it has no clause (the editor gets no frame from it). */
    Optional<Frame> read(Phrase phrase, String kind, String key, boolean more, int rank, String template,
                         Language language) {
        String text = template;
        boolean dated = text.contains("{date}");
        String date = kind.equals("event") ? (language == Language.DE ? "im August 2023" : "August 2023")
                : (language == Language.DE ? "seit 2021" : "since 2021");
        text = text.replace("{date}", date).replace("{value}", language == Language.DE ? "60 Millionen" : "60 million");
        for (Map.Entry<String, String> e : PLACEHOLDERS.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (text.contains("{")) {
            return Optional.empty();
        }
        Sentence s = Analyzer.analyse(text, language);
        List<NameMatch> slots = slots(s.tokens());
        BitSet consumed = new BitSet();
        framing.dates(s, slots, consumed);
        List<Piece> values = framing.values(s, slots, consumed);
        ShapeReader.Parts parts = new ShapeReader.Parts(s, slots, values, consumed);
        // A template has a verb: every word that may be one is taken as one ("owns" tagged a noun).
        Set<String> mayBeVerbs = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            for (WordForm f : t.forms()) {
                if (f.pos().isVerbal()) {
                    mayBeVerbs.add(f.lemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        Optional<Shape> shape = ShapeReader.read(parts, 0, s.tokens().size(), mayBeVerbs);
        if (shape.isEmpty() || shape.get().subject().size() != 1 || !shape.get().subject().get(0).isName()) {
            return Optional.empty();
        }
        Shape sh = shape.get();
        return Optional.of(new Frame(phrase, kind, key, more, language, rank, template, sh.subject().get(0).ref(),
                sh.lemma().toLowerCase(Locale.ROOT), sh.voice(), sh.copula(), sh.rest(), dated));
    }

    /** The placeholders of a template as names whose entity is the slot ("object"). */
    private static List<NameMatch> slots(List<Token> tokens) {
        List<NameMatch> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            for (Map.Entry<String, String> e : PLACEHOLDERS.entrySet()) {
                String p = e.getValue();
                boolean genitive = w.equals(p + "s");
                if (w.equals(p) || genitive) {
                    int end = i + 1;
                    boolean possessive = genitive;
                    if (end < tokens.size() && (tokens.get(end).text().equals("'s") || tokens.get(end).text().equals("’s"))) {
                        possessive = true;
                        end++;
                    }
                    found.add(new NameMatch(e.getKey(), i, end, possessive, w));
                    i = end - 1;
                    break;
                }
            }
        }
        return found;
    }
}
