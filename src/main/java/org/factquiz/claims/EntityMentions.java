package org.factquiz.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Analyzer;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Token;
import org.factquiz.load.ClosestNames;
import org.factquiz.model.Entity;
import org.factquiz.model.Language;

/**
 * The entities' names as words, and where a claim mentions them. A name matches however it is
 * inflected ("internationalen Märkten" names "internationale Märkte"), with or without its article
 * ("the USA", "die USA", "USA"), in any letter case, and in the genitive or with "'s" ("Chinas",
 * "Chipco's"), which makes the mention possessive. Names are split by the dictionaries alone, so a
 * large fact base costs no tagging.
 */
final class EntityMentions {
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "das", "den", "dem", "des");

    /** One name of an entity in one language, as words. */
    private record Name(String entity, String display, List<Token> words) {
    }

    private final Map<Language, Map<String, List<Name>>> byFirstWord = new HashMap<>();
    private final Map<String, String> displayByKey = new HashMap<>();
    private final Map<String, String> entityByKey = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();
    private final List<Name> all = new ArrayList<>();

    EntityMentions(List<Entity> entities) {
        for (Language language : Language.values()) {
            byFirstWord.put(language, new HashMap<>());
        }
        for (Entity e : entities) {
            nameOf.putIfAbsent(e.id(), e.name().en());
            add(e.id(), e.name().en(), Language.EN);
            add(e.id(), e.name().de(), Language.DE);
            for (String alias : e.aliases()) {
                add(e.id(), alias, Language.EN);
                add(e.id(), alias, Language.DE);
            }
            add(e.id(), e.id().replace('-', ' '), Language.EN);
            add(e.id(), e.id(), Language.EN);
            add(e.id(), e.id(), Language.DE);
        }
    }

    private void add(String entity, String text, Language language) {
        String plain = org.factquiz.language.Quotes.strip(text).strip();
        List<Token> words = new ArrayList<>(Analyzer.words(plain, language));
        while (words.size() > 1 && ARTICLES.contains(words.get(0).lower())) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return;
        }
        String key = key(words);
        displayByKey.putIfAbsent(key, plain.replaceFirst("(?i)^(the|der|die|das)\\s+", ""));
        entityByKey.putIfAbsent(key, entity);
        Name name = new Name(entity, plain, List.copyOf(words));
        all.add(name);
        Set<String> firsts = new LinkedHashSet<>();
        firsts.add(words.get(0).lower());
        firsts.addAll(words.get(0).lemmas());
        for (String first : firsts) {
            List<Name> list = byFirstWord.get(language).computeIfAbsent(first, k -> new ArrayList<>());
            if (list.stream().noneMatch(n -> n.entity().equals(entity) && key(n.words()).equals(key))) {
                list.add(name);
            }
        }
    }

    private static String key(List<Token> words) {
        StringBuilder key = new StringBuilder();
        for (Token t : words) {
            key.append(key.length() == 0 ? "" : " ").append(t.lower());
        }
        return key.toString();
    }

    /** The name to show for an entity id. */
    String name(String entity) {
        return nameOf.getOrDefault(entity, entity);
    }

    /** Every known name found in {@code tokens}, longest first where they overlap, in order. */
    List<NameMatch> find(List<Token> tokens, Language language) {
        List<NameMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NameMatch best = longestAt(tokens, i, language);
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.end();
            }
        }
        return found;
    }

    private NameMatch longestAt(List<Token> tokens, int i, Language language) {
        Token first = tokens.get(i);
        if (first.isPunctuation()) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(first.lower());
        keys.addAll(first.lemmas());
        String bare = genitiveStem(first.lower());
        if (bare != null) {
            keys.add(bare);
        }
        NameMatch best = null;
        for (Language l : List.of(language, other(language))) {
            for (String key : keys) {
                for (Name name : byFirstWord.get(l).getOrDefault(key, List.of())) {
                    NameMatch m = match(tokens, i, name);
                    if (m != null && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static Language other(Language language) {
        return language == Language.DE ? Language.EN : Language.DE;
    }

    private static NameMatch match(List<Token> tokens, int start, Name name) {
        int n = name.words().size();
        if (start + n > tokens.size()) {
            return null;
        }
        boolean possessive = false;
        for (int k = 0; k < n; k++) {
            Token s = tokens.get(start + k);
            Token w = name.words().get(k);
            if (same(s, w)) {
                continue;
            }
            if (k == n - 1 && isGenitiveOf(s.lower(), w.lower())) {
                possessive = true;
                continue;
            }
            return null;
        }
        int end = start + n;
        if (end < tokens.size() && (tokens.get(end).text().equals("'s") || tokens.get(end).text().equals("’s")
                || tokens.get(end).text().equals("'") || tokens.get(end).text().equals("’"))) {
            possessive = true;
            end++;
        }
        StringBuilder written = new StringBuilder();
        for (int k = start; k < start + n; k++) {
            written.append(k == start ? "" : " ").append(tokens.get(k).text());
        }
        return new NameMatch(name.entity(), start, end, possessive, written.toString());
    }

    /**
     * The same word: the same letters in any case, or the same lemma where the dictionary knows both
     * (so inflected forms match), but never a name the dictionary does not know against another word.
     */
    private static boolean same(Token sentence, Token name) {
        if (sentence.lower().equals(name.lower())) {
            return true;
        }
        if (name.forms().isEmpty() || sentence.forms().isEmpty() || name.pos() == PartOfSpeech.PROPER_NOUN) {
            return false;
        }
        if (!Character.isLetter(name.text().charAt(0))) {
            return false;
        }
        // The same lemma in the same word class: "Märkten" is "Märkte", but "kostet" is not "Kosten".
        for (org.factquiz.language.WordForm n : name.forms()) {
            for (org.factquiz.language.WordForm w : sentence.forms()) {
                if (n.lemma().length() > 2 && n.lemma().equalsIgnoreCase(w.lemma()) && sameClass(n.pos(), w.pos())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameClass(PartOfSpeech a, PartOfSpeech b) {
        return a == b || a.isNominal() && b.isNominal() || a.isVerbal() && b.isVerbal();
    }

    /** "chinas" of "china", "chipcos" of "chipco", "zhangs" of "zhang": the German genitive of a name. */
    private static boolean isGenitiveOf(String written, String name) {
        return written.equals(name + "s") || written.equals(name + "’") || written.equals(name + "'");
    }

    private static String genitiveStem(String lower) {
        return lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
    }

    /** The entity one name of which is all of {@code text}, however inflected. */
    Optional<String> entityOfWords(String text, Language language) {
        List<Token> words = Analyzer.words(text, language);
        List<NameMatch> found = find(words, language);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == words.size()
                ? Optional.of(found.get(0).entity()) : Optional.empty();
    }

    /**
     * The entities with a name that has every one of {@code words} (by lemma) and ends in the same
     * head noun as they do: "own chips" is in "own AI chips".
     */
    Set<String> containing(List<Piece> words, Language language) {
        Set<String> found = new LinkedHashSet<>();
        Piece head = words.get(words.size() - 1);
        for (Name name : all) {
            List<Token> n = name.words();
            if (n.size() <= words.size() && !words.stream().allMatch(w -> n.stream().anyMatch(t -> sameWord(w, t)))) {
                continue;
            }
            if (!sameWord(head, head(n))) {
                continue;
            }
            if (words.stream().allMatch(w -> n.stream().anyMatch(t -> sameWord(w, t)))) {
                found.add(name.entity());
            }
        }
        return found;
    }

    /**
     * The head noun of a name: its last word, or the noun before an attribute that follows it
     * ("Risiken der KI-Strategie", "risks of the AI strategy", "Teams für Sprachmodelle").
     */
    private static Token head(List<Token> name) {
        for (int i = 1; i < name.size(); i++) {
            PartOfSpeech pos = name.get(i).pos();
            if ((pos == PartOfSpeech.ADPOSITION || pos == PartOfSpeech.DETERMINER || name.get(i).lower().equals("of"))
                    && name.get(i - 1).pos().isNominal()) {
                return name.get(i - 1);
            }
        }
        return name.get(name.size() - 1);
    }

    /** The same word, or the word as the head of a compound ("Chips" in "KI-Chips"). */
    private static boolean sameWord(Piece p, Token t) {
        if (p.word() == null) {
            return false;
        }
        if (p.lower().equals(t.lower()) || same(p.word(), t)) {
            return true;
        }
        String compound = t.lower();
        for (String lemma : p.lemmas()) {
            if (lemma.length() > 3 && (compound.endsWith("-" + lemma) || t.lemmas().stream()
                    .anyMatch(l -> l.endsWith("-" + lemma) || l.length() > lemma.length() + 2 && l.endsWith(lemma)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a name of {@code entity} has a word of a name of {@code other} ("Acme's own AI chips", acme). */
    boolean nameContains(String entity, String other) {
        for (Name name : all) {
            if (!name.entity().equals(entity)) {
                continue;
            }
            for (Name o : all) {
                if (o.entity().equals(other) && name.words().stream().anyMatch(t -> o.words().stream()
                        .anyMatch(w -> w.lower().equals(t.lower()) || isGenitiveOf(t.lower(), w.lower())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entity whose name is {@code text}, if one is. */
    Optional<String> entity(String text) {
        List<Token> words = new ArrayList<>(Analyzer.words(org.factquiz.language.Quotes.strip(text).strip(), Language.EN));
        while (words.size() > 1 && ARTICLES.contains(words.get(0).lower())) {
            words.remove(0);
        }
        return Optional.ofNullable(entityByKey.get(key(words)));
    }

    /** " (did you mean 'Askbot'?)" for a name close to a known one, else "". */
    String hint(String text) {
        String plain = org.factquiz.language.Quotes.strip(text).strip().replaceFirst("(?i)^(the|der|die|das|den|dem|des)\\s+", "");
        Map<String, String> byLower = new HashMap<>();
        displayByKey.values().forEach(d -> byLower.putIfAbsent(d.toLowerCase(Locale.ROOT), d));
        return ClosestNames.closest(plain.toLowerCase(Locale.ROOT), byLower.keySet())
                .map(c -> " (did you mean '" + byLower.get(c) + "'?)").orElse("");
    }
}
