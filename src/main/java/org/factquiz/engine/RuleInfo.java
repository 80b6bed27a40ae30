package org.factquiz.engine;

import org.factquiz.model.Location;

/** A compiled rule: its name, its package (the folder it lives in) and where it is written. */
public record RuleInfo(String name, String packageName, Location location, String description) {
}
