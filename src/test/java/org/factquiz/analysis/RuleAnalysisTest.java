package org.factquiz.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factquiz.ShippedRules;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleSource;
import org.factquiz.load.InputException;
import org.junit.jupiter.api.Test;

class RuleAnalysisTest {
    private static final String HEADER = """
            package consistency;

            import org.factquiz.model.*;
            import java.util.List;

            """;
    private static final String REPORT = """
            then
                insert( Finding.error( drools.getRule().getName(), "x", "x", List.of( $q.id() ) ) );
            end
            """;

    @Test
    void shippedRulesHaveNoProblems() throws InputException {
        assertThat(RuleAnalysis.analyse(RuleBase.read(ShippedRules.RULES))).isEmpty();
    }

    @Test
    void constraintsThatExcludeEachOtherNeverFire() {
        List<RuleProblem> problems = analyse(rule("Between", "$q : Quantity( value < 0, value > 5 )"));

        assertThat(problems).extracting(Object::toString).containsExactly("rules/consistency/test.drl:8:1:"
                + " never-satisfiable: rule \"Between\" can never fire: in Quantity( ... ) 'value < 0' and 'value > 5'"
                + " exclude each other");
    }

    @Test
    void twoDifferentLiteralsForOneFieldNeverFire() {
        assertThat(analyse(rule("Two units", "$q : Quantity( unit == \"users\", unit == \"years\" )")))
                .extracting(RuleProblem::kind).containsExactly(RuleProblem.Kind.NEVER_SATISFIABLE);
    }

    @Test
    void boundsThatLeaveRoomAreFine() {
        assertThat(analyse(rule("Between", "$q : Quantity( value > 0, value < 5 )"))).isEmpty();
    }

    @Test
    void aNotThatTheMatchItselfViolatesIsContradictory() {
        List<RuleProblem> problems = analyse(rule("Alone", "$q : Quantity( $m : measure )\n    not Quantity( measure == $m )"));

        assertThat(problems).extracting(RuleProblem::kind, p -> p.location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleProblem.Kind.CONTRADICTORY, 9));
    }

    @Test
    void aNotThatExcludesTheMatchItselfIsFine() {
        assertThat(analyse(rule("Alone", "$q : Quantity( $m : measure )\n    not Quantity( measure == $m, this != $q )")))
                .isEmpty();
    }

    @Test
    void sameConditionsWithOtherVariableNamesAreRedundant() {
        List<RuleProblem> problems = analyse(rule("First", "$q : Quantity( $m : measure, value < 0 )\n    MeasureDef( id == $m )")
                + rule("Second", "$x : Quantity( value < 0, $n : measure )\n    MeasureDef( id == $n )"));

        assertThat(problems).extracting(RuleProblem::kind, RuleProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleProblem.Kind.REDUNDANT, "Second"));
    }

    @Test
    void narrowerRuleReportingTheSameIsSubsumed() {
        List<RuleProblem> problems = analyse(rule("Negative", "$q : Quantity( value < 0 )")
                + rule("Very negative", "$q : Quantity( value < -10, $m : measure )\n    MeasureDef( id == $m )"));

        assertThat(problems).extracting(Object::toString).containsExactly("rules/consistency/test.drl:13:1: subsumed:"
                + " rule \"Very negative\" fires only where rule \"Negative\" (rules/consistency/test.drl:6:1) fires"
                + " too: its conditions include all of that rule's");
    }

    @Test
    void rulesThatMakeDifferentThingsFromTheSameFactsDoNotOverlap() {
        String derive = """
                rule "Derive"
                when
                    $q : Quantity( value < 0 )
                then
                    insertLogical( new IsA( $q.id(), "negative", Status.ASSERTED, 0, null ) );
                end
                """;

        assertThat(analyse(rule("Negative", "$q : Quantity( value < 0 )") + derive)).isEmpty();
    }

    private static String rule(String name, String conditions) {
        return "rule \"" + name + "\"\nwhen\n    " + conditions + "\n" + REPORT + "\n";
    }

    private static List<RuleProblem> analyse(String rules) {
        return RuleAnalysis.analyse(List.of(new RuleSource("rules/consistency/test.drl", "consistency/test.drl",
                HEADER + rules)));
    }
}
