package org.factquiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything loaded from a facts folder: sources, vocabulary, entities and statements, and the
 * phrases that say the vocabulary's predicates, measures, titles and events.
 */
public record FactBase(List<Document> documents, List<TypeDef> types, List<PredicateDef> predicates,
                       List<MeasureDef> measures, List<UnitDef> units, List<TitleDef> titles,
                       List<EventDef> events, List<Entity> entities, List<Statement> statements,
                       List<Phrase> phrases, List<TopicDef> topics) {
    public FactBase {
        documents = List.copyOf(documents);
        types = List.copyOf(types);
        predicates = List.copyOf(predicates);
        measures = List.copyOf(measures);
        units = List.copyOf(units);
        titles = List.copyOf(titles);
        events = List.copyOf(events);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        phrases = List.copyOf(phrases);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** A fact base without event declarations, phrases and topic names. */
    public FactBase(List<Document> documents, List<TypeDef> types, List<PredicateDef> predicates,
                    List<MeasureDef> measures, List<UnitDef> units, List<TitleDef> titles,
                    List<Entity> entities, List<Statement> statements) {
        this(documents, types, predicates, measures, units, titles, List.of(), entities, statements, List.of());
    }

    /** A fact base without topic names (topics are shown by their ids). */
    public FactBase(List<Document> documents, List<TypeDef> types, List<PredicateDef> predicates,
                    List<MeasureDef> measures, List<UnitDef> units, List<TitleDef> titles, List<EventDef> events,
                    List<Entity> entities, List<Statement> statements, List<Phrase> phrases) {
        this(documents, types, predicates, measures, units, titles, events, entities, statements, phrases, List.of());
    }

    /** The name of {@code topic} in {@code language}: from the vocabulary's topics, else the id itself. */
    public String topicName(String topic, Language language) {
        return topics.stream().filter(t -> t.id().equals(topic)).findFirst().map(t -> t.name().in(language))
                .orElse(topic);
    }

    /** The same facts with {@code more} phrases after their own. */
    public FactBase withPhrases(List<Phrase> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Phrase> all = new ArrayList<>(phrases);
        all.addAll(more);
        return new FactBase(documents, types, predicates, measures, units, titles, events, entities, statements, all,
                topics);
    }

    /** Every object to insert into a rule session, vocabulary first. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.addAll(documents);
        all.addAll(types);
        all.addAll(predicates);
        predicates.forEach(p -> all.addAll(p.chains()));
        all.addAll(measures);
        all.addAll(units);
        all.addAll(titles);
        all.addAll(events);
        all.addAll(phrases);
        all.addAll(entities);
        all.addAll(statements);
        return all;
    }

    /** Everything written with this id: normally one item, two or more when an id is duplicated. */
    public List<Identified> withId(String id) {
        List<Identified> found = new ArrayList<>();
        for (Object item : all()) {
            if (item instanceof Identified identified && identified.id().equals(id)) {
                found.add(identified);
            }
        }
        return found;
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Statement> statement(String id) {
        Objects.requireNonNull(id);
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<PredicateDef> predicate(String id) {
        return predicates.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
