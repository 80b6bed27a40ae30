package org.factquiz.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.language.Connectives;
import org.factquiz.model.Claim;
import org.factquiz.model.ComparisonClaim;
import org.factquiz.model.Comparison;
import org.factquiz.model.ConjunctionClaim;
import org.factquiz.model.Entity;
import org.factquiz.model.Enumeration;
import org.factquiz.model.Event;
import org.factquiz.model.EventClaim;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Link;
import org.factquiz.model.LinkClaim;
import org.factquiz.model.LinkKind;
import org.factquiz.model.Location;
import org.factquiz.model.Quantity;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.Relation;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.Statement;
import org.factquiz.model.Title;
import org.factquiz.model.TitleClaim;
import org.factquiz.model.TypeDef;
import org.factquiz.model.UnknownTerm;

/**
 * Causes and purposes: "B because A", "B, denn A", "A so that B", "A, mit dem Ziel: B". Each side is
 * read as a claim of its own; a side that states one of the article's statements stands for it, and
 * the claim is that the article gives A as the cause (or purpose) of B: a {@link LinkClaim} per
 * reason, judged by rules/claims/links.drl. A side that states nothing the article states is kept
 * as its words, and the link is NOT ENOUGH INFO.
 */
final class LinkReader {
    private static final List<String> AND = List.of(" and ", " und ");

    private final FactBase facts;
    private final ClaimParser parser;

    LinkReader(FactBase facts, ClaimParser parser) {
        this.facts = facts;
        this.parser = parser;
    }

    /** The link claim {@code text} makes, if a connective of its language joins two readable sides. */
    Optional<ClaimParser.Read> read(String id, String text, Language language, String sentence, Location location) {
        for (Connectives.Connective c : Connectives.of(language)) {
            Connectives.Join join = Connectives.find(text, c);
            if (join == null) {
                continue;
            }
            String first = text.substring(0, join.start()).strip();
            String second = text.substring(join.end()).strip();
            // The framing of the whole ("Possibly", "According to X") is written before the first side.
            Optional<Claim> framing = claim(id + "/first", first, null, location);
            if (framing.isEmpty()) {
                continue;
            }
            // "... so that it depends less on X": the second side's "it" is the first side's subject;
            // so is "the company" ("weil das Unternehmen ..."), the name of its kind said again.
            String it = framing.get().subject();
            String name = nameOf(it, language);
            if (name != null) {
                second = renamed(second, it, name, language);
            }
            if (c.infinitive()) {
                if (name == null) {
                    continue;
                }
                // "in order to depend less on X": the infinitive's subject is the first side's.
                second = Connectives.infinitiveAsClause(second, language, name, parser.verbParticles(language));
            }
            String outcomeText = c.outcomeFirst() ? first : second;
            String reasonText = c.outcomeFirst() ? second : first;
            Optional<Claim> outcome = c.outcomeFirst() ? framing : claim(id + "/outcome", outcomeText, it, location);
            List<Claim> reasons = reasons(id, reasonText, c.outcomeFirst() ? it : null,
                    c.outcomeFirst() ? name : null, language, location);
            if (outcome.isEmpty() || reasons.isEmpty()) {
                continue;
            }
            List<LinkKind> kinds = c.kinds().stream().map(LinkKind::valueOf).toList();
            String to = statementOf(outcome.get(), outcomeText, false);
            List<Claim> links = new ArrayList<>();
            for (int i = 0; i < reasons.size(); i++) {
                String from = statementOf(reasons.get(i), reasonText, true);
                links.add(new LinkClaim(reasons.size() == 1 ? id : id + "/" + (i + 1), from, kind(kinds, from, to), to,
                        framing.get().accordingTo(), framing.get().possibly(), sentence, location));
            }
            Claim claim = links.size() == 1 ? links.get(0) : new ConjunctionClaim(id, links, sentence, location);
            return Optional.of(new ClaimParser.Read(claim, language, List.of()));
        }
        return Optional.empty();
    }

    private Optional<Claim> claim(String id, String text, String referent, Location location) {
        return parser.readClause(id, text, referent, location).map(ClaimParser.Read::claim);
    }

