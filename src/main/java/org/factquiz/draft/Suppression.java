package org.factquiz.draft;

import java.util.Objects;
import org.factquiz.model.Location;

/**
 * Why a sentence is left alone: an editor's directive in the draft ({@code by} "inline", with the
 * directive's keyword) or an entry of the configuration file ({@code by} "config"), where it is
 * written, and the reason given there.
 */
public record Suppression(String by, String directive, Location at, String reason) {
    public Suppression {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    public boolean inSource() {
        return by.equals("inline");
    }
}
