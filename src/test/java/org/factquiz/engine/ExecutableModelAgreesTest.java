package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.bench.SyntheticFacts;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.model.FactBase;
import org.factquiz.model.PhraseBook;
import org.factquiz.quiz.QuizBuilder;
import org.factquiz.quiz.QuizSet;
import org.factquiz.report.FindingsJson;
import org.factquiz.report.QuizJson;
import org.factquiz.report.VerdictsJson;
import org.factquiz.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line runs the shipped rules from the executable model kept in its cache; tests and
 * everything else compile them the classic way. Both must say exactly the same: the same findings,
 * verdicts and questions, byte for byte.
 */
class ExecutableModelAgreesTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    static Path folder;
    static RuleBase executable;
    static RuleBase classic;

    @BeforeAll
    static void compileBothWays() throws Exception {
        List<RuleSource> sources = RuleBase.read(RULES);
        executable = RuleBase.compile(sources, new RuleCache(folder.resolve("cache")));
        classic = RuleBase.compile(sources, new RuleCache(null));
    }

    @Test
    void theShippedRulesCompileIntoTheExecutableModel() {
        assertThat(executable.origin())
                .as("a shipped rule the executable model cannot compile makes every cold start slow; run "
                        + "FACTQUIZ_DEBUG=1 to see why (a property named 'unit' or 'when', or a size check on an "
                        + "accumulate result: write 'List( size > 0 ) from accumulate( ..., collectList( $x ) )')")
                .isEqualTo(RuleBase.Origin.EXECUTABLE_MODEL);
        assertThat(classic.origin()).isEqualTo(RuleBase.Origin.CLASSIC);
        assertThat(executable.rules()).isEqualTo(classic.rules());
    }

    @Test
    void validateReportsTheSameOnTheShippedFacts() throws Exception {
        FactBase facts = FactsLoader.load(Path.of("facts"));

        assertThat(findings(facts, executable)).isEqualTo(findings(facts, classic));
    }

    @Test
    void validateReportsTheSameOnASyntheticBaseFullOfMistakes() throws Exception {
        FactBase facts = FactsLoader.load(SyntheticFacts.write(folder.resolve("facts"), 10_000, SyntheticFacts.SEED)
                .facts());

        String report = findings(facts, executable);
        assertThat(report).contains("\"consistent\" : false");
        assertThat(report).isEqualTo(findings(facts, classic));
    }

    @Test
    void checkJudgesTheExampleClaimsTheSame() throws Exception {
        FactBase facts = FactsLoader.load(Path.of("facts"));
        PhraseBook phrases = PhraseBookLoader.load(RULES.resolve("language"), facts);
        List<ClaimsReader.ReadClaim> claims = new ClaimsReader(facts, new ClaimParser(facts, phrases))
                .fromFile(Path.of("docs/examples/claims.yaml"));

        assertThat(VerdictsJson.render(ClaimChecker.check(new Knowledge(facts, executable), claims)))
                .isEqualTo(VerdictsJson.render(ClaimChecker.check(new Knowledge(facts, classic), claims)));
    }

    @Test
    void quizBuildsTheSameQuestions() throws Exception {
        FactBase facts = FactsLoader.load(Path.of("facts"));

        assertThat(quiz(facts, executable)).isEqualTo(quiz(facts, classic));
    }

    private static String findings(FactBase facts, RuleBase rules) {
        return FindingsJson.render(ValidationResult.of(new Knowledge(facts, rules)));
    }

    private static String quiz(FactBase facts, RuleBase rules) throws Exception {
        QuizSet set = new QuizBuilder(new Knowledge(facts, rules), PhraseBookLoader.load(RULES.resolve("language"), facts),
                QuestionTemplatesLoader.load(RULES.resolve("quiz").resolve("questions.yaml"))).build(1);
        return QuizJson.render(set, set.questions(), 1, "en");
    }
}
