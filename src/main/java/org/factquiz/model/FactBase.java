package org.factquiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything loaded from a facts folder: sources, vocabulary, entities and statements. */
public record FactBase(List<Document> documents, List<TypeDef> types, List<PredicateDef> predicates,
                       List<MeasureDef> measures, List<UnitDef> units, List<TitleDef> titles,
                       List<Entity> entities, List<Statement> statements, List<TopicDef> topics) {
    public FactBase {
        documents = List.copyOf(documents);
        types = List.copyOf(types);
        predicates = List.copyOf(predicates);
        measures = List.copyOf(measures);
        units = List.copyOf(units);
        titles = List.copyOf(titles);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The name of {@code topic} in {@code language}: from the vocabulary's topics, else the id itself. */
    public String topicName(String topic, Language language) {
        return topics.stream().filter(t -> t.id().equals(topic)).findFirst().map(t -> t.name().in(language))
                .orElse(topic);
    }

    /** Every object to insert into a rule session, vocabulary first. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.addAll(documents);
        all.addAll(types);
        all.addAll(predicates);
        all.addAll(measures);
        all.addAll(units);
        all.addAll(titles);
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
}
