package org.factquiz.bench;

import java.util.List;

/**
 * The kinds of inconsistency the synthetic fact bases carry on purpose, one per consistency rule.
 * Each planted case stands apart from everything else (its own entities, or shared ones it cannot
 * disturb), so that it makes exactly one finding, of exactly its rule.
 */
enum Plant {
    LINK_RESTS_ON_UNCERTAIN("A certain link rests on certain facts") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-maybe", "relation", "subject", company, "predicate", "invests-in", "object", "te-0",
                    "status", "hedged", "hedge", "possibly");
            out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-1");
            out.statement(p + "-link", "link", "link", "cause", "from", List.of(p + "-maybe"), "to", p + "-needs");
        }
    },
    LINK_LEADS_TO_UNCERTAIN("A certain link leads to a certain fact unless it names a purpose") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-2");
            out.statement(p + "-maybe", "relation", "subject", company, "predicate", "invests-in", "object", "te-3",
                    "status", "hedged", "hedge", "possibly");
            out.statement(p + "-link", "link", "link", "cause", "from", List.of(p + "-needs"), "to", p + "-maybe");
        }
    },
    AIM_STATED_AS_ACHIEVED("The aim of a purpose is not stated as achieved") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-invests", "relation", "subject", company, "predicate", "invests-in", "object", "te-4");
            out.statement(p + "-aim", "relation", "subject", company, "predicate", "needs", "object", "te-5");
            out.statement(p + "-link", "link", "link", "purpose", "from", List.of(p + "-invests"), "to", p + "-aim");
        }
    },
    COMPARISON_AGAINST_COUNTS("A comparison must agree with the quantities it compares") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            String b = product(out, p + "-b", "chatbot");
            users(out, p + "-users-a", a, 10, null);
            users(out, p + "-users-b", b, 20, null);
            out.statement(p + "-more", "comparison", "subject", a, "measure", USERS, "comparator", "more", "object", b);
        }
    },
    COMPARISON_CYCLE("Comparisons must not form a cycle") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            String b = product(out, p + "-b", "chatbot");
            String c = product(out, p + "-c", "chatbot");
            out.statement(p + "-ab", "comparison", "subject", a, "measure", USERS, "comparator", "more", "object", b);
            out.statement(p + "-bc", "comparison", "subject", b, "measure", USERS, "comparator", "more", "object", c);
            out.statement(p + "-ca", "comparison", "subject", c, "measure", USERS, "comparator", "more", "object", a);
        }
    },
    USED_BEFORE_LAUNCH("Nothing happens to a subject before the event that starts it") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            out.statement(p + "-launch", "event", "subject", a, "event", "launch", "at", "2022-05");
            users(out, p + "-users", a, 5, "2019");
        }
    },
    CAUSE_AFTER_EFFECT("A cause does not start after what it led to") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-cause", "relation", "subject", company, "predicate", "invests-in", "object", "te-6",
                    "since", "2024");
            out.statement(p + "-effect", "relation", "subject", company, "predicate", "needs", "object", "te-7",
                    "at", "2020");
            out.statement(p + "-link", "link", "link", "led-to", "from", List.of(p + "-cause"), "to", p + "-effect");
        }
    },
    NEGATIVE_QUANTITY("A quantity is not negative") {
        @Override
        void write(FactsWriter out, String p, int n) {
            users(out, p + "-users", product(out, p + "-a", "chatbot"), -5, null);
        }
    },
    WRONG_UNIT("A quantity uses its measure's unit") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            out.statement(p + "-users", "quantity", "subject", a, "measure", USERS, "value", 5, "scale", "million",
                    "unit", "money");
        }
    },
    UNKNOWN_ENTITY("A statement refers only to known entities") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            product(out, p + "-a", "chatbot");
            out.statement(p + "-owns", "relation", "subject", company, "predicate", "owns", "object", p + "-aa");
        }
    },
    UNKNOWN_PREDICATE("A relation uses a known predicate") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            String a = product(out, p + "-a", "chatbot");
            out.statement(p + "-makes", "relation", "subject", company, "predicate", "manufactures", "object", a);
        }
    },
    UNKNOWN_MEASURE("A quantity uses a known measure") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            out.statement(p + "-users", "quantity", "subject", a, "measure", "daily-users", "value", 5, "scale",
                    "million", "unit", "users");
        }
    },
    COMPARISON_UNKNOWN_MEASURE("A comparison uses a known measure") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            String b = product(out, p + "-b", "chatbot");
            out.statement(p + "-more", "comparison", "subject", a, "measure", "popularity", "comparator", "more",
                    "object", b);
        }
    },
    UNKNOWN_TITLE("A title statement uses a known title") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String person = person(out, p + "-a");
            out.statement(p + "-title", "title", "holder", person, "title", "oldest-person");
        }
    },
    UNKNOWN_TYPE("An entity has a known type") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.entity(p + "-a", "gadget", "Gadget " + p, "Gerät " + p);
        }
    },
    LINK_FROM_UNKNOWN("A link connects known statements") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-8");
            out.statement(p + "-link", "link", "link", "cause", "from", List.of(p + "-nedes"), "to", p + "-needs");
        }
    },
    LINK_TO_UNKNOWN("A link leads to a known statement") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-9");
            out.statement(p + "-link", "link", "link", "cause", "from", List.of(p + "-needs"), "to", p + "-nedes");
        }
    },
    DUPLICATE_ID("An id names only one thing of its kind") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            // Every other case duplicates an entity, the rest a statement: ids are unique per kind.
            if (n % 2 == 0) {
                out.entity(company, "company", "Company " + p, "Unternehmen " + p);
            } else {
                out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-0");
                out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-0");
            }
        }
    },
    TWO_HOLDERS("A unique title has one holder at a time") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = person(out, p + "-a");
            String b = person(out, p + "-b");
            String city = city(out, p);
            out.statement(p + "-title-a", "title", "holder", a, "title", "richest-person", "scope", city);
            out.statement(p + "-title-b", "title", "holder", b, "title", "richest-person", "scope", city);
        }
    },
    SUPERLATIVE_BEATEN_BY_COUNT("A superlative is not beaten by a count in its scope") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String market = market(out, p);
            String a = product(out, p + "-a", "chatbot");
            String b = product(out, p + "-b", "ai-application");
            available(out, p + "-in-a", a, market);
            available(out, p + "-in-b", b, market);
            users(out, p + "-users-a", a, 10, null);
            users(out, p + "-users-b", b, 20, null);
            out.statement(p + "-top", "title", "holder", a, "title", POPULAR, "scope", market);
        }
    },
    SUPERLATIVE_BEATEN_BY_COMPARISON("A superlative is not beaten by a comparison in its scope") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String market = market(out, p);
            String a = product(out, p + "-a", "chatbot");
            String b = product(out, p + "-b", "chatbot");
            available(out, p + "-in-a", a, market);
            available(out, p + "-in-b", b, market);
            users(out, p + "-users-a", a, 10, null);
            out.statement(p + "-more", "comparison", "subject", b, "measure", USERS, "comparator", "more", "object", a);
            out.statement(p + "-top", "title", "holder", a, "title", POPULAR, "scope", market);
        }
    },
    ATTRIBUTED_TO_UNKNOWN("A statement is attributed to a known entity") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-needs", "relation", "subject", company, "predicate", "needs", "object", "te-1",
                    "status", "reported", "according-to", "an-00");
        }
    },
    TYPE_WITH_UNKNOWN_PARENT("A type's parent is a known type") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("types", p + "-type", "parent", "gadgetry");
        }
    },
    PREDICATE_WITH_UNKNOWN_TYPE("A predicate names only known types") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("predicates", p + "-predicate", "domain", List.of("gizmo"), "range", List.of("thing"));
        }
    },
    MEASURE_WITH_UNKNOWN_TYPE("A measure names only known types") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("measures", p + "-measure", "subject", List.of("gizmo"), "unit", "users");
        }
    },
    TITLE_WITH_UNKNOWN_TYPE("A title names only known types") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("titles", p + "-title", "holder", List.of("gizmo"));
        }
    },
    MEASURE_WITH_UNKNOWN_UNIT("A measure is counted in a known unit") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("measures", p + "-measure", "subject", List.of("product"), "unit", "euros");
        }
    },
    TITLE_WITH_UNKNOWN_MEASURE("A title is decided by a known measure") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("titles", p + "-title", "holder", List.of("person"), "measure", "wealth");
        }
    },
    TWO_MAKERS("A single-subject relation has one subject for each object") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String product = product(out, p + "-a", "chatbot");
            for (String maker : List.of(company(out, p + "-b"), company(out, p + "-c"))) {
                out.statement(p + "-" + maker + "-makes", "relation", "subject", maker, "predicate", "makes",
                        "object", product);
            }
        }
    },
    COMPLETE_LIST_EXTRA("A complete list names every object of its subject and predicate") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p + "-a");
            out.statement(p + "-list", "relation", "subject", company, "predicate", "invests-in", "objects",
                    List.of("te-8"), "list", "complete");
            out.statement(p + "-extra", "relation", "subject", company, "predicate", "invests-in", "object", "te-9");
        }
    },
    COMPARISON_OUTSIDE_MEASURE("A comparison compares things its measure applies to") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String product = product(out, p + "-a", "chatbot");
            String company = company(out, p + "-b");
            out.statement(p + "-more", "comparison", "subject", product, "measure", USERS, "comparator", "more",
                    "object", company);
        }
    },
    RELATION_SUBJECT_TYPE("A relation's subject has the type its predicate requires") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String person = person(out, p + "-a");
            String product = product(out, p + "-b", "chatbot");
            out.statement(p + "-makes", "relation", "subject", person, "predicate", "makes", "object", product);
        }
    },
    RELATION_OBJECT_TYPE("A relation's object has the type its predicate requires") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String maker = company(out, p + "-a");
            String made = company(out, p + "-b");
            out.statement(p + "-makes", "relation", "subject", maker, "predicate", "makes", "object", made);
        }
    },
    QUANTITY_SUBJECT_TYPE("A quantity's subject has the type its measure requires") {
        @Override
        void write(FactsWriter out, String p, int n) {
            users(out, p + "-users", person(out, p + "-a"), 3, null);
        }
    },
    TITLE_HOLDER_TYPE("A title's holder has the type the title requires") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            out.statement(p + "-title", "title", "holder", company, "title", "richest-person", "scope", city(out, p));
        }
    },
    USED_AFTER_SHUTDOWN("Nothing happens to a subject after the event that ends it") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String a = product(out, p + "-a", "chatbot");
            out.statement(p + "-shutdown", "event", "subject", a, "event", "shutdown", "at", "2022-05");
            users(out, p + "-users", a, 5, "2024");
        }
    },
    TWO_HEADQUARTERS("A single-object relation has one object for each subject") {
        @Override
        void write(FactsWriter out, String p, int n) {
            String company = company(out, p);
            for (String city : List.of(city(out, p + "-a"), city(out, p + "-b"))) {
                out.statement(p + "-" + city + "-hq", "relation", "subject", company, "predicate", "headquartered-in",
                        "object", city);
            }
        }
    },
    UNDECLARED_EVENT("An event statement names a declared event") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.statement(p + "-event", "event", "subject", company(out, p), "event", p + "-happening");
        }
    },
    CHAIN_THROUGH_UNKNOWN("A predicate's chains and super-predicates are known predicates") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("predicates", p + "-predicate", "sub-property-of", List.of(p + "-unknown"));
        }
    },
    PREDICATE_UNPHRASED("A predicate has phrasings of its own in each language") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabularyPhrasedIn(List.of("en"), "predicates", p + "-predicate");
        }
    },
    INVERSE_UNPHRASED("A predicate's inverse has phrasings of its own in each language") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabulary("predicates", p + "-predicate", "inverse", p + "-inverse");
            out.phrasesOnly("relations", p + "-inverse", List.of("de"));
        }
    },
    MEASURE_UNPHRASED("A measure has phrasings of its own in each language") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabularyPhrasedIn(List.of("de"), "measures", p + "-measure", "unit", "users");
        }
    },
    TITLE_UNPHRASED("A title has phrasings of its own in each language") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabularyPhrasedIn(List.of("en"), "titles", p + "-title");
        }
    },
    EVENT_UNPHRASED("An event has phrasings of its own in each language") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.vocabularyPhrasedIn(List.of("en"), "events", p + "-event");
        }
    },
    PHRASE_OF_UNKNOWN_PREDICATE("A phrase says a predicate of the vocabulary") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.phrasesOnly("relations", p + "-predicate", List.of("en"));
        }
    },
    PHRASE_OF_UNKNOWN_MEASURE("A phrase says a measure of the vocabulary") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.phrasesOnly("quantities", p + "-measure", List.of("en"));
        }
    },
    PHRASE_OF_UNKNOWN_TITLE("A phrase says a title of the vocabulary") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.phrasesOnly("titles", p + "-title", List.of("en"));
        }
    },
    PHRASE_OF_UNKNOWN_EVENT("A phrase says an event of the vocabulary") {
        @Override
        void write(FactsWriter out, String p, int n) {
            out.phrasesOnly("events", p + "-event", List.of("en"));
        }
    };

    static final String USERS = "monthly-active-users";
    static final String POPULAR = "most-popular-ai-application";

    private final String rule;

    Plant(String rule) {
        this.rule = rule;
    }

    /** The name of the consistency rule that must report this case, once. */
    String rule() {
        return rule;
    }

    /**
     * Writes the {@code n}th case of this kind; {@code p} prefixes every id it makes, so cases never
     * share names.
     */
    abstract void write(FactsWriter out, String p, int n);

    static String company(FactsWriter out, String id) {
        out.entity(id, "company", "Company " + id, "Unternehmen " + id);
        return id;
    }

    static String person(FactsWriter out, String id) {
        out.entity(id, "person", "Person " + id, "Person " + id);
        return id;
    }

    static String product(FactsWriter out, String id, String type) {
        out.entity(id, type, "Product " + id, "Produkt " + id);
        return id;
    }

    static String market(FactsWriter out, String p) {
        out.entity(p + "-market", "market", "Market " + p, "Markt " + p);
        return p + "-market";
    }

    static String city(FactsWriter out, String p) {
        out.entity(p + "-city", "region", "City " + p, "Stadt " + p);
        return p + "-city";
    }

    static void users(FactsWriter out, String id, String subject, int millions, String at) {
        out.statement(id, "quantity", "subject", subject, "measure", USERS, "value", millions, "scale", "million",
                "unit", "users", "at", at);
    }

    static void available(FactsWriter out, String id, String product, String market) {
        out.statement(id, "relation", "subject", product, "predicate", "available-in", "object", market);
    }
}
