package org.factquiz.model;

/** How one statement bears on another. */
public enum LinkKind {
    /** The first statements are why the second holds ("da ...", "basiert auf"). */
    CAUSE,
    /** The first statements were done in order to reach the second ("um ... zu"). */
    PURPOSE,
    /** The first statements brought the second about ("Mit ... hat ..."). */
    LED_TO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
