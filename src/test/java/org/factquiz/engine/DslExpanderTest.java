package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.load.DataText;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DslExpanderTest {
    private static final String HEADER = """
            package consistency;

            import org.factquiz.model.*;

            """;

    @TempDir
    Path folder;

    @Test
    void shippedDslrFilesKeepEveryLineWhereTheEditorWroteIt() throws InputException {
        List<RuleSource> expanded = RuleBase.read(ShippedRules.RULES).stream().filter(RuleSource::isExpanded).toList();

        assertThat(expanded).extracting(RuleSource::file).contains("rules/consistency/quantities.dslr",
                "rules/consistency/types.dslr", "rules/consistency/certainty.dslr");
        for (RuleSource source : expanded) {
            String[] written = source.written().split("\n", -1);
            String[] compiled = source.text().split("\n", -1);
            assertThat(compiled).as(source.file()).hasSameSizeAs(written);
            for (int i = 0; i < written.length; i++) {
                String line = written[i].strip();
                if (line.startsWith("rule ") || line.equals("when") || line.equals("then") || line.equals("end")) {
                    assertThat(compiled[i]).as(source.file() + ":" + (i + 1)).isEqualTo(written[i]);
                }
            }
        }
    }

    @Test
    void sentenceWithATypoIsReportedAtItsDslrLineWithTheClosestSentence() throws IOException {
        Path rules = rulesWith("negative.dslr", HEADER + """
                rule "A quantity is not negative"
                when
                    there is a quantitty $q with a negative value
                then
                    report an error about $q: "negative" / "negativ"
                end
                """);

        assertThatThrownBy(() -> RuleBase.read(rules))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location().file()).endsWith("consistency/negative.dslr");
                    assertThat(problem.location().line()).isEqualTo(7);
                    assertThat(problem.location().column()).isEqualTo(5);
                    assertThat(problem.message()).isEqualTo("no sentence of the DSL mapping matches"
                            + " \"there is a quantitty $q with a negative value\" (did you mean"
                            + " \"there is a quantity {q} with a negative value\"?); write a sentence from the .dsl"
                            + " file, or start the line with '>' to write plain DRL");
                });
    }

    @Test
    void typoInADslrFileMakesValidateExitWithTwoAndOneLineAtTheDslrLine() throws IOException {
        Path rules = rulesWith("negative.dslr", HEADER + """
                rule "A quantity is not negative"
                when
                    there is a quantity $q with a negatve value
                then
                    report an error about $q: "negative" / "negativ"
                end
                """);

        Cli.Run run = Cli.run("validate", "--rules", rules.toString(), "--facts", ShippedRules.FACTS.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith(rules.resolve("consistency/negative.dslr") + ":7:5: no sentence of the DSL mapping matches")
                .contains("with a negatve value");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void constraintLineJoinedIntoThePatternAboveKeepsTheLinesAfterItNumbered() throws IOException {
        Files.createDirectories(folder.resolve("consistency"));
        Files.writeString(folder.resolve("small.dsl"), """
                [when]there is a quantity {q:$\\w+}={q} : Quantity( )
                [when]- with a value below {n}=value < {n}
                [then]report it=System.out.println();
                """);
        Files.writeString(folder.resolve("consistency/small.dslr"), HEADER + """
                rule "Small quantities"
                when
                    there is a quantity $q
                    - with a value below 5
                    there is a quantty $r
                then
                    report it
                end
                """);

        assertThatThrownBy(() -> RuleBase.read(folder))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.location().line(), InputProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(9,
                                "no sentence of the DSL mapping matches \"there is a quantty $r\" (did you mean"
                                        + " \"there is a quantity {q}\"?); write a sentence from the .dsl file, or"
                                        + " start the line with '>' to write plain DRL")));
    }

    @Test
    void mistakeInTheMappingIsReportedAtTheSentenceWithWhatItBecame() throws IOException {
        Path rules = rulesWith("negative.dslr", HEADER + """
                rule "A quantity is not negative"
                when
                    there is a quantity $q with a negative value
                then
                    report an error about $q: "negative" / "negativ"
                end
                """);
        Path dsl = rules.resolve("english.dsl");
        Files.writeString(dsl, Files.readString(dsl).replace("={q} : Quantity( value < 0 )", "={q} : Quantiy( value < 0 )"));

        assertThatThrownBy(() -> RuleBase.compile(rules))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().stream().filter(p -> p.message().contains("Quantiy"))
                            .findFirst().orElseThrow();
                    assertThat(problem.location().file()).endsWith("consistency/negative.dslr");
                    assertThat(problem.location().line()).isEqualTo(7);
                    assertThat(problem.message()).isEqualTo("rule does not compile: Unable to resolve ObjectType"
                            + " 'Quantiy' in: there is a quantity $q with a negative value (the DSL mapping made this"
                            + " line into: $q : Quantiy( value < 0 ))");
                });
    }

    @Test
    void unreadableMappingLineIsReportedAtTheDslLine() throws IOException {
        Path rules = rulesWith("negative.dslr", HEADER + """
                rule "A quantity is not negative"
                when
                    there is a quantity $q with a negative value
                then
                    report an error about $q: "negative" / "negativ"
                end
                """);
        Path dsl = rules.resolve("english.dsl");
        List<String> lines = new ArrayList<>(Files.readAllLines(dsl));
        lines.add(2, "[when]the unit {u:$\\w+}, as written=UnitDef( id == {u} )");
        Files.write(dsl, lines);

        assertThatThrownBy(() -> RuleBase.read(rules))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).first()
                        .satisfies(p -> {
                            assertThat(p.location().file()).endsWith("english.dsl");
                            assertThat(p.location().line()).isEqualTo(3);
                            assertThat(p.message()).startsWith("DSL mapping cannot be read")
                                    .contains("[when]the unit {u:$\\w+}, as written=UnitDef( id == {u} )");
                        }));
    }

    @Test
    void findingsOfSentenceRulesHaveTheirMessageTemplatesFilled() throws InputException {
        RuleBase rules = RuleBase.compile(ShippedRules.inferenceAndConsistency(folder));
        List<DataText> texts = new ArrayList<>();
        for (DataText text : FactsLoader.read(ShippedRules.FACTS)) {
            texts.add(text.file().endsWith("users.yaml")
                    ? new DataText(text.file(), text.text().replace("value: 60\n", "value: -60\n")) : text);
        }

        List<Finding> findings = rules.run(FactsLoader.load(ShippedRules.FACTS, texts).all()).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("A quantity is not negative");
            assertThat(f.facts()).containsExactly("doubao-60-million-users");
            assertThat(f.messageEn()).isEqualTo(
                    "'doubao-60-million-users': monthly-active-users cannot be negative (-60000000 users)");
            assertThat(f.messageDe()).isEqualTo(
                    "'doubao-60-million-users': monthly-active-users kann nicht negativ sein (-60000000 users)");
        });
    }

    /** A rules folder with the shipped DSL mapping and one .dslr file under consistency/. */
    private Path rulesWith(String name, String text) throws IOException {
        Files.createDirectories(folder.resolve("consistency"));
        Files.copy(ShippedRules.RULES.resolve("english.dsl"), folder.resolve("english.dsl"));
        Files.writeString(folder.resolve("consistency").resolve(name), text);
        return folder;
    }
}
