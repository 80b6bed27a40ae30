package org.factquiz.draft;

import java.util.Locale;
import org.factquiz.model.VerdictLabel;

/**
 * What a draft's sentence can be flagged for. Errors fail the run; an overstatement is a warning
 * (it fails only with {@code --strict}).
 */
public enum DraftCheckKind {
    /** Certain facts contradict the sentence. */
    REFUTED(true, "the facts contradict the sentence"),
    /** The facts point both ways: the fact base contradicts itself here. */
    CONFLICT(true, "the facts point both ways (validate the fact base)"),
    /** The sentence states as certain what the source only reports, hedges or names as an aim. */
    OVERSTATED(false, "the sentence states as certain what the source only reports or hedges");

    private final boolean error;
    private final String description;

    DraftCheckKind(boolean error, String description) {
        this.error = error;
        this.description = description;
    }

    public boolean isError() {
        return error;
    }

    public String description() {
        return description;
    }

    /** As written in reports and in {@code .factquiz.yaml}: "refuted", "conflict", "overstated". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The flag a verdict earns, or null when the sentence is not flagged. */
    public static DraftCheckKind of(VerdictLabel verdict) {
        return switch (verdict) {
            case REFUTED -> REFUTED;
            case CONFLICT -> CONFLICT;
            case REPORTED, HEDGED -> OVERSTATED;
            case SUPPORTED, NOT_ENOUGH_INFO -> null;
        };
    }

    public static DraftCheckKind byId(String id) {
        for (DraftCheckKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
