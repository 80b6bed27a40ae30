package org.factquiz.language;

/** A stretch {@code [start, end)} of a text, with the characters it covers. */
public record TextSpan(int start, int end, String text) {
}
