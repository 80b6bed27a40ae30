package org.factquiz.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the dictionaries cannot tell about a name in one language, as the facts give it: its gender
 * ("masculine", "feminine", "neuter"), its number ("singular", "plural": "die USA" takes a plural
 * verb), and case forms the grammar would get wrong ("nominative", "accusative", "dative",
 * "genitive"). Each part may be null (forms empty): the grammar then decides.
 */
public record NameGrammar(String gender, String number, Map<String, String> forms) {
    public static final Set<String> GENDERS = Set.of("masculine", "feminine", "neuter");
    public static final Set<String> NUMBERS = Set.of("singular", "plural");
    public static final Set<String> CASES = Set.of("nominative", "accusative", "dative", "genitive");

    public NameGrammar {
        forms = forms == null ? Map.of() : Map.copyOf(forms);
        if (gender != null && !GENDERS.contains(gender)) {
            throw new IllegalArgumentException("gender must be one of " + GENDERS + ", not '" + gender + "'");
        }
        if (number != null && !NUMBERS.contains(number)) {
            throw new IllegalArgumentException("number must be one of " + NUMBERS + ", not '" + number + "'");
        }
        for (String c : forms.keySet()) {
            if (!CASES.contains(Objects.requireNonNull(c, "case"))) {
                throw new IllegalArgumentException("a case form must be one of " + CASES + ", not '" + c + "'");
            }
        }
    }
}
