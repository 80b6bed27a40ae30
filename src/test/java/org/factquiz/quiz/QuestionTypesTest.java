package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.model.Entity;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * One test per question type, on the shipped article: the shape every question of the type has,
 * and a known question of it answered right and wrong through the same reader the terminal uses.
 */
class QuestionTypesTest {
    private static Question question(String id) {
        return ShippedQuiz.set().questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question '" + id + "' in the shipped set"));
    }

    private static List<Question> ofType(QuestionType type) {
        List<Question> all = ShippedQuiz.set().questions().stream().filter(q -> q.type() == type).toList();
        assertThat(all).as("questions of type " + type.label()).isNotEmpty();
        return all;
    }

    private static String text(Question q, String letter) {
        return q.choices().stream().filter(c -> c.id().equals(letter)).findFirst().orElseThrow().text().get(Language.EN);
    }

    private static List<String> reversed(List<String> list) {
        List<String> out = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    private static Optional<Boolean> answer(Question q, String line) {
        return AnswerReader.judge(q, line, Language.EN);
    }

    @Test
    void everyQuestionHasBothLanguagesASourceSentenceATopicAndAMeasuredDifficulty() {
        assertThat(ShippedQuiz.set().questions()).allSatisfy(q -> {
            for (Language l : Language.values()) {
                assertThat(q.prompt().get(l)).as(q.id() + " prompt " + l).isNotBlank().doesNotContain("{", "}");
                assertThat(q.explanation().get(l)).as(q.id() + " explanation " + l).isNotBlank();
                q.choices().forEach(c -> assertThat(c.text().get(l)).as(q.id() + " choice " + l).isNotBlank());
            }
            assertThat(q.sources()).as(q.id()).isNotEmpty().allSatisfy(s -> {
                assertThat(s.text()).isNotBlank();
                assertThat(q.explanation().get(Language.EN)).as(q.id()).contains("“" + GapWording.inner(s.text(),
                        Language.EN) + "”");
                assertThat(q.explanation().get(Language.DE)).as(q.id()).contains("„" + GapWording.inner(s.text(),
                        Language.DE) + "“");
                assertThat(s.file()).startsWith("facts/");
                assertThat(s.line()).isPositive();
            });
            assertThat(q.topic()).isIn("talent", "chips", "products", "users", "strategy", "risks", "company");
            assertThat(q.tags()).contains(q.topic(), q.skill(), q.type().label());
            assertThat(q.difficulty()).isBetween(1, 5);
            assertThat(q.rule()).isNotBlank();
            assertThat(ShippedQuiz.templates().prompt(q.template(), Language.EN)).as(q.id()).isPresent();
        });
    }

    @Test
    void multipleChoiceHasFourDistinctChoicesOfTheKeysKindAndOneKey() {
        Map<String, Entity> entities = ShippedQuiz.knowledge().facts().entities().stream()
                .collect(Collectors.toMap(Entity::id, e -> e));
        assertThat(ofType(QuestionType.MULTIPLE_CHOICE)).filteredOn(q -> !q.template().equals("ask-not-listed"))
                .allSatisfy(q -> {
            assertThat(q.choices()).as(q.id()).hasSize(4);
            assertThat(q.choices().stream().map(c -> c.text().get(Language.EN)).distinct()).hasSize(4);
            assertThat(q.answer().choices()).hasSize(1);
        });
        Question doubao = question("which-makes-ernie-bot");
        assertThat(doubao.prompt().get(Language.EN)).isEqualTo("Which company makes Ernie Bot?");
        assertThat(doubao.prompt().get(Language.DE)).isEqualTo("Welches Unternehmen stellt Ernie Bot her?");
        String key = doubao.answer().choices().get(0);
        assertThat(text(doubao, key)).isEqualTo("Baidu");
        Set<String> companies = entities.values().stream().filter(e -> e.type().equals("company"))
                .map(e -> e.name().en()).collect(Collectors.toSet());
        assertThat(doubao.choices()).allSatisfy(c -> assertThat(companies).contains(c.text().get(Language.EN)));
        String wrong = doubao.choices().stream().map(Question.Choice::id).filter(id -> !id.equals(key)).findFirst()
                .orElseThrow();
        assertThat(answer(doubao, key)).contains(true);
        assertThat(answer(doubao, key.toUpperCase() + ")")).contains(true);
        assertThat(answer(doubao, wrong)).contains(false);
        assertThat(answer(doubao, "e")).as("not a choice").isEmpty();
        assertThat(answer(doubao, "a b")).as("two letters for one answer").isEmpty();
    }

    @Test
    void multipleResponseAsksForAllThatApplyWithWrongChoicesBesideTheKeys() {
        assertThat(ofType(QuestionType.MULTIPLE_RESPONSE)).allSatisfy(q -> {
            assertThat(q.prompt().get(Language.EN)).containsIgnoringCase("all that apply");
            assertThat(q.answer().choices()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(q.choices().size() - q.answer().choices().size()).as(q.id()).isGreaterThanOrEqualTo(2);
        });
        Question makes = question("why-bytedance-expanded-ai-infrastructure");
        assertThat(makes.answer().choices().stream().map(id -> text(makes, id)))
                .containsExactlyInAnyOrder("ByteDance hires talent from Alibaba.", "ByteDance invests in Nvidia GPUs.");
        assertThat(ofType(QuestionType.MULTIPLE_RESPONSE)).filteredOn(q -> q.template().equals("ask-true-statements"))
                .as("facts only a left-out true/false statement reached, asked together").isNotEmpty()
                .allSatisfy(q -> assertThat(q.prompt().get(Language.EN)).isEqualTo(
                        "According to the article, which of these statements are true? Choose all that apply."));
        String right = String.join(" ", makes.answer().choices());
        String reversed = String.join(",", reversed(makes.answer().choices()));
        assertThat(answer(makes, right)).contains(true);
        assertThat(answer(makes, reversed)).as("order does not matter").contains(true);
        assertThat(answer(makes, makes.answer().choices().get(0))).as("only some of them").contains(false);
        assertThat(answer(makes, "z")).isEmpty();
    }

    @Test
    void trueFalseStatementsAreTrueOrFalseOnTheFactsAndAnsweredInEitherLanguage() {
        assertThat(ofType(QuestionType.TRUE_FALSE)).allSatisfy(q -> {
            assertThat(q.choices()).extracting(Question.Choice::id).containsExactly("a", "b");
            assertThat(q.answer().choices()).containsExactly(q.answer().truth() ? "a" : "b");
            assertThat(q.prompt().get(Language.EN)).startsWith("True or false?");
        });
        assertThat(ofType(QuestionType.TRUE_FALSE)).anyMatch(q -> !q.answer().truth());
        Question early = question("tf-bytedance-hires-ai-engineers-since-2021-earlier");
        assertThat(early.prompt().get(Language.EN)).isEqualTo("True or false? ByteDance has hired AI engineers since 2019.");
        assertThat(early.answer().truth()).isFalse();
        assertThat(answer(early, "false")).contains(true);
        assertThat(AnswerReader.judge(early, "falsch", Language.DE)).contains(true);
        assertThat(answer(early, "b")).contains(true);
        assertThat(answer(early, "true")).contains(false);
        assertThat(answer(early, "maybe")).isEmpty();
    }

    @Test
    void numericAnswersAreRightWithinTheToleranceAndInTheAskedUnit() {
        Question users = question("how-many-monthly-active-users-doubao");
        assertThat(users.prompt().get(Language.EN))
                .isEqualTo("Doubao has ___ million monthly active users. What number fills the gap (in millions)?");
        assertThat(users.answer().number()).isEqualTo(60.0);
        assertThat(users.answer().tolerance()).isEqualTo(3.0);
        assertThat(answer(users, "60")).contains(true);
        assertThat(answer(users, "62,5")).contains(true);
        assertThat(answer(users, "63")).contains(true);
        assertThat(answer(users, "63.5")).contains(false);
        assertThat(answer(users, "56")).contains(false);
        assertThat(answer(users, "sixty")).isEmpty();
        assertThat(answer(users, "1e3")).isEmpty();

        Question year = question("which-year-launch-doubao");
        assertThat(year.answer().number()).isEqualTo(2023.0);
        assertThat(year.answer().tolerance()).isZero();
        assertThat(answer(year, "2023")).contains(true);
        assertThat(answer(year, "2022")).contains(false);
    }

    @Test
    void numbersAreReadAsTheLanguageWritesThem() {
        assertThat(AnswerReader.parseNumber("1,000", Language.EN)).isEqualTo(1000.0);
        assertThat(AnswerReader.parseNumber("1.000", Language.DE)).isEqualTo(1000.0);
        assertThat(AnswerReader.parseNumber("7.500", Language.EN)).isEqualTo(7.5);
        assertThat(AnswerReader.parseNumber("3,5", Language.DE)).isEqualTo(3.5);
        assertThat(AnswerReader.parseNumber("3,5", Language.EN)).isEqualTo(3.5);
        assertThat(AnswerReader.parseNumber("60 000 000", Language.DE)).isEqualTo(6.0E7);
        assertThat(AnswerReader.parseNumber("NaN", Language.EN)).isNull();
        assertThat(AnswerReader.parseNumber("60f", Language.EN)).isNull();
    }

    @Test
    void anOrderOfTwoIsNotAsked() {
        // The shipped article dates only two steps in a certain order (2021, then August 2023), and
        // compares only two chatbots: an order of two is a coin toss, so there is no ordering question.
        assertThat(ShippedQuiz.set().questions()).noneMatch(q -> q.type() == QuestionType.ORDERING);
        assertThat(ShippedQuiz.set().dropped()).extracting(QuizSet.Dropped::question)
                .noneMatch(id -> id.startsWith("order-") || id.startsWith("rank-"));
    }

    @Test
    void matchingPairsEachProductWithItsMaker() {
        Question match = question("match-makes");
        assertThat(match.prompt().get(Language.EN)).contains("“[right] makes [left]”");
        // Products named after their maker ("Nvidia GPUs") are left out: the name would give the match away.
        assertThat(match.items()).extracting(c -> c.text().get(Language.EN)).containsExactly("Cici AI", "Doubao",
                "Ernie Bot");
        assertThat(match.choices()).as("one maker more than there are items: the last match is not left to elimination")
                .hasSize(4);
        Map<String, String> makerOf = Map.of("Cici AI", "ByteDance", "Doubao", "ByteDance", "Ernie Bot", "Baidu");
        for (int i = 0; i < match.items().size(); i++) {
            String item = match.items().get(i).text().get(Language.EN);
            assertThat(text(match, match.answer().choices().get(i))).as(item).isEqualTo(makerOf.get(item));
        }
        assertThat(answer(match, String.join(" ", match.answer().choices()))).contains(true);
        List<String> swapped = new java.util.ArrayList<>(match.answer().choices());
        java.util.Collections.swap(swapped, 1, 2);
        assertThat(answer(match, String.join(" ", swapped))).contains(false);
        assertThat(answer(match, "a b")).as("too few").isEmpty();
    }

    @Test
    void clozeLeavesTheKeyWordOfTheGermanSourceSentenceOut() {
        assertThat(ofType(QuestionType.CLOZE)).allSatisfy(q -> {
            assertThat(q.prompt().get(Language.EN)).contains("___");
            assertThat(q.sources().get(0).text()).contains(q.answer().accepted().get(0));
        });
        Question launch = question("cloze-baidu-makes-ernie-bot");
        // The article's own quotes become inner ones inside the prompt's: ‚…‘ in German, ‘…’ in English.
        assertThat(launch.prompt().get(Language.DE)).contains("die Konkurrenz wie Baidus ‚___‘ deutlich.“");
        assertThat(launch.prompt().get(Language.EN)).contains("of the article: “Mit 60 Millionen")
                .contains("die Konkurrenz wie Baidus ‘___’ deutlich.”");
        assertThat(launch.answer().accepted()).containsExactly("Ernie Bot");
        assertThat(answer(launch, " ernie bot ")).contains(true);
        assertThat(answer(launch, "Doubao")).contains(false);
        assertThat(ofType(QuestionType.CLOZE).stream().map(q -> q.sources().get(0).sentence()).distinct())
                .as("one gap per sentence").hasSameSizeAs(ofType(QuestionType.CLOZE));
    }

    @Test
    void purposeAndReasonQuestionsAskWhyFromTheArticlesLinks() {
        Question purpose = question("why-purpose-bytedance-builds-up-data-centres");
        assertThat(purpose.skill()).isEqualTo("understanding");
        assertThat(purpose.prompt().get(Language.EN)).isEqualTo(
                "According to the article, what does ByteDance build up international data centres for?");
        assertThat(text(purpose, purpose.answer().choices().get(0)))
                .isEqualTo("To use Nvidia GPUs outside China.");

        Question reasons = question("why-bytedance-needs-growth-engines");
        assertThat(reasons.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
        assertThat(reasons.answer().choices().stream().map(id -> text(reasons, id)))
                .containsExactlyInAnyOrder("Douyin is saturated in many markets.", "TikTok is saturated in many markets.");

        Question possible = question("why-usa-may-control-bytedance");
        assertThat(possible.prompt().get(Language.EN)).isEqualTo("According to the article, what could lead to "
                + "the United States exerting geopolitical control over ByteDance?");
        assertThat(text(possible, possible.answer().choices().get(0)))
                .isEqualTo("ByteDance focuses on artificial general intelligence.");
    }

    @Test
    void inferenceQuestionsAnswerWithADerivedFactAndExplainTheChain() {
        Question maker = question("which-makes-most-popular-ai-application-in-china");
        assertThat(maker.skill()).isEqualTo("inference");
        assertThat(maker.prompt().get(Language.EN)).isEqualTo("Which company makes the most popular AI application in China?");
        assertThat(text(maker, maker.answer().choices().get(0))).isEqualTo("ByteDance");
        assertThat(maker.explanation().get(Language.EN))
                .contains("Doubao is the most popular AI application in China. ByteDance makes Doubao.");
        assertThat(maker.sources()).extracting(Question.Source::fact)
                .containsExactly("doubao-most-popular-in-china", "bytedance-makes-doubao");
        assertThat(maker.difficulty()).isGreaterThan(question("which-makes-ernie-bot").difficulty());

        Question owns = question("tf-through-doubao-most-popular-in-china-owns-tiktok");
        assertThat(owns.prompt().get(Language.EN)).isEqualTo(
                "True or false? The company that makes the most popular AI application in China also owns TikTok.");
        assertThat(owns.prompt().get(Language.DE)).isEqualTo("Richtig oder falsch? Das Unternehmen, das die "
                + "beliebteste KI-Anwendung in China herstellt, besitzt auch TikTok.");
        assertThat(owns.answer().truth()).isTrue();

        Question fewer = question("tf-bound-ernie-bot-fewer-than-doubao-60-million-users");
        assertThat(fewer.skill()).isEqualTo("inference");
        assertThat(fewer.answer().truth()).isTrue();
        assertThat(fewer.sources()).extracting(Question.Source::fact)
                .containsExactlyInAnyOrder("doubao-beats-ernie-bot", "doubao-60-million-users");
        assertThat(question("tf-bound-ernie-bot-more-than-doubao-60-million-users").answer().truth()).isFalse();
    }
}
