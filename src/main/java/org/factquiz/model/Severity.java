package org.factquiz.model;

/** How bad a finding is: errors make {@code validate} fail, warnings are shown but pass. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
