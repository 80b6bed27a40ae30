package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.language.Case;
import org.factquiz.model.Language;

/**
 * A frame around a statement, written as the sentence reads: "Warum {verb} {subject} laut Artikel
 * {rest}?", "According to {source}, {subject} {verb} {rest}", "..., dass {subject} {rest} {verb}".
 * The order of the clause's parts says which form the statement takes: {verb} before {subject} a
 * question or, in German, the verb second after what is fronted; {verb} after {rest} a German
 * subordinate clause; {verb-ing} the English -ing form; {infinitive} the verb after a modal
 * written between {subject} and it ("{subject} will {rest} {infinitive}", "{subject} aims to
 * {infinitive} {rest}"). Words between the parts are put where the language puts such words
 * ("possibly" after "is", before "exerts"). Other slots take terms, declined as the word before
 * them asks ("laut {source}": "laut Kritikern"), or finished text.
 */
public final class Frame {
    private static final Pattern SLOT = Pattern.compile("\\{([\\w-]+)}");
    private static final List<String> PARTS = List.of("verb", "subject", "rest", "verb-ing", "infinitive");

    private Frame() {
    }

    /** True when {@code template} puts a statement into one of its forms (it has {subject}). */
    public static boolean framesClause(String template) {
        return template.contains("{subject}");
    }

    /**
     * {@code template} filled: its clause parts from {@code clause} (may be null when there are
     * none), {@code terms} declined, {@code texts} as given. Empty when the clause cannot take the
     * form the frame asks for.
     */
    public static Optional<String> fill(String template, Language language, Proposition clause, Map<String, Term> terms,
                                        Map<String, String> texts) {
        String withTerms = fillTerms(template, language, terms, texts);
        if (clause == null || !framesClause(withTerms)) {
            return Optional.of(withTerms);
        }
        Matcher m = SLOT.matcher(withTerms);
        List<String> order = new ArrayList<>();
        int first = -1;
        int last = -1;
        StringBuilder middle = new StringBuilder();
        int previousEnd = -1;
        while (m.find()) {
            if (!PARTS.contains(m.group(1))) {
                continue;
            }
            order.add(m.group(1));
            if (first < 0) {
                first = m.start();
            } else {
                middle.append(' ').append(withTerms, previousEnd, m.start());
            }
            previousEnd = m.end();
            last = m.end();
        }
        String prefix = withTerms.substring(0, first).strip();
        String suffix = withTerms.substring(last);
        String mid = middle.toString().strip().replaceAll("\\s+", " ");
        String front = prefix.isEmpty() ? null : prefix;
        String adverb = mid.isEmpty() ? null : mid;
        Optional<String> body;
        int verb = order.indexOf("verb");
        int subject = order.indexOf("subject");
        int rest = order.indexOf("rest");
        if (order.contains("verb-ing")) {
            body = clause.gerund().map(g -> join(front, g));
        } else if (order.contains("infinitive")) {
            body = adverb == null ? Optional.empty() : clause.withModal(adverb).map(g -> join(front, g));
        } else if (verb >= 0 && subject >= 0 && verb < subject) {
            body = language == Language.DE ? Optional.of(clause.sentence(front, adverb)) : clause.question(front, adverb);
        } else if (verb >= 0 && rest >= 0 && verb > rest) {
            body = clause.subordinate(front, adverb);
        } else {
            body = Optional.of(clause.sentence(front, adverb));
        }
        return body.map(b -> b + suffix);
    }

    /** The term and text slots filled; a German term after a preposition in the case it governs. */
    static String fillTerms(String template, Language language, Map<String, Term> terms, Map<String, String> texts) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String value;
            if (terms.containsKey(slot)) {
                value = terms.get(slot).in(caseAfter(template.substring(0, m.start()), language));
            } else if (texts.containsKey(slot)) {
                value = texts.get(slot);
            } else {
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static Case caseAfter(String before, Language language) {
        if (language != Language.DE) {
            return Case.NOMINATIVE;
        }
        String[] words = before.strip().split("\\s+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return GermanGovernment.after(last, List.of()).orElse(Case.NOMINATIVE);
    }

    private static String join(String front, String body) {
        return front == null ? body : front + " " + body;
    }
}
