package org.factquiz.analysis;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One constraint inside a pattern, as far as the analysis understands it. */
sealed interface Constraint {
    Pattern VARIABLE = Pattern.compile("\\$\\w+");
    Pattern BINDING = Pattern.compile("^(\\$\\w+)\\s*:\\s*([\\w.]+)\\s*(.*)$");
    Pattern COMPARE = Pattern.compile(
            "^([\\w.]+)\\s*(==|!=|<=|>=|<|>|not\\s+memberOf|memberOf|not\\s+contains|contains|not\\s+matches|matches)\\s*(.+)$");

    /** The same constraint with variables renamed by {@code names}; unknown variables keep their name. */
    Constraint renamed(Map<String, String> names);

    /** {@code $v : field}: the variable names the field's value. */
    record Binding(String variable, String field) implements Constraint {
        @Override
        public Constraint renamed(Map<String, String> names) {
            return new Binding(names.getOrDefault(variable, variable), field);
        }

        @Override
        public String toString() {
            return variable + " : " + field;
        }
    }

    /** {@code field op value}, where value is a literal, a variable or an expression. */
    record Compare(String field, String operator, String value) implements Constraint {
        @Override
        public Constraint renamed(Map<String, String> names) {
            return new Compare(field, operator, rename(value, names));
        }

        @Override
        public String toString() {
            return field + " " + operator + " " + value;
        }
    }

    /** Anything else, compared as text. */
    record Opaque(String text) implements Constraint {
        @Override
        public Constraint renamed(Map<String, String> names) {
            return new Opaque(rename(text, names));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static String rename(String text, Map<String, String> names) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Reads one constraint expression; a binding with a condition yields the binding and the comparison. */
    static java.util.List<Constraint> parse(String expression) {
        String text = expression.strip().replaceAll("\\s+", " ");
        if (text.contains("&&") || text.contains("||")) {
            return java.util.List.of(new Opaque(text));
        }
        Matcher binding = BINDING.matcher(text);
        if (binding.matches()) {
            Binding bound = new Binding(binding.group(1), binding.group(2));
            String rest = binding.group(3).strip();
            if (rest.isEmpty()) {
                return java.util.List.of(bound);
            }
            return java.util.List.of(bound, compare(binding.group(2) + " " + rest));
        }
        return java.util.List.of(compare(text));
    }

    private static Constraint compare(String text) {
        Matcher compare = COMPARE.matcher(text);
        if (compare.matches()) {
            return new Compare(compare.group(1), compare.group(2).replaceAll("\\s+", " "), compare.group(3).strip());
        }
        return new Opaque(text);
    }
}
