package org.factquiz.report;

import java.util.Objects;
import org.factquiz.model.Location;

/**
 * A rule as reports list it: a stable id ({@code consistency/a-quantity-is-not-negative}), its
 * name as written, what it checks, and where it is written.
 */
public record ReportRule(String id, String name, String description, Location definedAt) {
    public ReportRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        definedAt = definedAt == null ? Location.UNKNOWN : definedAt;
    }

    /** The id for a rule of package {@code pkg} named {@code name}: lower case, words joined by '-'. */
    public static String idOf(String pkg, String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return (pkg == null || pkg.isEmpty() ? "" : pkg + "/") + slug;
    }
}
