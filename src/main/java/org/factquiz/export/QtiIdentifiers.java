package org.factquiz.export;

import java.util.HashSet;
import java.util.Set;

/**
 * QTI and IMS CP identifiers are XML names (NCName): a question id with a character they do not
 * allow ("list/member") gets it replaced, and a name made twice gets a number, so every item of a
 * package keeps a distinct identifier. The original id stays in the item's label.
 */
final class QtiIdentifiers {
    private final Set<String> taken = new HashSet<>();

    String unique(String id) {
        String name = id.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name = "q-" + name;
        }
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
