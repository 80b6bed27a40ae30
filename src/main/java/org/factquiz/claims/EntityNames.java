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

    private final Map<String, String> idByName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    EntityNames(List<Entity> entities) {
        for (Entity entity : entities) {
            // Names before the id, so that a suggestion shows "Acme Corp", not "acme-corp".
            add(entity.name().en(), entity.id());
            add(entity.name().de(), entity.id());
            entity.aliases().forEach(alias -> add(alias, entity.id()));
            add(entity.id(), entity.id());
        }
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
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

    /** A regex alternation of every known name, longest first, with an optional article before it. */
    String alternation() {
        return "(?:(?:the|der|die|das|den|dem|des)\\s+)?(?:" + names.stream()
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }
}
