package org.factquiz.language;

/**
 * What a modal verb, or a phrase acting as one, does to a statement. Everything but {@link #NONE}
 * and {@link #NECESSITY} makes the statement less than a plain assertion: a hedge.
 */
public enum Modality {
    /** A plain statement: "Acme makes Chatly". */
    NONE,
    /** "could", "may", "might", "kann", "könnte": it is possible. */
    POSSIBILITY,
    /** "wants to", "plans to", "aims to", "will", "möchte", "will", "plant": it is intended. */
    INTENT,
    /** "is expected to", "is likely to", "dürfte", "wird wohl": it is expected. */
    EXPECTATION,
    /** "is said to", "soll" (reportedly): someone else says so. */
    HEARSAY,
    /** "must", "muss": it is required (not a hedge). */
    NECESSITY;

    public boolean isHedge() {
        return this != NONE && this != NECESSITY;
    }
}
