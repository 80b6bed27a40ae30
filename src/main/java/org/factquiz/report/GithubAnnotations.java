package org.factquiz.report;

import java.util.List;
import org.factquiz.model.Location;

/**
 * A report as GitHub Actions workflow commands: one {@code ::error file=...,line=...::message}
 * (or {@code ::warning}, {@code ::notice}) line per issue, at its first place, so the checks page
 * shows each problem on the line of the facts or test file it concerns. Suppressed issues are left out.
 */
public final class GithubAnnotations {
    private GithubAnnotations() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (ReportCase testCase : report.cases()) {
            for (ReportIssue issue : testCase.issues()) {
                if (issue.suppressed() != null) {
                    continue;
                }
                List<Location> places = issue.locations().isEmpty() ? List.of(testCase.location()) : issue.locations();
                Location place = places.get(0);
                out.append("::").append(command(issue.level()));
                StringBuilder properties = new StringBuilder();
                if (place.line() > 0) {
                    properties.append("file=").append(property(place.file()))
                            .append(",line=").append(place.line());
                    if (place.column() > 0) {
                        properties.append(",col=").append(place.column());
                    }
                    if (issue.end() != null && issue.end().line() > 0) {
                        // GitHub's end column is the last one covered; a report's end is the one after it.
                        properties.append(",endLine=").append(issue.end().line())
                                .append(",endColumn=").append(Math.max(1, issue.end().column() - 1));
                    }
                }
                properties.append(properties.length() == 0 ? "" : ",").append("title=")
                        .append(property(testCase.name()));
                out.append(' ').append(properties);
                String message = issue.message();
                if (places.size() > 1) {
                    message += " (also " + String.join(", ", places.subList(1, places.size()).stream()
                            .map(Location::toString).toList()) + ")";
                }
                out.append("::").append(data(message)).append('\n');
            }
        }
        return out.toString();
    }

    private static String command(ReportIssue.Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** Escapes a message as the runner reads it back: '%', CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: like a message, and ':' and ',' too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
