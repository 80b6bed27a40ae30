package org.factquiz.claims;

/**
 * A known name found in a claim: tokens {@code [start, end)} name {@code entity}. {@code possessive}
 * when the name is in the genitive or carries "'s" ("Chinas", "China's"); the "'s" is then one of
 * its tokens.
 */
record NameMatch(String entity, int start, int end, boolean possessive, String written) {
    boolean covers(int token) {
        return token >= start && token < end;
    }
}
