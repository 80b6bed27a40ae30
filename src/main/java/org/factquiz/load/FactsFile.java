package org.factquiz.load;

import java.util.List;

/**
 * The shape of a facts file as editors write it. Every section is optional, so a folder can be
 * organised as editors like; {@code source} and {@code topic} apply to the file's statements.
 */
record FactsFile(
        String source,
        String topic,
        List<SourceEntry> sources,
        List<TypeEntry> types,
        List<PredicateEntry> predicates,
        List<MeasureEntry> measures,
        List<UnitEntry> units,
        List<TopicEntry> topics,
        List<TitleEntry> titles,
        List<EventEntry> events,
        List<EntityEntry> entities,
        List<StatementEntry> statements,
        PhrasesEntry phrases) {

    record NamesEntry(String en, String de) {
    }

    record SourceEntry(String id, String file, String language, String title) {
    }

    record TypeEntry(String id, String parent, NamesEntry name, NamesEntry ask) {
    }

    record PredicateEntry(String id, List<String> domain, List<String> range, String inverse, Boolean symmetric,
                          Boolean transitive, Boolean singleSubject, Boolean singleObject, Boolean containment,
                          List<String> roles, List<String> subPropertyOf, List<List<String>> chains,
                          NamesEntry name, NamesEntry inverseName) {
    }

    record MeasureEntry(String id, List<String> subject, String unit, NamesEntry name) {
    }

    record UnitEntry(String id, NamesEntry name, Boolean counted) {
    }

    record TopicEntry(String id, NamesEntry name) {
    }

    record TitleEntry(String id, List<String> holder, String measure, Boolean unique, NamesEntry name) {
    }

    record EventEntry(String id, List<String> roles, NamesEntry name) {
    }

    record EntityEntry(String id, String type, NamesEntry name, List<String> aliases,
                       java.util.Map<String, GrammarEntry> grammar) {
    }

    /** What the dictionaries cannot tell about a name in one language (see {@code NameGrammar}). */
    record GrammarEntry(String gender, String number, java.util.Map<String, String> forms) {
    }

    /**
     * How the vocabulary is said: for each predicate (or inverse), measure, title and event, the
     * templates in English and German. The first of a list is the one factquiz writes.
     */
    record PhrasesEntry(List<PhraseBookLoader.RelationPhrases> relations,
                        List<PhraseBookLoader.QuantityPhrases> quantities,
                        List<PhraseBookLoader.ComparisonPhrases> comparisons,
                        List<PhraseBookLoader.TitlePhrases> titles,
                        List<PhraseBookLoader.EventPhrases> events) {
    }

    /** One statement; which fields apply depends on {@code kind} (checked by the loader). */
    record StatementEntry(
            String id, String kind,
            String subject, String predicate, String object, List<String> objects, String list,
            String where, String manner,
            String holder, String title, String of, String scope,
            String measure, Double value, String scale, String bound, String unit,
            String comparator, String degree,
            String event,
            String link, List<String> from, String to,
            String at, String since, String until,
            Integer sentence, String quote, String status, String accordingTo, String hedge,
            String source, String topic) {
    }
}
