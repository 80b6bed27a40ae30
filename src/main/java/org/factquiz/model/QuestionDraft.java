package org.factquiz.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question a quiz rule proposes, before verification: its stable id, type, the template it is
 * written with and the values of the template's slots, what it tests ({@code skill}: recall,
 * understanding or inference), its topic, the inference depth of its answer, the facts it rests on,
 * and the source it must be attributed to (null when the facts are certain).
 */
public record QuestionDraft(String id, QuestionType type, String template, Map<String, String> slots, String topic,
                            String skill, int depth, List<String> facts, String accordingTo, String rule) {
    public QuestionDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(template, "template");
        slots = Map.copyOf(slots);
        topic = topic == null || topic.isEmpty() ? "general" : topic;
        facts = List.copyOf(facts);
    }

    /** A draft about one statement: topic, facts and attribution come from the statement. */
    public static QuestionDraft about(Statement statement, String id, QuestionType type, String template,
                                      Map<String, String> slots, String skill, int depth, String rule) {
        return new QuestionDraft(id, type, template, slots, statement.provenance().topic(), skill, depth,
                List.of(statement.id()), Attribution.sourceOf(statement), rule);
    }
}
