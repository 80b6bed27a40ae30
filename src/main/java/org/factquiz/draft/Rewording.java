package org.factquiz.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.model.Claim;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.Status;

/**
 * Rewrites an overstated sentence of a draft so that it keeps the source's hedge: the draft's own
 * words, with the attribution put in front ("According to industry insiders, ...", "Laut
 * Brancheninsidern ist X ...", German putting the verb second after it) and a hedging adverb put
 * where the language puts it: English after an auxiliary or before the main verb, German after the
 * finite verb (and its subject). An aim is framed as one ("The aim: ...", "Das Ziel: ...").
 */
final class Rewording {
    private static final Set<String> ENGLISH_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "shall", "should", "must", "does", "do", "did", "be",
            "been");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final FactBase facts;
    private final PhraseBook phrases;

    Rewording(FactBase facts, PhraseBook phrases) {
        this.facts = facts;
        this.phrases = phrases;
    }

    /** The sentence as it should read, or null when its subject cannot be found to build it around. */
    String reword(String sentence, Claim claim, Overstatement how, Language language) {
        String text = sentence.strip();
        String stop = text.matches(".*[.!?]$") ? text.substring(text.length() - 1) : "";
        String body = stop.isEmpty() ? text : text.substring(0, text.length() - 1).strip();
        if (how.status() == Status.INTENDED) {
            String aim = language == Language.DE ? "Das Ziel: " : "The aim: ";
            return aim + body + (stop.isEmpty() ? "." : stop);
        }
        boolean hedge = how.status() == Status.HEDGED && !claim.possibly();
        String source = claim.accordingTo() == null ? how.accordingToName() : null;
        if (claim.accordingTo() != null && how.accordingTo() != null && !claim.accordingTo().equals(how.accordingTo())) {
            return null;
        }
        int[] subject = subjectIn(body, claim.subject());
        if (subject == null) {
            return null;
        }
        String out = language == Language.DE ? german(body, subject, hedge, source)
                : english(body, subject, hedge, source);
        return out == null ? null : out + (stop.isEmpty() ? "." : stop);
    }

    private String english(String body, int[] subject, boolean hedge, String source) {
        String out = body;
        if (hedge) {
            Matcher next = WORD.matcher(body);
            if (!next.find(subject[1])) {
                return null;
            }
            String verb = next.group().toLowerCase(Locale.ROOT);
            int at = ENGLISH_AUXILIARIES.contains(verb) ? next.end() : next.start();
            String adverb = adverb(Language.EN);
            out = ENGLISH_AUXILIARIES.contains(verb) ? body.substring(0, at) + " " + adverb + body.substring(at)
                    : body.substring(0, at) + adverb + " " + body.substring(at);
        }
        if (source != null) {
            boolean startsWithName = startsWithName(out);
            out = "According to " + source + ", " + (startsWithName ? out : lowerFirst(out));
        }
        return out;
    }

    private String german(String body, int[] subject, boolean hedge, String source) {
        String adverb = adverb(Language.DE);
        Matcher next = WORD.matcher(body);
        if (subject[0] == 0) {
            // "X ist Y": verb second, so after a fronted "Laut Z" the subject follows the verb.
            if (!next.find(subject[1])) {
                return null;
            }
            String name = body.substring(0, subject[1]);
            String verb = next.group();
            String rest = body.substring(next.end()).strip();
            if (source != null) {
                return "Laut " + source + " " + verb + " " + name + (hedge ? " " + adverb : "")
                        + (rest.isEmpty() ? "" : " " + rest);
            }
            return name + " " + verb + (hedge ? " " + adverb : "") + (rest.isEmpty() ? "" : " " + rest);
        }
        // Something else stands first ("Seit 2021 wirbt X ..."): the subject follows the verb already.
        String out = hedge ? body.substring(0, subject[1]) + " " + adverb + body.substring(subject[1]) : body;
        return source == null ? out : "Laut " + source + ": " + out;
    }

    /** The first single-word hedge the claim reader knows for the language: "possibly", "möglicherweise". */
    private String adverb(Language language) {
        return phrases.words(language).possibly().stream().filter(w -> !w.contains(" ") && !w.endsWith(":"))
                .findFirst().orElse(language == Language.DE ? "möglicherweise" : "possibly");
    }

    /** Where a name of {@code entity} stands in {@code text} (start, end), the earliest and longest. */
    int[] subjectIn(String text, String entity) {
        Entity e = facts.entity(entity).orElse(null);
        if (e == null) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(e.name().en(), e.name().de()));
        names.addAll(e.aliases());
        names.sort(Comparator.comparingInt(String::length).reversed());
        int[] best = null;
        for (String name : names) {
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:the|der|die|das)\\s+)?" + Pattern.quote(name)
                    + "(?![\\p{L}\\p{N}])").matcher(text);
            if (m.find() && (best == null || m.start() < best[0])) {
                best = new int[] {m.start(), m.end()};
            }
        }
        return best;
    }

    /** True when the text starts with a known name (which keeps its capital after "According to X,"). */
    private boolean startsWithName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Entity e : facts.entities()) {
            for (String name : List.of(e.name().en(), e.name().de())) {
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && text.startsWith(name)
                        && (lower.length() == name.length() || !Character.isLetterOrDigit(lower.charAt(name.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The source's name as the draft should write it after "laut"/"according to": the words the
     * source sentence itself uses ("Laut Brancheninsidern"), else the entity's name in the language.
     */
    String sourceName(String entity, String sourceSentence, Language language) {
        Entity e = facts.entity(entity).orElse(null);
        if (e == null) {
            return entity;
        }
        if (language == Language.DE && sourceSentence != null) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name().de());
            for (String name : names) {
                if (Pattern.compile("(?iu)\\blaut\\s+" + Pattern.quote(name) + "\\b").matcher(sourceSentence).find()) {
                    return name;
                }
            }
        }
        return e.name().in(language);
    }
}
