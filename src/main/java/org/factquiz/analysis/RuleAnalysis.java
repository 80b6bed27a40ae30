package org.factquiz.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.analysis.Condition.Match;
import org.factquiz.analysis.Condition.Other;
import org.factquiz.analysis.Constraint.Binding;
import org.factquiz.analysis.Constraint.Compare;
import org.factquiz.engine.RuleSource;
import org.factquiz.model.Location;

/**
 * Looks at the when-parts of all rules, as Drools parses them, for rules that can never fire
 * (constraints on one field that exclude each other; a pattern together with a "not" that its own
 * match violates) and rules that add nothing to another rule that does the same thing (both report
 * findings, or both have the same then-part but for texts and names) in the same concern
 * (package): the same conditions, or all of its conditions and more, so they fire only where it
 * does. Rules that make different things from the same facts (an inference and a check, two
 * kinds of question) overlap on purpose and are not reported.
 *
 * <p>It reasons about conditions it understands: patterns of constraints {@code field op value},
 * bindings, and numeric, text, enum and null literals. Other conditions (accumulate, from, eval,
 * or, exists) take part only as text, compared with variables renamed; the analysis is
 * conservative there, so it may miss a problem but does not invent one from them.
 */
public final class RuleAnalysis {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern LITERAL = Pattern.compile(
            "-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|\"[^\"]*\"|'[^']*'|true|false|null|[A-Z]\\w*\\.[A-Z][A-Z0-9_]*");

    private RuleAnalysis() {
    }