    /**
     * "A", "A and B", "A und B": the reasons, each a claim. Clauses joined by "and" are several
     * reasons when each reads on its own ("Clipster is saturated ... and Shortly is saturated ...");
     * otherwise the side is one claim ("offers search, translation and image generation").
     */
    private List<Claim> reasons(String id, String text, String referent, String referentName, Language language,
                                Location location) {
        for (String and : AND) {
            String[] parts = text.split(java.util.regex.Pattern.quote(and));
            if (parts.length < 2) {
                continue;
            }
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                Optional<ClaimParser.Read> c = readable(parser.readClause(id + "/reason-" + (i + 1), parts[i].strip(),
                        referent, location));
                if (c.isEmpty() && i > 0 && referentName != null) {
                    // "it hires talent ... and invests in X": a later clause without a subject has the first's.
                    c = readable(parser.readClause(id + "/reason-" + (i + 1), referentName + " " + parts[i].strip(),
                            referent, location));
                }
                if (c.isEmpty()) {
                    claims.clear();
                    break;
                }
                claims.add(c.get().claim());
            }
            if (!claims.isEmpty()) {
                return claims;
            }
        }
        Optional<ClaimParser.Read> read = parser.readClause(id + "/reason", text, referent, location);
        List<Claim> whole = read.map(r -> List.of(r.claim())).orElse(List.of());
        if (language == Language.DE && readable(read).isEmpty()) {
            whole = verbSecond(id, text, referent, location).map(List::of).orElse(whole);
        }
        // "because Clipster and Shortly are saturated": one reason per subject, when the article states
        // each on its own rather than as one list.
        if (whole.size() == 1 && whole.get(0) instanceof ConjunctionClaim conjunction && !statesAny(conjunction)
                && !conjunction.parts().isEmpty() && conjunction.parts().stream().allMatch(this::statesAny)) {
            return List.copyOf(conjunction.parts());
        }
        return whole;
    }

    /**
     * A German subordinate clause ("weil Clipster und Shortly in vielen Märkten gesättigt sind") has
     * its finite verb last; read as a main clause, with the verb after the subject. Where the
     * subject ends is not known before reading, so the verb is tried after each of the first words
     * (a subject of a few words: a name, a list of two names), and the first reading without
     * unknown words is the clause's.
     */
    private Optional<Claim> verbSecond(String id, String text, String referent, Location location) {
        String clause = text.strip();
        String end = clause.endsWith(".") ? "." : "";
        clause = end.isEmpty() ? clause : clause.substring(0, clause.length() - 1).strip();
        String[] words = clause.split(" ");
        if (words.length < 3) {
            return Optional.empty();
        }
        String verb = words[words.length - 1];
        for (int k = 1; k <= Math.min(4, words.length - 2); k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < words.length - 1; i++) {
                b.append(words[i]).append(' ');
                if (i == k - 1) {
                    b.append(verb).append(' ');
                }
            }
            Optional<ClaimParser.Read> read = readable(parser.readClause(id, b.toString().strip() + end, referent,
                    location));
            if (read.isPresent()) {
                return read.map(ClaimParser.Read::claim);
            }
        }
        return Optional.empty();
    }

    private static Optional<ClaimParser.Read> readable(Optional<ClaimParser.Read> read) {
        return read.filter(r -> r.unknowns().isEmpty());
    }

    private boolean statesAny(Claim claim) {
        return facts.statements().stream().anyMatch(s -> states(claim, s));
    }

    /** The name of entity {@code id} in {@code language}, or null for no entity. */
    private String nameOf(String id, Language language) {
        return id == null ? null : facts.entity(id).map(e -> e.name().in(language)).orElse(null);
    }

    /**
     * {@code side} with a description of entity {@code id} by its kind at its start ("the company",
     * "das Unternehmen", any type it is of) replaced by its name: a writer says a subject again so.
     */
    private String renamed(String side, String id, String name, Language language) {
        Entity entity = facts.entity(id).orElse(null);
        String lower = side.toLowerCase(java.util.Locale.ROOT);
        for (String type = entity == null ? null : entity.type(); type != null; ) {
            String current = type;
            TypeDef def = facts.types().stream().filter(t -> t.id().equals(current)).findFirst().orElse(null);
            if (def == null) {
                break;
            }
            String kind = def.name().in(language).toLowerCase(java.util.Locale.ROOT);
            for (String article : language == Language.DE ? List.of("der ", "die ", "das ") : List.of("the ")) {
                String description = article + kind + " ";
                if (lower.startsWith(description)) {
                    return name + " " + side.substring(description.length());
                }
            }
            type = def.parent();
        }
        return side;
    }

    /** The link kind of the article's link between these statements, else the connective's first. */
    private LinkKind kind(List<LinkKind> kinds, String from, String to) {
        // The outcome's own link first: what else the reason leads to says nothing of this outcome.
        for (boolean byOutcome : List.of(true, false)) {
            for (Statement s : facts.statements()) {
                if (s instanceof Link l && kinds.contains(l.link()) && (byOutcome ? l.to().equals(to)
                        : l.from().contains(from))) {
                    return l.link();
                }
            }
        }
        return kinds.get(0);
    }

    /**
     * The id of the article's statement that {@code claim} states, preferring one a link starts
     * from ({@code reason}) or leads to; the claim's words as an unknown term when none does.
     */
    private String statementOf(Claim claim, String text, boolean reason) {
        List<String> ids = new ArrayList<>();
        for (Statement s : facts.statements()) {
            if (states(claim, s)) {
                ids.add(s.id());
            }
        }
        for (String candidate : ids) {
            for (Statement s : facts.statements()) {
                if (s instanceof Link l && (reason ? l.from().contains(candidate) : l.to().equals(candidate))) {
                    return candidate;
                }
            }
        }
        return ids.isEmpty() ? UnknownTerm.idOf(text) : ids.get(0);
    }

    private static boolean states(Claim claim, Statement s) {
        if (claim instanceof RelationClaim r) {
            return s instanceof Relation x && x.subject().equals(r.subject()) && x.predicate().equals(r.predicate())
                    && x.object().equals(r.object())
                    || s instanceof Enumeration e && e.subject().equals(r.subject()) && e.predicate().equals(r.predicate())
                    && e.members().contains(r.object());
        }
        if (claim instanceof ConjunctionClaim c && !c.parts().isEmpty() && c.parts().get(0) instanceof RelationClaim r
                && s instanceof Enumeration e) {
            return e.subject().equals(r.subject()) && e.predicate().equals(r.predicate())
                    && c.parts().stream().allMatch(p -> p instanceof RelationClaim m && e.members().contains(m.object()));
        }
        if (claim instanceof QuantityClaim q) {
            return s instanceof Quantity x && x.subject().equals(q.subject()) && x.measure().equals(q.measure());
        }
        if (claim instanceof EventClaim e) {
            return s instanceof Event x && x.subject().equals(e.subject()) && x.event().equals(e.event());
        }
        if (claim instanceof TitleClaim t) {
            return s instanceof Title x && x.holder().equals(t.subject()) && x.title().equals(t.title());
        }
        if (claim instanceof ComparisonClaim c) {
            return s instanceof Comparison x && x.subject().equals(c.subject()) && x.measure().equals(c.measure())
                    && x.object().equals(c.object()) && x.more() == c.more();
        }
        return false;
    }
}
