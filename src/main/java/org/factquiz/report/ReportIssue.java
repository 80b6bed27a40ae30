package org.factquiz.report;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Location;

/**
 * One thing wrong with a case: how bad, which rule says so (may be null), a one-line message, and
 * the places it concerns (the facts' file:line, or the test case's), first the most telling.
 * {@code end} (may be null) is where the first place's range ends, exclusive; {@code suppressed}
 * (may be null) says an editor chose to leave the issue alone, and why: it is reported, but fails nothing.
 */
public record ReportIssue(Level level, String ruleId, String message, List<Location> locations, Location end,
                          Suppressed suppressed) {
    public ReportIssue {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        locations = locations.stream().filter(l -> l != null && l.line() > 0).distinct().toList();
    }

    public ReportIssue(Level level, String ruleId, String message, List<Location> locations) {
        this(level, ruleId, message, locations, null, null);
    }

    /** True for an error no one suppressed: what fails a case. */
    public boolean fails() {
        return level == Level.ERROR && suppressed == null;
    }

    /** A suppression: in the source file itself (a comment) or outside it (a configuration file), and why. */
    public record Suppressed(boolean inSource, String justification) {
        public Suppressed {
            justification = justification == null ? "" : justification;
        }
    }

    /** How bad an issue is; only errors fail a case. */
    public enum Level {
        ERROR, WARNING, NOTE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
