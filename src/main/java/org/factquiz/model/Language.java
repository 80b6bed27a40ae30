package org.factquiz.model;

import java.util.List;
import java.util.Locale;

/** The languages factquiz speaks. */
public enum Language {
    EN, DE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every language, as a list rules can iterate ({@code from Language.all()}). */
    public static List<Language> all() {
        return List.of(values());
    }

    /** The language's name in English: "English", "German". */
    public String englishName() {
        return this == DE ? "German" : "English";
    }

    /** The language's name as a German adjective: "englische", "deutsche". */
    public String germanAdjective() {
        return this == DE ? "deutsche" : "englische";
    }
}
