package org.factquiz.model;

/** How bad a finding is: errors make {@code validate} fail, warnings are shown but pass. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The severity of a contradiction between facts: an error when the source states every one of
     * them as certain, a warning when one is only reported, intended or hedged, because then the
     * source itself leaves room for it to be wrong.
     */
    public static Severity ofContradiction(Status... involved) {
        for (Status status : involved) {
            if (!status.isCertain()) {
                return WARNING;
            }
        }
        return ERROR;
    }
}
