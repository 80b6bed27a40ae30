package org.factquiz.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.model.Derived;
import org.factquiz.model.Finding;
import org.factquiz.model.Identified;
import org.factquiz.model.Language;
import org.factquiz.model.Severity;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds a {@link Finding} from inside a rule, filling message templates from the rule's match:
 * {@code "'{$q}' cannot be negative ({$q.amount})"} names the variables the rule bound, so an
 * editor writes a message as a sentence instead of Java string concatenation (used by the
 * sentences of the DSL mapping; plain DRL may call it too).
 *
 * <p>A fact in a placeholder or in the list of facts stands for its id; a list reads "a or b"
 * ("a oder b" in German); {@code .name} calls the value's accessor of that name. A placeholder
 * that cannot be filled stays visible in the message, marked, instead of failing the session.
 */
public final class MatchedFinding {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)((?:\\.\\w+)*)}");

    private MatchedFinding() {
    }

    public static Finding error(RuleContext context, String en, String de, Object... facts) {
        return of(Severity.ERROR, context, en, de, facts);
    }

    public static Finding warning(RuleContext context, String en, String de, Object... facts) {
        return of(Severity.WARNING, context, en, de, facts);
    }

    static Finding of(Severity severity, RuleContext context, String en, String de, Object... facts) {
        Match match = context.getMatch();
        List<String> ids = new ArrayList<>();
        for (Object fact : facts) {
            ids.add(idOf(fact));
        }
        return new Finding(severity, context.getRule().getName(), fill(en, match, Language.EN),
                fill(de, match, Language.DE), ids);
    }

    /** The template with every {@code {$variable.accessor}} replaced by its value in the match. */
    static String fill(String template, Match match, Language language) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String value;
            if (!match.getDeclarationIds().contains(variable)) {
                value = m.group() + "?(no such variable)";
            } else {
                value = render(follow(match.getDeclarationValue(variable), m.group(2), m.group()), language);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object follow(Object value, String accessors, String placeholder) {
        Object current = value;
        for (String name : accessors.isEmpty() ? new String[0] : accessors.substring(1).split("\\.")) {
            if (current == null) {
                return null;
            }
            try {
                Method accessor = current.getClass().getMethod(name);
                current = accessor.invoke(current);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return new Unfilled(placeholder + "?(no '" + name + "' on " + current.getClass().getSimpleName() + ")");
            }
        }
        return current;
    }

    private static String render(Object value, Language language) {
        if (value == null) {
            return "?";
        }
        if (value instanceof Unfilled unfilled) {
            return unfilled.text();
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = items.stream().map(item -> render(item, language)).toList();
            return String.join(language == Language.DE ? " oder " : " or ", parts);
        }
        if (value instanceof Identified || value instanceof Derived) {
            return idOf(value);
        }
        if (value instanceof Enum<?> word) {
            return word.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        return value.toString();
    }

    private static String idOf(Object fact) {
        if (fact instanceof Identified identified) {
            return identified.id();
        }
        if (fact instanceof Derived derived) {
            return derived.id();
        }
        return String.valueOf(fact);
    }

    private record Unfilled(String text) {
    }
}
