package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.QuestionType;
import org.factquiz.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second-domain fact base (a city library, src/test/resources/second-domain) yields a verified
 * quiz with no Java change and the shipped rules unchanged: its facts folder holds its vocabulary's
 * phrases, nothing more.
 */
class SecondDomainQuizTest {
    private static final Path HOME = Path.of("src/test/resources/second-domain");
    private static final Path SHIPPED_RULES = Path.of("rules");

    private static Knowledge knowledge;
    private static PhraseBook phrases;
    private static QuestionTemplates templates;
    private static QuizSet set;

    @BeforeAll
    static void buildTheLibraryQuiz() throws Exception {
        knowledge = Knowledge.load(HOME.resolve("facts"), SHIPPED_RULES);
        phrases = PhraseBookLoader.load(SHIPPED_RULES.resolve("language"), knowledge.facts());
        templates = QuestionTemplatesLoader.load(SHIPPED_RULES.resolve("quiz/questions.yaml"));
        set = new QuizBuilder(knowledge, phrases, templates).build(1);
    }

    private static Question question(String id) {
        return set.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question '" + id + "'"));
    }

    @Test
    void theLibraryFactsYieldQuestionsOfFiveTypes() {
        assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(set.stats().perType().keySet()).contains("true-false", "multiple-choice", "multiple-response",
                "numeric", "cloze");
        assertThat(set.questions()).allSatisfy(q -> assertThat(q.sources()).isNotEmpty());
    }

    @Test
    void everyOptionOfEveryLibraryQuestionIsJudgedAsTheQuizSaysInAFreshSession() {
        OptionClaims options = new OptionClaims(knowledge.facts(), phrases, templates);
        set.questions().forEach(options::add);
        assertThat(options.problems()).isEmpty();
        CheckResult result = ClaimChecker.check(knowledge, options.checks().stream().map(OptionClaims.Check::claim)
                .toList());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < result.claims().size(); i++) {
            JudgedClaim judged = result.claims().get(i);
            if (judged.unexpected()) {
                wrong.add(options.checks().get(i).text() + ": " + judged.label().label());
            }
        }
        // A known gap of the reader (docs/claims.md, "Known gaps"): an English amount said with a copula
        // and an adjective ("is open 60 hours a week") is not read back yet; the German of the same
        // facts is. Kept apart and counted, so that the day it is read this test asks to drop the list.
        List<String> knownGap = wrong.stream().filter(w -> w.matches("\\S.* is open .* hours a week\\.?: NOT ENOUGH INFO"))
                .toList();
        assertThat(wrong).containsExactlyInAnyOrderElementsOf(knownGap);
        assertThat(knownGap).as("the gap is closed: remove the known gap from this test and docs/claims.md")
                .hasSize(6);
        assertThat(options.checks().stream().filter(c -> c.role().equals("distractor")).count())
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void anAboutCountAcceptsTheWholeRangeTheTextAllows() {
        // "lends about 120,000 books a year": anything from 108 to 132 thousand is right on the text's terms.
        Question loans = question("how-many-loans-per-year-northgate");
        assertThat(loans.prompt().get(Language.EN)).isEqualTo(
                "Northgate branch lends ___ thousand books a year. What number fills the gap (in thousands)?");
        assertThat(loans.answer().number()).isEqualTo(120.0);
        assertThat(loans.answer().tolerance()).isCloseTo(12.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(AnswerReader.judge(loans, "131", Language.EN)).contains(true);
        assertThat(AnswerReader.judge(loans, "133", Language.EN)).contains(false);
    }

    @Test
    void theReportedTitleIsAskedWithItsSourceAndItsGapInTheEnglishSourceText() {
        Question busiest = question("which-busiest-branch-in-harwick");
        assertThat(busiest.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(busiest.prompt().get(Language.EN))
                .isEqualTo("According to the city council, what is the busiest library branch in Harwick?");
        Question opened = question("cloze-library-runs-northgate");
        assertThat(opened.prompt().get(Language.EN)).contains("opened its first branch, ___, in March 2019");
        assertThat(opened.answer().accepted()).containsExactly("Northgate");
        // Two openings, 2019 and 2021, are too few to order: an order of two is not asked.
        assertThat(set.questions()).noneMatch(q -> q.type() == QuestionType.ORDERING);
    }

    @Test
    void everyLibraryFactIsAskedOrReportedWithAReason() {
        Set<String> asked = set.questions().stream().flatMap(q -> q.sources().stream()).map(Question.Source::fact)
                .collect(Collectors.toSet());
        Set<String> reported = set.uncovered().stream().map(QuizSet.Uncovered::fact).collect(Collectors.toSet());
        assertThat(set.uncovered()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
        assertThat(knowledge.facts().statements()).extracting(Statement::id).allSatisfy(id ->
                assertThat(asked.contains(id) || reported.contains(id) || listedAndAsked(id, asked))
                        .as(id + " is asked or reported").isTrue());
        // A link with too few other links to draw wrong reasons from is still asked, as a statement.
        assertThat(asked).contains("mobile-bus-for-families");
        assertThat(set.dropped()).filteredOn(d -> d.question().equals("why-purpose-library-runs-mobile-bus"))
                .singleElement().satisfies(d -> assertThat(d.reason()).contains("refuted distractors"));
    }

    /** A list is reached when one of its members is, and so are its other members (as QuizCounts counts). */
    private static boolean listedAndAsked(String id, Set<String> asked) {
        String list = knowledge.facts().statements().stream().filter(s -> s.id().equals(id)
                && s instanceof org.factquiz.model.Relation r && r.list() != null)
                .map(s -> ((org.factquiz.model.Relation) s).list()).findFirst().orElse(id);
        return knowledge.facts().statements().stream().anyMatch(s -> s instanceof org.factquiz.model.Relation r
                && list.equals(r.list()) && asked.contains(r.id()));
    }
}
