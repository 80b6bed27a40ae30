package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factquiz.engine.Evidence;
import org.factquiz.load.InputException;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.ComparisonClaim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.Language;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.TitleClaim;
import org.factquiz.model.VerdictLabel;
import org.factquiz.report.VerdictsText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claims of src/test/resources/claims/article-claims.yaml, each judged alone against the
 * shipped facts, must get the verdict the article warrants (given as 'expect' in the table).
 */
class ArticleClaimsTest {
    private static final Path TABLE = Path.of("src/test/resources/claims/article-claims.yaml");

    private static ShippedKnowledge shipped;
    private static List<ClaimsReader.ReadClaim> table;

    @BeforeAll
    static void readTheTable() throws InputException {
        shipped = ShippedKnowledge.shared();
        table = shipped.reader().fromFile(TABLE);
    }

    static Stream<Arguments> articleClaims() {
        return table.stream().map(c -> Arguments.of(Named.of(
                c.claim().text() + "  [" + c.claim().id() + "] -> " + c.expected().label(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleClaims")
    void claimGetsTheVerdictTheArticleWarrants(ClaimsReader.ReadClaim claim) {
        CheckResult result = ClaimChecker.check(shipped.knowledge(), List.of(claim));
        JudgedClaim judged = result.claims().get(0);

        assertThat(judged.label())
                .withFailMessage("claim \"%s\" (%s, %s): verdict %s, expected %s%n%s", claim.claim().text(),
                        claim.claim().id(), claim.claim().location(), judged.label().label(),
                        claim.expected().label(), VerdictsText.render(result, Language.EN))
                .isEqualTo(claim.expected());
    }

    @Test
    void claimsJudgedTogetherGetTheVerdictsTheyGetAlone() {
        CheckResult together = ClaimChecker.check(shipped.knowledge(), table);

        assertThat(together.claims()).extracting(j -> "\"" + j.claim().text() + "\": " + j.label().label())
                .containsExactlyElementsOf(table.stream()
                        .map(c -> "\"" + c.claim().text() + "\": " + c.expected().label()).toList());
    }

    @Test
    void tableHasEnoughClaimsInBothLanguagesAndBothForms() throws IOException, InputException {
        assertThat(table).hasSizeGreaterThanOrEqualTo(40);
        List<Map<String, Object>> entries = rawEntries();
        assertThat(entries).filteredOn(e -> e.containsKey("text")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(entries).filteredOn(e -> e.containsKey("kind")).hasSizeGreaterThanOrEqualTo(8);

        ClaimParser parser = ShippedKnowledge.parser(shipped.knowledge().facts());
        Map<Language, Long> byLanguage = entries.stream().filter(e -> e.containsKey("text"))
                .map(e -> parser.read("x", (String) e.get("text"), null))
                .map(r -> ((ClaimParser.Read) r).language())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byLanguage.get(Language.EN)).isGreaterThanOrEqualTo(20);
        assertThat(byLanguage.get(Language.DE)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void tableExpectsEveryVerdictButConflictWhichNeedsABrokenFactBase() {
        Set<VerdictLabel> expected = table.stream().map(ClaimsReader.ReadClaim::expected)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VerdictLabel.class)));

        assertThat(expected).isEqualTo(EnumSet.complementOf(EnumSet.of(VerdictLabel.CONFLICT)));
    }

    @Test
    void tableCoversTheKindsOfClaimTheIssueNames() {
        Set<String> inverses = shipped.knowledge().facts().predicates().stream().map(PredicateDef::inverse)
                .filter(i -> i != null).collect(Collectors.toSet());

        assertThat(table).map(ClaimsReader.ReadClaim::claim)
                .anyMatch(c -> c instanceof RelationClaim r && inverses.contains(r.predicate()))
                .anyMatch(c -> c instanceof RelationClaim r && r.since() != null)
                .anyMatch(c -> c instanceof QuantityClaim q && q.value().comparator() == ClaimedValue.Comparator.ABOUT
                        && q.value().tolerance() != ClaimedValue.DEFAULT_TOLERANCE)
                .anyMatch(c -> c instanceof QuantityClaim q && q.value().comparator() == ClaimedValue.Comparator.MORE)
                .anyMatch(c -> c instanceof ComparisonClaim cc && !cc.more())
                .anyMatch(c -> c instanceof TitleClaim)
                .anyMatch(c -> c instanceof EventClaim e && e.date() != null && e.date().hasMonth())
                .anyMatch(c -> c instanceof EventClaim e && e.date() != null && !e.date().hasMonth())
                .anyMatch(c -> c.accordingTo() != null)
                .anyMatch(c -> c.possibly());
    }

    @Test
    void openListLeavesAMissingItemUndecidedAndSaysTheListIsOpen() throws InputException {
        JudgedClaim rival = shipped.judge("Doubao competes with Cici AI");
        JudgedClaim otherWay = shipped.judge("Cici AI competes with Doubao");
        JudgedClaim place = shipped.judge("Die Rechenzentren stehen in den USA");

        assertThat(List.of(rival, otherWay, place)).allSatisfy(judged -> assertThat(judged.label())
                .isEqualTo(VerdictLabel.NOT_ENOUGH_INFO));
        assertThat(rival.verdict().reasonEn()).contains("is open", "ernie-bot", "neither includes nor excludes 'cici-ai'");
        assertThat(otherWay.verdict().reasonEn()).isEqualTo(rival.verdict().reasonEn());
        assertThat(place.verdict().reasonDe()).contains("ist offen", "darunter", "malaysia", "'usa'");
    }

    @Test
    void aListMemberIsSupportedByTheList() throws InputException {
        CheckResult result = shipped.check("Doubao offers image generation");
        JudgedClaim judged = result.claims().get(0);

        assertThat(judged.label()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(leavesOf(judged, result))
                .containsExactly("doubao-offers-services/image-generation");
    }

    @Test
    void notEnoughInfoSaysWhatIsMissing() throws InputException {
        assertThat(shipped.judge("Cici AI was launched in 2023").verdict().reasonEn())
                .isEqualTo("the source gives no date for 'cici-ai-launched-internationally'");
        assertThat(shipped.judge("Ernie Bot has 30 million users").verdict().reasonEn())
                .contains("ernie-bot has less than doubao", "60000000 users", "neither confirms nor rules out 30000000");
        assertThat(shipped.judge("Zhang Yiming is the richest person in Asia").verdict().reasonEn())
                .isEqualTo("the facts name no holder of the title richest-person in asia");
        assertThat(shipped.judge("Cici AI has more users than Ernie Bot").verdict().reasonEn())
                .contains("neither compare cici-ai and ernie-bot by monthly-active-users");
        assertThat(shipped.judge("ByteDance invests 2 billion").verdict().reasonEn())
                .contains("at least 1000000000 money", "neither confirms nor rules out 2000000000");
        assertThat(shipped.judge("ByteDance owns Ernie Bot").verdict().reasonEn())
                .contains("no fact states or rules out 'bytedance owns ernie-bot'");
    }

    @Test
    void reportedAndHedgedVerdictsSayWhoSaysItAndHowFirmly() throws InputException {
        JudgedClaim reported = shipped.judge("ByteDance is Nvidia's largest customer in China");
        JudgedClaim hedged = shipped.judge("ByteDance is Nvidia's largest customer in Asia");

        assertThat(reported.verdict().reasonEn()).isEqualTo("the source only reports this, according to industry-insiders");
        assertThat(reported.verdict().facts()).containsExactly("bytedance-largest-nvidia-customer-china");
        assertThat(hedged.verdict().reasonDe()).contains("könnte");
        assertThat(hedged.verdict().facts()).containsExactly("bytedance-largest-nvidia-customer-asia");
    }

    @Test
    void inverseRelationShowsTheInferenceChainDownToTheStatement() throws InputException {
        CheckResult result = shipped.check("Ernie Bot is made by Baidu");
        JudgedClaim judged = result.claims().get(0);

        List<Evidence> evidence = result.explainer().explain(judged.verdict().facts().get(0));
        assertThat(evidence).hasSize(1);
        Evidence inverse = evidence.get(0);
        assertThat(inverse.id()).isEqualTo("holds(ernie-bot, made-by, baidu)");
        assertThat(inverse.rule()).isEqualTo("A relation's inverse holds too");
        Evidence stated = inverse.premises().get(0);
        assertThat(stated.id()).isEqualTo("holds(baidu, makes, ernie-bot)");
        assertThat(stated.rule()).isEqualTo("A stated relation holds");
        Evidence statement = stated.premises().get(0);
        assertThat(statement.id()).isEqualTo("baidu-makes-ernie-bot");
        assertThat(statement.location().file()).isEqualTo("facts/statements/products.yaml");
        assertThat(statement.source().sentence()).isEqualTo(11);
        assertThat(statement.source().sentenceText()).contains("Baidus „Ernie Bot“");
    }

    @Test
    void countRefutedThroughAComparisonRestsOnBothFacts() throws InputException {
        JudgedClaim judged = shipped.judge("Ernie Bot has more than 60 million users");

        assertThat(judged.label()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(judged.verdict().facts())
                .containsExactly("exceeds(doubao, ernie-bot, monthly-active-users)", "doubao-60-million-users");
    }

    private static List<String> leavesOf(JudgedClaim judged, CheckResult result) {
        return judged.verdict().facts().stream().flatMap(id -> result.explainer().explain(id).stream())
                .flatMap(e -> e.leaves().stream()).map(Evidence::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rawEntries() throws IOException {
        Map<String, Object> file = new ObjectMapper(new YAMLFactory()).readValue(TABLE.toFile(), Map.class);
        return (List<Map<String, Object>>) file.get("claims");
    }
}
