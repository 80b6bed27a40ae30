package org.factquiz.model;

/** What the facts say of a claim; the first three follow the FEVER fact-verification convention. */
public enum VerdictLabel {
    /** Certain facts back the claim and none contradict it. */
    SUPPORTED,
    /** Certain facts contradict the claim and none back it. */
    REFUTED,
    /** The facts neither back nor contradict it with certainty. */
    NOT_ENOUGH_INFO,
    /** Only an attributed version backs it ("laut Brancheninsidern"). */
    REPORTED,
    /** Only a possible or intended version backs it ("möglicherweise", "könnte", "um ... zu"). */
    HEDGED,
    /** Certain facts point both ways: the fact base itself is inconsistent here. */
    CONFLICT;

    /** As printed: "NOT ENOUGH INFO". */
    public String label() {
        return name().replace('_', ' ');
    }
}
