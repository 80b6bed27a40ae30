package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.model.Enumeration;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.LinkClaim;
import org.factquiz.model.Location;
import org.factquiz.model.QuestionType;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every exported question checked again, outside the quiz session: each choice is put into the
 * question's own words, read by the claim checker's grammar in English and German, and judged in a
 * fresh session without the quiz rules. Right answers must come out SUPPORTED, wrong ones REFUTED.
 */
class IndependentVerificationTest {
    private static QuizSet set;
    private static OptionClaims options;
    private static CheckResult result;

    @BeforeAll
    static void judgeEveryOptionInAFreshSession() {
        set = ShippedQuiz.set();
        FactBase facts = ShippedQuiz.knowledge().facts();
        options = new OptionClaims(facts, ShippedQuiz.phrases(), ShippedQuiz.templates());
        set.questions().forEach(options::add);
        result = ClaimChecker.check(ShippedQuiz.knowledge(),
                options.checks().stream().map(OptionClaims.Check::claim).toList());
    }

    @Test
    void everyQuestionCanBeReadBackAsClaims() {
        assertThat(options.problems()).as("questions whose words do not read as claims").isEmpty();
    }

    @Test
    void everyRightAnswerIsSupportedAndEveryWrongAnswerRefuted() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < result.claims().size(); i++) {
            JudgedClaim judged = result.claims().get(i);
            OptionClaims.Check check = options.checks().get(i);
            if (judged.unexpected()) {
                wrong.add(check.question() + " " + check.role() + " (" + check.language().code() + ") \"" + check.text()
                        + "\": " + judged.label().label() + ", expected " + check.expected().label()
                        + (judged.verdict().reasonEn().isEmpty() ? "" : " (" + judged.verdict().reasonEn() + ")"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckCoversEveryQuestionAndEveryShownChoice() {
        Map<String, List<OptionClaims.Check>> byQuestion = options.checks().stream()
                .collect(Collectors.groupingBy(OptionClaims.Check::question));
        List<String> thin = new ArrayList<>();
        for (Question q : set.questions()) {
            List<OptionClaims.Check> checks = byQuestion.getOrDefault(q.id(), List.of());
            for (Language l : Language.values()) {
                long keys = checks.stream().filter(c -> c.language() == l && !c.role().equals("distractor")).count();
                long wrong = checks.stream().filter(c -> c.language() == l && c.role().equals("distractor")).count();
                boolean enough = switch (q.type()) {
                    case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> keys >= q.answer().choices().size()
                            && keys + wrong >= q.choices().size();
                    case MATCHING -> keys == q.items().size() && wrong == (long) q.items().size() * (q.choices().size() - 1);
                    case NUMERIC -> keys >= 1 && wrong >= 2;
                    case TRUE_FALSE -> (q.answer().truth() ? keys : wrong) >= 1;
                    default -> keys >= 1;
                };
                if (!enough) {
                    thin.add(q.id() + " (" + l.code() + "): " + keys + " right, " + wrong + " wrong answers checked");
                }
            }
        }
        assertThat(thin).as("questions not fully checked").isEmpty();
        long distractors = options.checks().stream().filter(c -> c.role().equals("distractor")).count();
        long keys = options.checks().stream().filter(c -> c.role().equals("key")).count();
        System.out.printf("re-verified %d questions: %d right answers, %d wrong answers, %d premises, %d dated orders%n",
                set.questions().size(), keys, distractors,
                options.checks().stream().filter(c -> c.role().equals("premise")).count(), options.orderChecks().size());
        assertThat(keys).isGreaterThanOrEqualTo(150);
        assertThat(distractors).isGreaterThanOrEqualTo(150);
        assertThat(result.claims()).hasSize(options.checks().size());
    }

    @Test
    void noWrongAnswerIsRefutedByAnOpenList() {
        Set<String> openLists = openLists();
        assertThat(openLists).as("the article has open lists (\"darunter\", \"wie\")").isNotEmpty();
        List<String> resting = result.claims().stream()
                .filter(c -> c.label() == VerdictLabel.REFUTED)
                .filter(c -> c.evidence().stream().filter(e -> !e.supports())
                        .anyMatch(e -> e.facts().stream().anyMatch(openLists::contains)))
                .map(c -> c.claim().text()).toList();
        assertThat(resting).isEmpty();
    }

    @Test
    void membersOfOpenListsAreAskedOnlyAsTrue() {
        Set<String> listed = ShippedQuiz.knowledge().facts().statements().stream()
                .filter(s -> s instanceof org.factquiz.model.Relation r && r.list() != null
                        && openLists().contains(r.list()))
                .map(Statement::id).collect(Collectors.toSet());
        List<Question> onLists = set.questions().stream()
                .filter(q -> q.sources().stream().anyMatch(s -> listed.contains(s.fact()))).toList();
        assertThat(onLists).as("questions about members of open lists").isNotEmpty();
        assertThat(onLists).noneMatch(q -> q.type() == QuestionType.TRUE_FALSE && !q.answer().truth());
    }

    @Test
    void onlyACompleteListIsAskedForWhatItLeavesOut() {
        Set<String> complete = ShippedQuiz.knowledge().facts().statements().stream()
                .filter(s -> s instanceof Enumeration e && e.complete()).map(Statement::id).collect(Collectors.toSet());
        assertThat(set.questions()).filteredOn(q -> q.template().equals("ask-not-listed"))
                .allSatisfy(q -> assertThat(q.sources()).extracting(Question.Source::fact).allMatch(complete::contains));
        assertThat(set.questions()).filteredOn(q -> !q.template().equals("ask-not-listed")).allSatisfy(q -> {
            assertThat(q.prompt().get(Language.EN)).as(q.id()).doesNotContainPattern("(?i)\\bnot\\b");
            assertThat(q.prompt().get(Language.DE)).as(q.id()).doesNotContainPattern("(?i)\\b(nicht|kein\\w*)\\b");
        });
    }

    @Test
    void noWrongAnswerIsRefutedOnlyByAHedge() {
        List<String> hedgedOnly = result.claims().stream()
                .filter(c -> c.label() == VerdictLabel.REFUTED && !(c.claim() instanceof LinkClaim))
                .filter(c -> c.evidence().stream().noneMatch(e -> !e.supports()
                        && (e.status() == Status.ASSERTED || e.status() == Status.REPORTED)))
                .map(c -> c.claim().text()).toList();
        assertThat(hedgedOnly).isEmpty();
    }

    @Test
    void hedgedAndReportedFactsAreAskedWithTheirAttribution() {
        Function<String, Statement> fact = id -> ShippedQuiz.knowledge().facts().statement(id).orElseThrow();
        List<Question> uncertain = set.questions().stream()
                .filter(q -> q.sources().stream().anyMatch(s -> !fact.apply(s.fact()).status().isCertain())).toList();
        assertThat(uncertain).as("questions resting on reported or hedged facts").hasSizeGreaterThanOrEqualTo(5);
        Writer writer = ShippedQuiz.writer();
        assertThat(uncertain).allSatisfy(q -> {
            for (Language l : Language.values()) {
                String shown = q.prompt().get(l) + " " + q.choices().stream().map(c -> c.text().get(l))
                        .collect(Collectors.joining(" "));
                for (Question.Source source : q.sources()) {
                    Statement s = fact.apply(source.fact());
                    // "... so that ByteDance depends less on Nvidia": a purpose link's own words say its aim is an aim.
                    boolean aimOfLink = q.sources().stream().map(x -> fact.apply(x.fact())).anyMatch(x ->
                            x instanceof org.factquiz.model.Link link && link.link() == org.factquiz.model.LinkKind.PURPOSE
                                    && link.to().equals(s.id()) && q.type() == QuestionType.TRUE_FALSE)
                            || q.type() == QuestionType.TRUE_FALSE && s.status() == Status.INTENDED
                            && q.rule().startsWith("A purpose can be asked falsely");
                    // A "what could lead to" or "what for" question carries the hedge or the aim in its own words.
                    boolean saidByPrompt = s.status() == Status.HEDGED && q.template().startsWith("ask-possible")
                            || s.status() == Status.INTENDED && q.template().equals("ask-purpose");
                    if (!s.status().isCertain() && !(s instanceof org.factquiz.model.Link) && !aimOfLink
                            && !saidByPrompt) {
                        String framing = writer.templates().framing(Writer.framingKind(s), l);
                        String lower = shown.toLowerCase();
                        for (String word : framing.replaceAll("\\{[\\w-]+}", " ").replaceAll("[,:]", " ").strip()
                                .split("\\s+")) {
                            assertThat(lower).as(q.id() + " (" + l.code() + ") says " + s.id() + " is "
                                    + s.status().label()).contains(word.toLowerCase());
                        }
                        String attributed = s.provenance().accordingTo();
                        if (attributed != null) {
                            assertThat(java.util.Arrays.stream(org.factquiz.language.Case.values())
                                    .map(c -> writer.names().term(attributed, l).in(c).toLowerCase()))
                                    .as(q.id() + " (" + l.code() + ") names the source of " + s.id())
                                    .anyMatch(lower::contains);
                        }
                    }
                }
            }
        });
    }

    @Test
    void withoutItsAttributionAReportedStatementIsNotSupported() {
        ClaimParser parser = new ClaimParser(ShippedQuiz.knowledge().facts(), ShippedQuiz.phrases());
        List<ClaimsReader.ReadClaim> stripped = new ArrayList<>();
        for (OptionClaims.Check check : options.checks()) {
            if (check.role().equals("key") && check.language() == Language.EN
                    && check.text().matches("(?i)(according to [^,]+, .*|.*\\bpossibly .*)")
                    && !(check.claim().claim() instanceof LinkClaim)) {
                String plain = check.text().replaceFirst("(?i)^according to [^,]+, ", "")
                        .replaceFirst("(?i)\\bpossibly ", "");
                ClaimParser.Reading reading = parser.read("stripped-" + stripped.size(), plain, Location.UNKNOWN);
                assertThat(reading).as(plain).isInstanceOf(ClaimParser.Read.class);
                stripped.add(new ClaimsReader.ReadClaim(((ClaimParser.Read) reading).claim(), null));
            }
        }
        assertThat(stripped).as("right answers that carry an attribution").hasSizeGreaterThanOrEqualTo(4);
        CheckResult plain = ClaimChecker.check(ShippedQuiz.knowledge(), stripped);
        assertThat(plain.claims()).allSatisfy(c -> assertThat(c.label()).as(c.claim().text())
                .isIn(VerdictLabel.REPORTED, VerdictLabel.HEDGED));
    }

    private static Set<String> openLists() {
        return ShippedQuiz.knowledge().facts().statements().stream()
                .filter(s -> s instanceof Enumeration e && !e.complete()).map(Statement::id)
                .collect(Collectors.toSet());
    }
}
