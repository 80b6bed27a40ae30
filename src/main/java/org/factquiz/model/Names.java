package org.factquiz.model;

import java.util.Objects;

/** A name in English and German. */
public record Names(String en, String de) {
    public Names {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(de, "de");
    }

    public String in(Language language) {
        return language == Language.DE ? de : en;
    }
}
