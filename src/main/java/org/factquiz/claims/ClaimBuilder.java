package org.factquiz.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.model.Claim;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.ComparisonClaim;
import org.factquiz.model.ConjunctionClaim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.FactBase;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.NegatedClaim;
import org.factquiz.model.PartialDate;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.TitleClaim;
import org.factquiz.model.UnknownTerm;

/**
 * A claim from a frame laid over a clause: each slot's name or description resolved, unknown ones
 * kept as unknown terms (the claim is still judged: NOT ENOUGH INFO, "no fact mentions ..."), the
 * frame's kind deciding the claim's kind, and the clause's negation wrapping it.
 */
final class ClaimBuilder {
    /** A claim read, the words in it the facts do not know, and how well its frame fitted. */
    record Built(Claim claim, List<UnknownTerm> unknowns, double cost) {
    }

    /** How the clause frames its statement: attribution, hedge, negation, date. */
    record Framed(String accordingTo, boolean possibly, boolean negated, Framing.DateMark date) {
    }

    private final FactBase facts;
    private final Descriptions descriptions;
    private final EntityMentions mentions;

    ClaimBuilder(FactBase facts, Descriptions descriptions, EntityMentions mentions) {
        this.facts = facts;
        this.descriptions = descriptions;
        this.mentions = mentions;
    }

    Optional<Built> build(String id, FrameMatcher.Match m, ShapeReader.Parts parts, Framed framed, String text,
                          Location location) {
        // "X offers A, B and C": one claim for each of the names listed in a slot, judged together.
        for (Map.Entry<String, List<Piece>> slot : m.slots().entrySet()) {
            List<List<Piece>> listed = FrameMatcher.coordinated(slot.getValue());
            if (!listed.isEmpty()) {
                String claimId = framed.negated() ? id + "/affirmed" : id;
                List<Claim> members = new ArrayList<>();
                List<UnknownTerm> unknowns = new ArrayList<>();
                double cost = m.cost();
                for (int k = 0; k < listed.size(); k++) {
                    Map<String, List<Piece>> one = new LinkedHashMap<>(m.slots());
                    one.put(slot.getKey(), listed.get(k));
                    FrameMatcher.Match member = new FrameMatcher.Match(m.frame(), m.shape(), m.cost(), m.literals(), one,
                            m.value());
                    Optional<Built> b = build(claimId + "/" + (k + 1), member, parts,
                            new Framed(framed.accordingTo(), framed.possibly(), false, framed.date()), text, location);
                    if (b.isEmpty()) {
                        return Optional.empty();
                    }
                    members.add(b.get().claim());
                    unknowns.addAll(b.get().unknowns());
                }
                Claim all = new ConjunctionClaim(claimId, members, text, location);
                return Optional.of(new Built(framed.negated() ? new NegatedClaim(id, all, text, location) : all,
                        List.copyOf(unknowns), cost));
            }
        }
        String claimId = framed.negated() ? id + "/affirmed" : id;
        List<UnknownTerm> unknowns = new ArrayList<>();
        Map<String, String> entities = new LinkedHashMap<>();
        String subjectSlot = m.frame().subjectSlot();
        String owner = null;
        for (String slot : orderedSlots(m, subjectSlot)) {
            Descriptions.Resolution r = descriptions.resolve(m.slots().get(slot), parts, owner);
            String entity = r.known() ? r.entity() : unknown(claimId, r.text(), unknowns);
            entities.put(slot, entity);
            if (slot.equals(subjectSlot)) {
                owner = r.entity();
            }
        }
        Frame f = m.frame();
        String subject = entities.get(subjectSlot);
        String accordingTo = framed.accordingTo();
        boolean possibly = framed.possibly();
        PartialDate date = framed.date() == null ? null : framed.date().date();
        PartialDate until = framed.date() == null ? null : framed.date().until();
        Claim claim = switch (f.kind()) {
            case "relation" -> entities.containsKey("object") ? new RelationClaim(claimId, subject, f.key(),
                    entities.get("object"), entities.get("where"), date, until, accordingTo, possibly, text, location)
                    : null;
            case "quantity" -> {
                MeasureDef measure = facts.measures().stream().filter(d -> d.id().equals(f.key())).findFirst()
                        .orElse(null);
                ClaimedValue value = m.value();
                yield measure == null || value == null ? null : new QuantityClaim(claimId, subject, f.key(), value,
                        measure.unit(), accordingTo, possibly, text, location);
            }
            case "comparison" -> entities.containsKey("object") ? new ComparisonClaim(claimId, subject, f.key(),
                    f.more(), entities.get("object"), accordingTo, possibly, text, location) : null;
            case "title" -> new TitleClaim(claimId, subject, f.key(), entities.get("of"), entities.get("scope"),
                    accordingTo, possibly, text, location);
            case "event" -> new EventClaim(claimId, subject, f.key(), date, until, entities.get("where"), accordingTo,
                    possibly, text, location);
            default -> null;
        };
        if (claim == null) {
            return Optional.empty();
        }
        Claim result = framed.negated() ? new NegatedClaim(id, claim, text, location) : claim;
        return Optional.of(new Built(result, List.copyOf(unknowns), m.cost()));
    }

    /** The subject first, so that "its" in the other slots can refer to it. */
    private static List<String> orderedSlots(FrameMatcher.Match m, String subjectSlot) {
        List<String> slots = new ArrayList<>();
        slots.add(subjectSlot);
        for (String s : m.slots().keySet()) {
            if (!s.equals(subjectSlot)) {
                slots.add(s);
            }
        }
        return slots;
    }

    /** A stand-in id for words that name nothing the facts know, with the term that says so. */
    String unknown(String claimId, String text, List<UnknownTerm> unknowns) {
        String hint = mentions.hint(text).replaceFirst("^ \\(did you mean '(.*)'\\?\\)$", "$1");
        unknowns.add(new UnknownTerm(claimId, text, hint.isEmpty() ? null : hint));
        return "?" + text;
    }
}
