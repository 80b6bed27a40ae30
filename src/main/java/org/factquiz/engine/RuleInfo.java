package org.factquiz.engine;

import org.factquiz.model.Location;

/**
 * A compiled rule: its name, its package (the folder it lives in), where it is written, and what it
 * checks (its {@code @description} metadata, or else the comment right above it).
 */
public record RuleInfo(String name, String packageName, Location location, String description) {
}
