package org.factquiz.cli;

/** Output formats of reports. */
enum OutputFormat {
    text, json
}
