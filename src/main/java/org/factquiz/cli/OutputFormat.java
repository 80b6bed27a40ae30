package org.factquiz.cli;

/** Output formats of reports: for people (text), for scripts (json), for CI (junit, sarif). */
enum OutputFormat {
    text, json, junit, sarif
}
