package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factquiz.language.Case;
import org.factquiz.language.writing.Term;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.TypeDef;

/**
 * The facts' entities and types as the writing layer takes them: a name as a {@link Term} with the
 * grammar the facts give it, the words a question asks for one of a kind with ("welches
 * Unternehmen"), and how a subject said again is named shortly ("es", "it", "das Unternehmen").
 */
final class Names {
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, TypeDef> types = new HashMap<>();
    private final QuestionTemplates templates;
    private final Map<String, Term> terms = new ConcurrentHashMap<>();

    Names(FactBase facts, QuestionTemplates templates) {
        this.templates = templates;
        facts.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
        facts.types().forEach(t -> types.putIfAbsent(t.id(), t));
    }

    Entity entity(String id) {
        return entities.get(id);
    }

    TypeDef type(String id) {
        return types.get(id);
    }

    String name(String entity, Language language) {
        Entity e = entities.get(entity);
        return e == null ? entity : e.name().in(language);
    }

    /** The entity's name as a term: declinable, with its number and gender. */
    Term term(String entity, Language language) {
        return terms.computeIfAbsent(language.code() + "|" + entity, k -> {
            Entity e = entities.get(entity);
            return Term.name(name(entity, language), language, e == null ? null : e.grammarIn(language), entity);
        });
    }

    /**
     * The object's name beside its own possessor as the subject: "Acme makes its own chips", not
     * "Acme makes Acme's own chips"; "Acme stellt eigene Chips her", not "... eigene Chips von Acme
     * her". A person's possessive needs a gender the facts may not give, so a person's things keep
     * their names.
     */
    Term owned(String subject, String object, Language language) {
        String owner = name(subject, language);
        String owned = name(object, language);
        Entity e = entities.get(object);
        if (language == Language.EN && !isPerson(subject) && owned.startsWith(owner + "'s ")) {
            return Term.name("its " + owned.substring(owner.length() + 3), language,
                    e == null ? null : e.grammarIn(language), object);
        }
        if (language == Language.DE && owned.endsWith(" von " + owner) && owned.length() > owner.length() + 5) {
            return Term.name(owned.substring(0, owned.length() - owner.length() - 5), language,
                    e == null ? null : e.grammarIn(language), object);
        }
        return term(object, language);
    }

    /** True for an entity of a kind that questions ask for with "who": a person. */
    boolean isPerson(String entity) {
        Entity e = entities.get(entity);
        return e != null && typeAndAncestors(e.type()).stream().map(types::get)
                .filter(t -> t != null && t.ask() != null).findFirst()
                .map(t -> t.ask().en().equals("who")).orElse(false);
    }

    /**
     * How a question asks for one of {@code candidates}: by the most specific type they all are
     * ("which chatbot"; "which product" when one of them is a product of another kind), or by the
     * word "what" of questions.yaml when no type says how to ask for it.
     */
    String ask(List<String> candidates, Language language) {
        Entity first = entities.get(candidates.get(0));
        for (String type : first == null ? List.<String>of() : typeAndAncestors(first.type())) {
            boolean shared = candidates.stream().map(entities::get)
                    .allMatch(e -> e != null && typeAndAncestors(e.type()).contains(type));
            TypeDef def = types.get(type);
            if (shared && def.ask() != null) {
                return def.ask().in(language);
            }
        }
        return templates.word("what", language);
    }

    /**
     * "das Unternehmen", "the company": the entity named by its kind, with the article the kind's
     * question phrase gives its gender ("welches Unternehmen": das). Empty for a kind without a name.
     */
    Optional<Term> kindOf(String entity, Language language) {
        Entity e = entities.get(entity);
        TypeDef type = e == null ? null : types.get(e.type());
        if (type == null || type.name() == null) {
            return Optional.empty();
        }
        if (language == Language.EN) {
            return Optional.of(Term.name("the " + type.name().en(), language, null, entity));
        }
        String ask = type.ask() == null ? "" : type.ask().de();
        String article = ask.startsWith("welches ") ? "das" : ask.startsWith("welcher ") ? "der"
                : ask.startsWith("welche ") ? "die" : null;
        return article == null ? Optional.empty()
                : Optional.of(Term.name(article + " " + type.name().de(), language, null, entity));
    }

    /**
     * What stands for a subject said again in one sentence: a pronoun where its number and gender
     * are known ("it", "sie"), else the name of its kind ("das Unternehmen"); a person without a
     * gender keeps the name.
     */
    Term again(Term subject, Language language) {
        String entity = subject.key();
        boolean person = entity != null && isPerson(entity);
        Optional<Term> pronoun = subject.pronoun(Case.NOMINATIVE, person);
        if (pronoun.isPresent()) {
            return pronoun.get();
        }
        return entity == null || person ? subject : kindOf(entity, language).orElse(subject);
    }

    /** The type, its parent, its parent's parent, ... up to the root. */
    List<String> typeAndAncestors(String type) {
        List<String> chain = new ArrayList<>();
        for (TypeDef t = types.get(type); t != null && !chain.contains(t.id()); t = t.parent() == null ? null
                : types.get(t.parent())) {
            chain.add(t.id());
        }
        return chain;
    }
}
