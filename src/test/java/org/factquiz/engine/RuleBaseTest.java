package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.load.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules are compiled from the rules folder at run time; a rule that does not compile names its file and line. */
class RuleBaseTest {
    @TempDir
    Path dir;

    /**
     * A rules folder holding one shipped rule file with {@code old} replaced. One file compiles in a
     * fraction of the time all of them take, and the error is the same.
     */
    private Path rulesWith(String file, String old, String replacement) throws Exception {
        Path rules = dir.resolve("rules");
        Path drl = rules.resolve(file);
        Files.createDirectories(drl.getParent());
        String text = Files.readString(Validation.SHIPPED_RULES.resolve(file));
        assertThat(text).contains(old);
        Files.writeString(drl, text.replace(old, replacement));
        return rules;
    }

    private List<String> problems(Path rules) {
        InputException e = catchThrowableOfType(InputException.class, () -> RuleBase.compile(rules));
        assertThat(e).as("rules that do not compile").isNotNull();
        return e.problems().stream().map(p -> p.toString().replace(rules.toString(), "rules")).toList();
    }

    @Test
    void everyShippedRuleIsCompiledWithItsFileAndLine() throws Exception {
        List<RuleInfo> rules = Validation.shippedRules().rules();
        List<String> dates = Files.readAllLines(Path.of("rules/consistency/dates.drl"));
        int line = dates.indexOf("rule \"Nothing happens to a subject before the event that starts it\"") + 1;
        List<String> quantities = Files.readAllLines(Path.of("rules/consistency/quantities.dslr"));
        int sentenceRule = quantities.indexOf("rule \"A quantity is not negative\"") + 1;

        assertThat(rules).extracting(RuleInfo::packageName).contains("derive", "consistency");
        assertThat(line).isPositive();
        assertThat(sentenceRule).isPositive();
        assertThat(rules).filteredOn(r -> r.name().equals("Nothing happens to a subject before the event that starts it"))
                .singleElement().satisfies(r -> assertThat(r.location().toString())
                        .isEqualTo("rules/consistency/dates.drl:" + line + ":1"));
        assertThat(rules).filteredOn(r -> r.name().equals("A quantity is not negative")).singleElement()
                .satisfies(r -> assertThat(r.location().toString())
                        .isEqualTo("rules/consistency/quantities.dslr:" + sentenceRule + ":1"));
        assertThat(rules).allSatisfy(r -> assertThat(r.location().line()).as(r.name()).isPositive());
    }

    @Test
    void syntaxErrorNamesRuleFileLineAndColumn() throws Exception {
        Path rules = rulesWith("consistency/dates.drl", "$date : date != null )", "$date : date != null ");

        assertThat(problems(rules)).containsExactly("rules/consistency/dates.drl:17:5: rule does not compile:"
                + " mismatched input '$s' in rule \"Nothing happens to a subject before the event that starts it\" in: $s :"
                + " Statement( subject == $p, this != $start, partOfList == false, time.certainlyStartsBefore( $date ) )");
    }

    @Test
    void unknownFieldInAConstraintNamesRuleFileAndLine() throws Exception {
        Path rules = rulesWith("consistency/dates.drl", "$start : Event( event == $kind", "$start : Event( evnt == $kind");

        assertThat(problems(rules)).first().asString()
                .startsWith("rules/consistency/dates.drl:16:1: rule does not compile: Unable to Analyse"
                        + " Expression evnt == $kind");
    }

    @Test
    void javaErrorInAConsequenceNamesTheRuleFile() throws Exception {
        Path rules = rulesWith("consistency/dates.drl", "List.of( $s.id(), $start.id() )",
                "List.of( $s.id(), $start.identity() )");

        assertThat(problems(rules)).containsExactly("rules/consistency/dates.drl:12:1: rule does not compile:"
                + " Rule Compilation error The method identity() is undefined for the type Event in: rule \"Nothing"
                + " happens to a subject before the event that starts it\"");
    }

    @Test
    void emptyRulesFolderIsNamed() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));

        assertThat(problems(rules)).containsExactly("rules: no .drl or .dslr rule files in folder");
    }

    @Test
    void missingRulesFolderIsNamed() {
        assertThat(problems(dir.resolve("rules"))).containsExactly("rules: rules folder not found");
    }

    @Test
    void problemsInFactsAndRulesAreReportedTogether() throws Exception {
        Path rules = rulesWith("consistency/dates.drl", "$date : date != null )", "$date : date != null ");
        Path facts = EditedFacts.shipped()
                .inEntry("statements/users.yaml", "doubao-60-million-users", "value: 60", "value: sixty")
                .writeTo(dir);

        InputException e = catchThrowableOfType(InputException.class, () -> Knowledge.load(facts, rules));

        assertThat(e.problems()).extracting(p -> p.location().file().replace(dir.toString(), ""))
                .containsExactly("/facts/statements/users.yaml", "/rules/consistency/dates.drl");
    }
}
