package org.factquiz.model;

import java.util.Locale;

/** The languages factquiz speaks. */
public enum Language {
    EN, DE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