    public static List<RuleProblem> analyse(List<RuleSource> sources) {
        List<RuleShape> rules = new ArrayList<>();
        sources.forEach(source -> rules.addAll(RuleShape.of(source)));
        List<RuleProblem> problems = new ArrayList<>();
        java.util.Set<RuleShape> dead = new java.util.HashSet<>();
        for (RuleShape rule : rules) {
            List<RuleProblem> found = new ArrayList<>(neverSatisfiable(rule));
            found.addAll(contradictory(rule));
            if (!found.isEmpty()) {
                dead.add(rule);
            }
            problems.addAll(found);
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                RuleShape a = rules.get(i);
                RuleShape b = rules.get(j);
                // A rule that never fires is reported as such; that it also "falls inside" others adds nothing.
                if (!a.packageName().equals(b.packageName()) || !a.effect().equals(b.effect())
                        || dead.contains(a) || dead.contains(b)) {
                    continue;
                }
                boolean aCoversB = covers(a, b);
                boolean bCoversA = covers(b, a);
                if (aCoversB && bCoversA) {
                    problems.add(new RuleProblem(RuleProblem.Kind.REDUNDANT, b.location(), b.name(),
                            "rule \"" + b.name() + "\" has the same conditions as rule \"" + a.name() + "\" ("
                                    + a.location() + "): whenever one fires, so does the other"));
                } else if (aCoversB) {
                    problems.add(subsumed(b, a));
                } else if (bCoversA) {
                    problems.add(subsumed(a, b));
                }
            }
        }
        problems.sort(java.util.Comparator.comparing(RuleProblem::location).thenComparing(RuleProblem::message));
        return problems;
    }

    private static RuleProblem subsumed(RuleShape narrow, RuleShape wide) {
        return new RuleProblem(RuleProblem.Kind.SUBSUMED, narrow.location(), narrow.name(),
                "rule \"" + narrow.name() + "\" fires only where rule \"" + wide.name() + "\" (" + wide.location()
                        + ") fires too: its conditions include all of that rule's");
    }

    /** Constraints of one pattern on one field that no value can meet together. */
    private static List<RuleProblem> neverSatisfiable(RuleShape rule) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Condition condition : rule.conditions()) {
            if (!(condition instanceof Match match) || match.negated()) {
                continue;
            }
            List<Compare> compares = match.constraints().stream().filter(c -> c instanceof Compare)
                    .map(c -> (Compare) c).toList();
            for (int i = 0; i < compares.size(); i++) {
                for (int j = i + 1; j < compares.size(); j++) {
                    Compare a = compares.get(i);
                    Compare b = compares.get(j);
                    if (a.field().equals(b.field()) && exclude(a, b)) {
                        problems.add(new RuleProblem(RuleProblem.Kind.NEVER_SATISFIABLE,
                                new Location(rule.location().file(), match.line(), 1), rule.name(),
                                "rule \"" + rule.name() + "\" can never fire: in " + match.type() + "( ... ) '" + a
                                        + "' and '" + b + "' exclude each other"));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean exclude(Compare a, Compare b) {
        if (a.operator().equals("==") && b.operator().equals("!=") || a.operator().equals("!=") && b.operator().equals("==")) {
            return a.value().equals(b.value());
        }
        if (a.operator().equals("==") && b.operator().equals("==")) {
            return LITERAL.matcher(a.value()).matches() && LITERAL.matcher(b.value()).matches()
                    && !a.value().equals(b.value());
        }
        Interval ia = Interval.of(a);
        Interval ib = Interval.of(b);
        return ia != null && ib != null && ia.intersect(ib).isEmpty();
    }

    /** A pattern and a "not" of the same type that the pattern's own match would violate. */
    private static List<RuleProblem> contradictory(RuleShape rule) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Condition p : rule.conditions()) {
            if (!(p instanceof Match positive) || positive.negated()) {
                continue;
            }
            for (Condition n : rule.conditions()) {
                if (n instanceof Match negative && negative.negated() && negative.type().equals(positive.type())
                        && negative.constraints().stream().allMatch(c -> holdsFor(c, positive))) {
                    problems.add(new RuleProblem(RuleProblem.Kind.CONTRADICTORY,
                            new Location(rule.location().file(), negative.line(), 1), rule.name(),
                            "rule \"" + rule.name() + "\" can never fire: it asks for " + positive + " and for "
                                    + negative + ", but the first one is such a " + positive.type()));
                }
            }
        }
        return problems;
    }

    /** Whether the fact a positive pattern matched surely meets constraint {@code c}. */
    private static boolean holdsFor(Constraint c, Match positive) {
        if (c instanceof Binding || positive.constraints().contains(c)) {
            return true;
        }
        if (c instanceof Compare compare && compare.operator().equals("==")) {
            if (compare.field().equals("this")) {
                return compare.value().equals(positive.variable());
            }
            return positive.constraints().contains(new Binding(compare.value(), compare.field()));
        }
        return false;
    }

    /** Whether every condition of {@code wide} is met whenever {@code narrow}'s conditions are. */
    static boolean covers(RuleShape wide, RuleShape narrow) {
        return cover(wide.conditions(), 0, narrow.conditions(), new boolean[narrow.conditions().size()],
                new HashMap<>());
    }

    private static boolean cover(List<Condition> wide, int i, List<Condition> narrow, boolean[] used,
                                 Map<String, String> names) {
        if (i == wide.size()) {
            return true;
        }
        for (int j = 0; j < narrow.size(); j++) {
            if (used[j]) {
                continue;
            }
            Map<String, String> extended = implies(narrow.get(j), wide.get(i), names);
            if (extended != null) {
                used[j] = true;
                if (cover(wide, i + 1, narrow, used, extended)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    /**
     * Whether condition {@code strong} (of the narrow rule) implies {@code weak} (of the wide rule)
     * with the wide rule's variables named as in {@code names}: the extended naming, or null.
     */
    private static Map<String, String> implies(Condition strong, Condition weak, Map<String, String> names) {
        if (strong.negated() != weak.negated()) {
            return null;
        }
        if (strong instanceof Other s && weak instanceof Other w) {
            return align(w.text(), s.text(), names);
        }
        if (!(strong instanceof Match s) || !(weak instanceof Match w) || !s.type().equals(w.type())) {
            return null;
        }
        Map<String, String> mapped = new HashMap<>(names);
        if (w.variable() != null && !bind(mapped, w.variable(), s.variable())) {
            return null;
        }
        if (!s.negated()) {
            return covered(w.constraints(), s.constraints(), mapped, false);
        }
        // "not S" implies "not W" when every W match is an S match: W's constraints are the stronger ones.
        return covered(s.constraints(), w.constraints(), mapped, true);
    }

    /**
     * Finds, for each constraint in {@code needed}, one in {@code available} that implies it. The
     * wide rule's constraints are renamed into the narrow rule's names; {@code neededIsNarrow}
     * says which side {@code needed} belongs to.
     */
    private static Map<String, String> covered(List<Constraint> needed, List<Constraint> available,
                                               Map<String, String> names, boolean neededIsNarrow) {
        Map<String, String> mapped = new HashMap<>(names);
        for (Constraint need : needed) {
            boolean found = false;
            for (Constraint have : available) {
                Constraint wide = neededIsNarrow ? have : need;
                Constraint narrow = neededIsNarrow ? need : have;
                if (wide instanceof Binding wb && narrow instanceof Binding nb && wb.field().equals(nb.field())) {
                    if (bind(mapped, wb.variable(), nb.variable())) {
                        found = true;
                        break;
                    }
                    continue;
                }
                Constraint renamed = wide.renamed(mapped);
                boolean implied = neededIsNarrow ? impliesConstraint(renamed, narrow) : impliesConstraint(narrow, renamed);
                if (implied) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return null;
            }
        }
        return mapped;
    }

    private static boolean impliesConstraint(Constraint strong, Constraint weak) {
        if (strong.equals(weak)) {
            return true;
        }
        if (strong instanceof Compare s && weak instanceof Compare w && s.field().equals(w.field())) {
            Interval is = Interval.of(s);
            Interval iw = Interval.of(w);
            return is != null && iw != null && iw.contains(is);
        }
        return false;
    }

    private static boolean bind(Map<String, String> names, String wide, String narrow) {
        if (narrow == null) {
            return false;
        }
        String known = names.get(wide);
        if (known != null) {
            return known.equals(narrow);
        }
        names.put(wide, narrow);
        return true;
    }

    /** Matches two texts that differ only in variable names, extending the naming; null if they differ otherwise. */
    private static Map<String, String> align(String wide, String narrow, Map<String, String> names) {
        Matcher w = Constraint.VARIABLE.matcher(wide);
        Matcher n = Constraint.VARIABLE.matcher(narrow);
        if (!w.replaceAll("\\$").equals(n.replaceAll("\\$"))) {
            return null;
        }
        w.reset();
        n.reset();
        Map<String, String> mapped = new HashMap<>(names);
        while (w.find() && n.find()) {
            if (!bind(mapped, w.group(), n.group())) {
                return null;
            }
        }
        return mapped;
    }

    /** The values a numeric comparison allows: {@code value < 0} is (-inf, 0). */
    private record Interval(double low, boolean lowIncluded, double high, boolean highIncluded) {
        static Interval of(Compare c) {
            if (!NUMBER.matcher(c.value()).matches()) {
                return null;
            }
            double v = Double.parseDouble(c.value());
            return switch (c.operator()) {
                case "==" -> new Interval(v, true, v, true);
                case "<" -> new Interval(Double.NEGATIVE_INFINITY, false, v, false);
                case "<=" -> new Interval(Double.NEGATIVE_INFINITY, false, v, true);
                case ">" -> new Interval(v, false, Double.POSITIVE_INFINITY, false);
                case ">=" -> new Interval(v, true, Double.POSITIVE_INFINITY, false);
                default -> null;
            };
        }

        Interval intersect(Interval other) {
            double lo = Math.max(low, other.low);
            boolean loIn = low == other.low ? lowIncluded && other.lowIncluded : (lo == low ? lowIncluded : other.lowIncluded);
            double hi = Math.min(high, other.high);
            boolean hiIn = high == other.high ? highIncluded && other.highIncluded : (hi == high ? highIncluded : other.highIncluded);
            return new Interval(lo, loIn, hi, hiIn);
        }

        boolean isEmpty() {
            return low > high || (low == high && !(lowIncluded && highIncluded));
        }

        boolean contains(Interval other) {
            boolean lowOk = low < other.low || (low == other.low && (lowIncluded || !other.lowIncluded));
            boolean highOk = high > other.high || (high == other.high && (highIncluded || !other.highIncluded));
            return lowOk && highOk;
        }
    }
}
