package org.factquiz.report;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Location;

/**
 * One thing wrong with a case: how bad, which rule says so (may be null), a one-line message, and
 * the places it concerns (the facts' file:line, or the test case's), first the most telling.
 */
public record ReportIssue(Level level, String ruleId, String message, List<Location> locations) {
    public ReportIssue {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        locations = locations.stream().filter(l -> l != null && l.line() > 0).distinct().toList();
    }

    /** How bad an issue is; only errors fail a case. */
    public enum Level {
        ERROR, WARNING, NOTE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
