package org.factquiz.analysis;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.factquiz.engine.RuleSource;
import org.factquiz.model.Location;

/**
 * A rule's name, where it is written, its when-part as a list of conditions, and what its
 * then-part does, reduced so that two rules doing the same thing compare equal: "finding" for any
 * rule that reports a finding, otherwise the consequence without its texts and variable names.
 */
record RuleShape(String name, String packageName, Location location, List<Condition> conditions,
                 String effect) {
    RuleShape {
        conditions = List.copyOf(conditions);
    }

    /** The rules of one (compilable) rule file, read with Drools' own DRL parser. */
    static List<RuleShape> of(RuleSource source) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(new StringReader(source.text()));
        } catch (DroolsParserException e) {
            throw new IllegalStateException("a compiled rule file no longer parses: " + source.file(), e);
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        String[] lines = source.text().split("\r?\n", -1);
        List<RuleShape> shapes = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            List<BaseDescr> parts = new ArrayList<>(rule.getLhs().getDescrs());
            List<Condition> conditions = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                int next = i + 1 < parts.size() ? parts.get(i + 1).getLine() : rule.getConsequenceLine();
                conditions.add(condition(parts.get(i), lines, next));
            }
            shapes.add(new RuleShape(rule.getName(), pkg.getName(),
                    new Location(source.file(), rule.getLine(), 1), conditions,
                    effect(String.valueOf(rule.getConsequence()))));
        }
        return shapes;
    }

    private static Condition condition(BaseDescr descr, String[] lines, int nextLine) {
        boolean negated = false;
        BaseDescr inner = descr;
        if (descr instanceof NotDescr not && not.getDescrs().size() == 1
                && not.getDescrs().get(0) instanceof PatternDescr pattern) {
            negated = true;
            inner = pattern;
        }
        if (inner instanceof PatternDescr pattern && pattern.getSource() == null
                && pattern.getConstraint() instanceof AndDescr and
                && and.getDescrs().stream().allMatch(d -> d instanceof ExprConstraintDescr)) {
            List<Constraint> constraints = new ArrayList<>();
            for (BaseDescr d : and.getDescrs()) {
                constraints.addAll(Constraint.parse(((ExprConstraintDescr) d).getExpression()));
            }
            return new Condition.Match(negated, pattern.getObjectType(), pattern.getIdentifier(), constraints,
                    descr.getLine());
        }
        return new Condition.Other(false, text(lines, descr.getLine(), nextLine), descr.getLine());
    }

    private static final java.util.regex.Pattern REPORTS_FINDING = java.util.regex.Pattern.compile(
            "\\bFinding\\s*\\.\\s*(error|warning)\\s*\\(|\\bnew\\s+Finding\\s*\\(");

    private static String effect(String consequence) {
        if (REPORTS_FINDING.matcher(consequence).find()) {
            return "finding";
        }
        String shape = consequence.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("\\s+", "");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.regex.Matcher m = Constraint.VARIABLE.matcher(shape);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = names.computeIfAbsent(m.group(), k -> "$" + names.size());
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The source lines of a condition, up to the next one, without the {@code then} that may end them. */
    private static String text(String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int line = Math.max(1, from); line < Math.max(from + 1, to) && line <= lines.length; line++) {
            String stripped = lines[line - 1].strip();
            if (stripped.equals("then") || stripped.startsWith("//")) {
                continue;
            }
            text.append(text.length() == 0 ? "" : " ").append(stripped);
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
