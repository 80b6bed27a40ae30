package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * An inconsistency a consistency rule found: the rule's name, a message in English and German,
 * and the ids of the facts involved (statements, entities, vocabulary entries or derived facts).
 */
public record Finding(Severity severity, String rule, String messageEn, String messageDe, List<String> facts) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageDe, "messageDe");
        facts = List.copyOf(facts);
    }

    public String message(Language language) {
        return language == Language.DE ? messageDe : messageEn;
    }

    public static Finding error(String rule, String en, String de, List<String> facts) {
        return new Finding(Severity.ERROR, rule, en, de, facts);
    }

    public static Finding warning(String rule, String en, String de, List<String> facts) {
        return new Finding(Severity.WARNING, rule, en, de, facts);
    }
}
