package org.factquiz.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factquiz.load.ClosestNames;
import org.factquiz.model.Entity;

/** Finds entities by id, English or German name, or alias, ignoring case and a leading article. */
final class EntityNames {
    private static final Pattern ARTICLE = Pattern.compile("^(the|der|die|das|den|dem|des)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUOTES = Pattern.compile("[„“”\"‚‘’«»]");

    private static final Comparator<String> LONGEST_FIRST =
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

    private final Map<String, String> idByName = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Each name as the alternation writes it, by its normalised form. */
    private final Map<String, String> nameByKey = new HashMap<>();
    private int longestName;

    EntityNames(List<Entity> entities) {
        for (Entity entity : entities) {
            // Names before the id, so that a suggestion shows "Acme Corp", not "acme-corp".
            add(entity.name().en(), entity.id());
            add(entity.name().de(), entity.id());
            entity.aliases().forEach(alias -> add(alias, entity.id()));
            add(entity.id(), entity.id());
        }
        names.sort(LONGEST_FIRST);
        for (String name : names) {
            nameByKey.putIfAbsent(normalise(name), name);
            longestName = Math.max(longestName, name.length());
        }
    }

    /** Keeps the name without its article: "die USA" is then also read as "the USA" and "USA". */
    private void add(String name, String id) {
        String key = normalise(name);
        if (!key.isEmpty() && idByName.putIfAbsent(key, id) == null) {
            names.add(withoutArticle(name));
        }
    }

    static String normalise(String text) {
        return withoutArticle(text).toLowerCase(Locale.ROOT);
    }

    private static String withoutArticle(String text) {
        String plain = QUOTES.matcher(text).replaceAll("").strip().replaceAll("\\s+", " ");
        return ARTICLE.matcher(plain).replaceFirst("");
    }

    Optional<String> find(String text) {
        return Optional.ofNullable(idByName.get(normalise(text)));
    }

    /** " (did you mean 'Northgate Branch'?)" for a name close to a known one, else "". */
    String hint(String text) {
        Map<String, String> byNormalised = new HashMap<>();
        names.forEach(name -> byNormalised.putIfAbsent(normalise(name), name));
        return ClosestNames.closest(normalise(text), byNormalised.keySet())
                .map(closest -> " (did you mean '" + byNormalised.get(closest) + "'?)").orElse("");
    }

    /**
     * The known names that occur in {@code text}, as {@link #alternation} takes them: every stretch
     * that starts at a word and is no longer than the longest name, looked up by its lower-case form
     * (so "Chinas" and "Acme's" contain "China" and "Acme"). The cost depends on the text, not on
     * how many names there are.
     */
    List<String> namesIn(String text) {
        String plain = QUOTES.matcher(text).replaceAll("").replaceAll("\\s+", " ");
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.length() != plain.length()) {
            // A letter whose lower case is longer or shorter: keep the positions of the original.
            lower = plain;
        }
        java.util.Set<String> found = new java.util.TreeSet<>(LONGEST_FIRST);
        for (int start = 0; start < plain.length(); start++) {
            if (!Character.isLetterOrDigit(plain.charAt(start))
                    || start > 0 && Character.isLetterOrDigit(plain.charAt(start - 1))) {
                continue;
            }
            for (int end = start + 1; end <= Math.min(plain.length(), start + longestName); end++) {
                String name = nameByKey.get(lower == plain ? plain.substring(start, end).toLowerCase(Locale.ROOT)
                        : lower.substring(start, end));
                if (name != null) {
                    found.add(name);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * A regex alternation of the given names (see {@link #namesIn}), longest first, with an optional
     * article before them; one that matches nothing when there are none.
     */
    static String alternation(List<String> names) {
        if (names.isEmpty()) {
            return "(?!)";
        }
        return "(?:(?:the|der|die|das|den|dem|des)\\s+)?(?:" + names.stream()
                .sorted(LONGEST_FIRST)
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }
}
