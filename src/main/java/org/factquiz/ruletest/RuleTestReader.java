package org.factquiz.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.DataText;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.load.ParsedFile;
import org.factquiz.model.Location;
import org.factquiz.model.Severity;
import org.factquiz.ruletest.RuleTestFile.CaseEntry;
import org.factquiz.ruletest.RuleTestFile.FindingEntry;

/**
 * Reads every rule-test file of a folder ({@code .yaml}, {@code .yml}, {@code .json}) into cases,
 * checking what the schema cannot: that rules exist, names are unique, severities are known.
 * All problems of all files are reported together.
 */
public final class RuleTestReader {
    /** The name a rule-test file gives the article shipped with factquiz as its base. */
    public static final String SHIPPED = "shipped";

    private final Collection<String> ruleNames;
    private final List<InputProblem> problems = new ArrayList<>();

    private RuleTestReader(Collection<String> ruleNames) {
        this.ruleNames = ruleNames;
    }

    /** The cases of every test file below {@code folder} (or of the one file it names), in file and case order. */
    public static List<RuleTestCase> read(Path folder, Collection<String> ruleNames) throws InputException {
        return new RuleTestReader(ruleNames).readFolder(folder);
    }

    private List<RuleTestCase> readFolder(Path folder) throws InputException {
        DataFileReader reader = new DataFileReader(folder);
        if (!Files.isDirectory(folder) && !Files.isRegularFile(folder)) {
            throw InputException.of(new InputProblem(new Location(reader.displayName(folder), 0, 0),
                    "rule tests folder not found"));
        }
        List<RuleTestCase> cases = new ArrayList<>();
        for (Path file : testFiles(folder, reader)) {
            try {
                String text = reader.text(file);
                ParsedFile<RuleTestFile> parsed = reader.parse(file, text, RuleTestFile.class);
                cases.addAll(cases(file, text, parsed));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return cases;
    }

    private List<RuleTestCase> cases(Path file, String text, ParsedFile<RuleTestFile> parsed) {
        List<RuleTestCase> cases = new ArrayList<>();
        List<CaseEntry> entries = parsed.content().cases();
        if (entries == null || entries.isEmpty()) {
            problems.add(new InputProblem(parsed.at(""), "a rule-test file needs 'cases:', a list of cases"));
            return cases;
        }
        Set<String> names = new HashSet<>();
        Path base = parsed.content().facts() == null ? null : base(file, parsed.content().facts());
        for (int i = 0; i < entries.size(); i++) {
            CaseEntry entry = entries.get(i);
            String at = "/cases/" + i;
            if (entry == null) {
                continue;
            }
            int before = problems.size();
            if (entry.name() == null || entry.name().isBlank()) {
                problems.add(new InputProblem(parsed.at(at), "case has no 'name'"));
            } else if (!names.add(entry.name())) {
                problems.add(new InputProblem(parsed.at(at + "/name"), "a case named '" + entry.name()
                        + "' is already in this file"));
            }
            if (entry.rule() != null) {
                knownRule(parsed, at + "/rule", entry.rule());
            }
            Start start = start(file, parsed, at + "/start", entry.start(), base);
            FactsPatch patch = patch(file, text, parsed, at + "/patch", entry.patch());
            List<ExpectedFinding> findings = findings(parsed, at + "/expect", entry.expect());
            if (problems.size() == before) {
                List<String> derived = entry.expect() == null || entry.expect().derived() == null ? List.of()
                        : entry.expect().derived();
                cases.add(new RuleTestCase(entry.name(), entry.rule(), parsed.at(at), start, patch, findings,
                        derived));
            }
        }
        return cases;
    }

    /**
     * The fact base a test file names: {@code shipped} for the article shipped with factquiz (the
     * facts folder of {@code FACTQUIZ_HOME}, so a copied rules folder keeps finding it), otherwise a
     * folder relative to the file.
     */
    static Path base(Path file, String named) {
        if (named.equals(SHIPPED)) {
            return Path.of(System.getenv().getOrDefault("FACTQUIZ_HOME", ".")).resolve("facts").toAbsolutePath().normalize();
        }
        return file.toAbsolutePath().getParent().resolve(named).normalize();
    }

    /** Where a case starts; {@code base} is the fact base its file names, or null for the run's. */
    private Start start(Path file, ParsedFile<?> parsed, String at, JsonNode node, Path base) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().equals("shipped"))) {
            return base == null ? new Start.Shipped() : new Start.Folder(base);
        }
        if (node.isTextual() && node.asText().equals("definitions")) {
            return new Start.Definitions(base);
        }
        if (node.isObject() && node.size() == 1 && node.path("facts").isTextual()) {
            return new Start.Folder(file.toAbsolutePath().getParent().resolve(node.get("facts").asText()).normalize());
        }
        problems.add(new InputProblem(parsed.at(at), "'start' must be 'shipped' (every fact of the base, the default),"
                + " 'definitions' (the base's sources and vocabulary only) or 'facts: FOLDER' (relative to this file)"));
        return new Start.Shipped();
    }

    private FactsPatch patch(Path file, String text, ParsedFile<RuleTestFile> parsed, String at,
                             RuleTestFile.PatchEntry entry) {
        if (entry == null) {
            return FactsPatch.NONE;
        }
        DataText added = null;
        if (entry.add() != null) {
            added = new DataText(file, AddedFacts.text(text, parsed, at + "/add", entry.add()));
        }
        Map<String, ObjectNode> change = entry.change() == null ? Map.of() : entry.change();
        return new FactsPatch(entry.remove() == null ? List.of() : entry.remove(), change, added,
                parsed.at(at + "/remove"), parsed.at(at + "/change"));
    }

    private List<ExpectedFinding> findings(ParsedFile<?> parsed, String at, RuleTestFile.ExpectEntry expect) {
        List<ExpectedFinding> findings = new ArrayList<>();
        if (expect == null || expect.findings() == null) {
            return findings;
        }
        for (int i = 0; i < expect.findings().size(); i++) {
            FindingEntry entry = expect.findings().get(i);
            String here = at + "/findings/" + i;
            if (entry == null) {
                continue;
            }
            if (entry.rule() == null) {
                problems.add(new InputProblem(parsed.at(here), "an expected finding needs 'rule': the rule's name"));
                continue;
            }
            knownRule(parsed, here + "/rule", entry.rule());
            Severity severity = null;
            if (entry.severity() != null) {
                try {
                    severity = Severity.valueOf(entry.severity().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(parsed.at(here + "/severity"), "'" + entry.severity()
                            + "' is not a severity; expected error or warning"));
                }
            }
            findings.add(new ExpectedFinding(entry.rule(), entry.facts() == null ? List.of() : entry.facts(),
                    severity));
        }
        return findings;
    }

    private void knownRule(ParsedFile<?> parsed, String at, String rule) {
        if (!ruleNames.contains(rule)) {
            problems.add(new InputProblem(parsed.at(at), "no rule is named \"" + rule + "\""
                    + ClosestNames.hint(rule, ruleNames)));
        }
    }

    private static List<Path> testFiles(Path folder, DataFileReader reader) throws InputException {
        return Files.isRegularFile(folder) ? List.of(folder) : reader.dataFiles(folder);
    }
}
