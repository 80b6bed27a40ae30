package org.factquiz.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our FSRS-6 scheduler against the reference, ts-fsrs 5.4.2 run by node: for fixed and for seeded
 * random rating sequences (lapses, same-day reviews, early and late reviews, other retentions,
 * steps and weights) every review must give the same due date, stability, difficulty, state, step,
 * counts and retrievability. ts-fsrs rounds to 8 decimals and both sides use fdlibm's functions,
 * so the numbers must agree to the last bit.
 */
class SchedulerMatchesTsFsrsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private static List<Scenario> scenarios;
    private static JsonNode reference;

    enum From { DUE, LAST }

    record Step(Rating rating, From from, long offsetMs) {
    }

    /** A card's life: its settings (weights as given, before clamping), start and reviews. */
    record Scenario(String name, SchedulerSettings settings, List<Double> givenWeights, Instant start, List<Step> steps) {
        Scenario(String name, SchedulerSettings settings, Instant start, List<Step> steps) {
            this(name, settings, settings.weights().asList(), start, steps);
        }
    }

    @BeforeAll
    static void computeTheReferenceSchedules() throws Exception {
        scenarios = new ArrayList<>(fixedScenarios());
        scenarios.addAll(randomScenarios(new Random(20260302), 160));
        reference = TsFsrsReference.schedules(request(scenarios));
    }

    @Test
    void theReferenceIsTsFsrs542WithTheWeightsWePinned() {
        assertThat(reference.get("version").asText()).isEqualTo("v5.4.2 using FSRS-6.0");
        List<Double> theirs = new ArrayList<>();
        reference.get("defaultWeights").forEach(w -> theirs.add(w.asDouble()));
        assertThat(theirs).containsExactlyElementsOf(Weights.DEFAULT.asList());
    }

    @Test
    void everyReviewOfEveryScenarioGivesTheReferenceSchedule() {
        Comparison comparison = compare(scenarios, reference, s -> s.settings());
        assertThat(comparison.mismatches()).as("reviews that differ from ts-fsrs").isEmpty();
        assertThat(comparison.reviews()).as("reviews compared").isGreaterThan(3000);
    }

    @Test
    void theScenariosReachEveryStateLapsesSameDayReviewsAndLongGaps() {
        Set<CardState> states = EnumSet.noneOf(CardState.class);
        int lapses = 0;
        int sameDayInReview = 0;
        int longGaps = 0;
        int clampedIntervals = 0;
        for (JsonNode scenario : reference.get("scenarios")) {
            int previousState = 0;
            for (JsonNode step : scenario.get("steps")) {
                states.add(CardState.ofCode(step.get("state").asInt()));
                lapses = Math.max(lapses, step.get("lapses").asInt());
                if (previousState == CardState.REVIEW.code() && step.get("elapsedDays").asLong() == 0) {
                    sameDayInReview++;
                }
                if (step.get("elapsedDays").asLong() > 100) {
                    longGaps++;
                }
                if (step.get("scheduledDays").asInt() >= 30 && scenario.get("name").asText().contains("max 30")) {
                    clampedIntervals++;
                }
                previousState = step.get("state").asInt();
            }
        }
        assertThat(states).containsExactlyInAnyOrder(CardState.LEARNING, CardState.REVIEW, CardState.RELEARNING);
        assertThat(lapses).isGreaterThanOrEqualTo(3);
        assertThat(sameDayInReview).isGreaterThan(50);
        assertThat(longGaps).isGreaterThan(10);
        assertThat(clampedIntervals).isGreaterThan(0);
    }

    @Test
    void aSchedulerThatDriftsFromTheReferenceIsCaught() {
        Comparison drifted = compare(scenarios, reference, s -> s.settings().withDesiredRetention(
                s.settings().desiredRetention() == 0.9 ? 0.905 : 0.9));
        assertThat(drifted.mismatches()).hasSizeGreaterThan(100);
    }

    @Test
    void weightsOutsideTheirBoundsAreClampedAsTsFsrsClampsThem() {
        JsonNode clamped = scenario(reference, "clamped weights, two relearning steps").get("w");
        Scenario ours = scenarios.stream().filter(s -> s.name().equals("clamped weights, two relearning steps"))
                .findFirst().orElseThrow();
        List<Double> theirs = new ArrayList<>();
        clamped.forEach(w -> theirs.add(w.asDouble()));
        assertThat(ours.settings().weights().asList()).containsExactlyElementsOf(theirs);
        assertThat(theirs).isNotEqualTo(ours.givenWeights());
    }

    record Comparison(List<String> mismatches, int reviews) {
    }

    private static Comparison compare(List<Scenario> scenarios, JsonNode reference,
                                      java.util.function.Function<Scenario, SchedulerSettings> settings) {
        List<String> mismatches = new ArrayList<>();
        int reviews = 0;
        for (Scenario scenario : scenarios) {
            Scheduler scheduler = new Scheduler(settings.apply(scenario));
            Card card = Card.fresh(scenario.start());
            int i = 0;
            for (JsonNode expected : scenario(reference, scenario.name()).get("steps")) {
                i++;
                reviews++;
                Instant now = Instant.ofEpochMilli(expected.get("review").asLong());
                Rating rating = Rating.ofGrade(expected.get("rating").asInt());
                String where = scenario.name() + ", review " + i + " (" + rating + " at " + now + ")";
                double r = scheduler.retrievability(card, now);
                Review review = scheduler.review(card, rating, now);
                card = review.after();
                List<String> differences = new ArrayList<>();
                differ(differences, "retrievability", expected.get("retrievability").asDouble(), r);
                differ(differences, "elapsed days", expected.get("elapsedDays").asLong(), review.elapsedDays());
                differ(differences, "due", Instant.ofEpochMilli(expected.get("due").asLong()), card.due());
                differ(differences, "stability", expected.get("stability").asDouble(), card.stability());
                differ(differences, "difficulty", expected.get("difficulty").asDouble(), card.difficulty());
                differ(differences, "state", CardState.ofCode(expected.get("state").asInt()), card.state());
                differ(differences, "step", expected.get("learningSteps").asInt(), card.step());
                differ(differences, "reps", expected.get("reps").asInt(), card.reps());
                differ(differences, "lapses", expected.get("lapses").asInt(), card.lapses());
                differ(differences, "scheduled days", expected.get("scheduledDays").asInt(), card.scheduledDays());
                if (!differences.isEmpty()) {
                    mismatches.add(where + ": " + String.join("; ", differences));
                    break; // later reviews of this card start from a different card
                }
            }
        }
        return new Comparison(mismatches, reviews);
    }

    private static void differ(List<String> differences, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(what + " " + actual + ", ts-fsrs " + expected);
        }
    }

    private static JsonNode scenario(JsonNode reference, String name) {
        for (JsonNode scenario : reference.get("scenarios")) {
            if (scenario.get("name").asText().equals(name)) {
                return scenario;
            }
        }
        throw new AssertionError("no reference schedule for " + name);
    }

    private static List<Scenario> fixedScenarios() {
        SchedulerSettings defaults = SchedulerSettings.defaults();
        List<Scenario> fixed = new ArrayList<>();
        fixed.add(new Scenario("good at every due date", defaults, MORNING, repeat(Rating.GOOD, From.DUE, 0, 14)));
        fixed.add(new Scenario("easy at every due date", defaults, MORNING, repeat(Rating.EASY, From.DUE, 0, 10)));
        fixed.add(new Scenario("hard at every due date", defaults, MORNING, repeat(Rating.HARD, From.DUE, 0, 14)));
        fixed.add(new Scenario("again three times, then good", defaults, MORNING, steps(
                Rating.AGAIN, Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD)));
        fixed.add(new Scenario("lapse after five good reviews", defaults, MORNING, steps(
                Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD,
                Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)));
        List<Step> sameDay = new ArrayList<>(steps(Rating.GOOD, Rating.GOOD, Rating.GOOD));
        for (Rating rating : Rating.values()) {
            sameDay.add(new Step(rating, From.LAST, 2 * HOUR));
        }
        sameDay.add(new Step(Rating.GOOD, From.DUE, 0));
        fixed.add(new Scenario("same-day reviews of a card in review", defaults, MORNING, sameDay));
        fixed.add(new Scenario("reviews long after they were due", defaults, MORNING, List.of(
                new Step(Rating.GOOD, From.LAST, 0), new Step(Rating.GOOD, From.DUE, 0),
                new Step(Rating.GOOD, From.DUE, 90 * DAY), new Step(Rating.GOOD, From.DUE, 400 * DAY),
                new Step(Rating.AGAIN, From.DUE, 30 * DAY), new Step(Rating.GOOD, From.DUE, 3 * DAY))));
        fixed.add(new Scenario("reviews before they are due", defaults, MORNING, List.of(
                new Step(Rating.EASY, From.LAST, 0), new Step(Rating.GOOD, From.LAST, DAY),
                new Step(Rating.GOOD, From.LAST, 2 * DAY), new Step(Rating.HARD, From.LAST, DAY),
                new Step(Rating.GOOD, From.LAST, 3 * DAY))));
        fixed.add(new Scenario("a day is a UTC calendar day", defaults, Instant.parse("2026-03-02T23:50:00Z"), List.of(
                new Step(Rating.GOOD, From.LAST, 0), new Step(Rating.GOOD, From.LAST, 5 * MINUTE),
                new Step(Rating.GOOD, From.LAST, 20 * MINUTE), new Step(Rating.GOOD, From.DUE, -(23 * HOUR + 58 * MINUTE)),
                new Step(Rating.GOOD, From.LAST, 23 * HOUR + 59 * MINUTE))));
        for (double retention : new double[] {0.7, 0.8, 0.95, 0.99}) {
            fixed.add(new Scenario("retention " + retention, defaults.withDesiredRetention(retention), MORNING, steps(
                    Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.GOOD, Rating.AGAIN, Rating.GOOD,
                    Rating.GOOD, Rating.EASY, Rating.GOOD)));
        }
        fixed.add(new Scenario("max 30 days", settings(0.9, 30, List.of(1L, 10L), List.of(10L), true), MORNING,
                repeat(Rating.EASY, From.DUE, 0, 10)));
        fixed.add(new Scenario("long-term only, no steps", settings(0.9, 36500, List.of(), List.of(), false), MORNING,
                steps(Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.AGAIN, Rating.GOOD)));
        List<Step> longTermSameDay = new ArrayList<>(steps(Rating.HARD, Rating.GOOD));
        longTermSameDay.add(new Step(Rating.AGAIN, From.LAST, HOUR));
        longTermSameDay.add(new Step(Rating.EASY, From.LAST, HOUR));
        fixed.add(new Scenario("long-term, same-day reviews", settings(0.9, 36500, List.of(1L, 10L), List.of(10L), false),
                MORNING, longTermSameDay));
        fixed.add(new Scenario("no learning steps", settings(0.9, 36500, List.of(), List.of(), true), MORNING,
                steps(Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.HARD)));
        fixed.add(new Scenario("a learning step of a day", settings(0.9, 36500, List.of(1L, 10L, 1440L), List.of(10L), true),
                MORNING, steps(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.GOOD)));
        fixed.add(new Scenario("one learning step", settings(0.9, 36500, List.of(5L), List.of(5L), true), MORNING,
                steps(Rating.HARD, Rating.HARD, Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD)));
        List<Double> wild = new ArrayList<>(Weights.DEFAULT.asList());
        wild.set(0, 150.0);
        wild.set(4, 0.5);
        wild.set(9, 0.95);
        wild.set(17, 3.0);
        wild.set(18, 2.5);
        wild.set(19, 0.0);
        SchedulerSettings clamped = new SchedulerSettings(Weights.of(wild, 2, true), 0.9, 36500,
                minutes(List.of(1L, 10L)), minutes(List.of(10L, 60L)), true);
        fixed.add(new Scenario("clamped weights, two relearning steps", clamped, wild, MORNING, steps(
                Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.GOOD,
                Rating.GOOD)));
        return fixed;
    }

    /** Cards with random ratings and random timing, from a fixed seed: same seed, same scenarios. */
    private static List<Scenario> randomScenarios(Random random, int count) {
        List<SchedulerSettings> settings = List.of(SchedulerSettings.defaults(),
                SchedulerSettings.defaults().withDesiredRetention(0.85),
                settings(0.95, 365, List.of(1L, 10L), List.of(10L), true),
                settings(0.9, 36500, List.of(10L), List.of(10L, 60L), true),
                settings(0.8, 36500, List.of(1L, 10L), List.of(10L), false));
        List<Scenario> random_ = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Step> steps = new ArrayList<>();
            int length = 15 + random.nextInt(15);
            for (int j = 0; j < length; j++) {
                double p = random.nextDouble();
                Rating rating = p < 0.15 ? Rating.AGAIN : p < 0.3 ? Rating.HARD : p < 0.85 ? Rating.GOOD : Rating.EASY;
                double when = random.nextDouble();
                Step step;
                if (when < 0.55) {
                    step = new Step(rating, From.DUE, (long) (random.nextDouble() * 6 * HOUR));
                } else if (when < 0.7) {
                    step = new Step(rating, From.DUE, DAY + (long) (random.nextDouble() * 200 * DAY));
                } else if (when < 0.85) {
                    step = new Step(rating, From.LAST, (long) (random.nextDouble() * 3 * DAY));
                } else {
                    step = new Step(rating, From.LAST, MINUTE + (long) (random.nextDouble() * 5 * HOUR));
                }
                steps.add(step);
            }
            Instant start = MORNING.plusMillis((long) (random.nextDouble() * 30 * DAY));
            random_.add(new Scenario("random " + i, settings.get(i % settings.size()), start, steps));
        }
        return random_;
    }

    private static SchedulerSettings settings(double retention, int maximum, List<Long> learning, List<Long> relearning,
                                              boolean shortTerm) {
        return new SchedulerSettings(Weights.DEFAULT, retention, maximum, minutes(learning), minutes(relearning), shortTerm);
    }

    private static List<Duration> minutes(List<Long> minutes) {
        return minutes.stream().map(Duration::ofMinutes).toList();
    }

    private static List<Step> repeat(Rating rating, From from, long offset, int times) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            steps.add(new Step(rating, i == 0 ? From.LAST : from, offset));
        }
        return steps;
    }

    private static List<Step> steps(Rating... ratings) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            steps.add(new Step(ratings[i], i == 0 ? From.LAST : From.DUE, 0));
        }
        return steps;
    }

    private static JsonNode request(List<Scenario> scenarios) {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode list = request.putArray("scenarios");
        for (Scenario scenario : scenarios) {
            ObjectNode s = list.addObject();
            s.put("name", scenario.name());
            s.put("start", scenario.start().toEpochMilli());
            ObjectNode settings = s.putObject("settings");
            settings.put("request_retention", scenario.settings().desiredRetention());
            settings.put("maximum_interval", scenario.settings().maximumInterval());
            settings.put("enable_short_term", scenario.settings().shortTerm());
            ArrayNode learning = settings.putArray("learning_steps");
            scenario.settings().learningSteps().forEach(d -> learning.add(d.toMinutes() + "m"));
            ArrayNode relearning = settings.putArray("relearning_steps");
            scenario.settings().relearningSteps().forEach(d -> relearning.add(d.toMinutes() + "m"));
            ArrayNode w = settings.putArray("w");
            scenario.givenWeights().forEach(w::add);
            ArrayNode steps = s.putArray("steps");
            for (Step step : scenario.steps()) {
                ObjectNode st = steps.addObject();
                st.put("rating", step.rating().grade());
                st.put("from", step.from() == From.DUE ? "due" : "last");
                st.put("offsetMs", step.offsetMs());
            }
        }
        return request;
    }
}
