package org.factquiz.model;

/**
 * How firmly the source states a fact. Declared from strongest to weakest, so a conclusion is
 * never firmer than the weakest fact it rests on.
 */
public enum Status {
    /** The article states it as fact. */
    ASSERTED,
    /** The article attributes it to someone ("laut Brancheninsidern"). */
    REPORTED,
    /** An aim, not an achievement ("um ... zu"). */
    INTENDED,
    /** Only possible ("möglicherweise", "könnte"). */
    HEDGED;

    public boolean isCertain() {
        return this == ASSERTED;
    }

    public static Status weakest(Status a, Status b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
