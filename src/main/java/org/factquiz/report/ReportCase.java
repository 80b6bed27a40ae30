package org.factquiz.report;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Location;

/**
 * One checked thing: a group and a name (JUnit's classname and name), where it is defined (may be
 * {@link Location#UNKNOWN}), what is wrong with it, and details for people (a diff, the evidence).
 */
public record ReportCase(String classname, String name, Location location, List<ReportIssue> issues,
                         String details) {
    public ReportCase {
        Objects.requireNonNull(classname, "classname");
        Objects.requireNonNull(name, "name");
        location = location == null ? Location.UNKNOWN : location;
        issues = List.copyOf(issues);
        details = details == null ? "" : details;
    }

    /** A case passes unless an issue is an error; warnings, notes and suppressed errors are reported but pass. */
    public boolean passed() {
        return issues.stream().noneMatch(ReportIssue::fails);
    }
}
