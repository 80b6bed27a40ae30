package org.factquiz.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.export.ExportFormat;
import org.factquiz.export.Exported;
import org.factquiz.export.QuizExport;
import org.factquiz.export.QuizExporter;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Scheduler;
import org.factquiz.review.SchedulerSettings;
import org.factquiz.stats.AttemptResult;
import org.factquiz.stats.CardSummary;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.stats.ItemDefinition;
import org.factquiz.stats.ItemResponse;
import org.factquiz.stats.LearnerSummary;
import org.factquiz.stats.ScoredAnswer;
import org.factquiz.stats.ScoresOverTime;
import org.factquiz.stats.TopicScores;
import org.factquiz.store.Answer;
import org.factquiz.store.CardCounts;
import org.factquiz.store.Role;
import org.factquiz.store.Store;
import org.factquiz.store.ReviewActivity;
import org.factquiz.store.ReviewMark;
import org.factquiz.store.User;

/**
 * What a teacher sees of the class, from the store: the item analysis of the current questions
 * over every finished quiz, scores over time per topic (for the class, or one learner), each
 * learner at a glance with what is due, and the question set in every export format.
 *
 * <p>A question's statistics count only the answers given to a version of it with the same key
 * and options as now: an answer to a question the facts have changed since was right or wrong for
 * another key. Such answers still count in their attempt's total, which is about the learner.
 * Teachers' own answers (trying the quiz out) count nowhere, as Moodle leaves out previews.
 */
public final class ClassReports {
    private final QuizCatalog catalog;
    private final Store store;
    private final Reviews reviews;
    private final Clock clock;
    private final ZoneId zone;
    private final FlagThresholds thresholds;
    private final Map<String, Set<String>> sameAsNow = new HashMap<>();
    private String comparedWith = "";

    /** {@code zone}: the school's time zone, whose calendar days the scores are counted by. */
    public ClassReports(QuizCatalog catalog, Store store, Reviews reviews, Clock clock, ZoneId zone,
                        FlagThresholds thresholds) {
        this.catalog = catalog;
        this.store = store;
        this.reviews = reviews;
        this.clock = clock;
        this.zone = zone;
        this.thresholds = thresholds;
    }

    public FlagThresholds thresholds() {
        return thresholds;
    }

    /** The item analysis of the current question set, its prompts and options in {@code language}. */
    public ItemAnalysis itemAnalysis(Language language) {
        QuestionSet set = catalog.current();
        List<ItemDefinition> items = set.questions().stream().map(q -> item(q, language)).toList();
        List<AttemptResult> attempts = new ArrayList<>();
        Set<String> teachers = teachers();
        List<Answer> answers = store.answersOfFinishedAttempts().stream().filter(a -> !teachers.contains(a.userId()))
                .toList();
        int from = 0;
        for (int i = 1; i <= answers.size(); i++) {
            if (i == answers.size() || !answers.get(i).attemptId().equals(answers.get(from).attemptId())) {
                attempts.add(attempt(answers.subList(from, i), set));
                from = i;
            }
        }
        return ItemAnalysis.of(items, attempts, thresholds);
    }

    /** The class's scores per topic and day: every answer, in quizzes and reviews; topics named in {@code language}. */
    public List<TopicScores> classScores(Language language) {
        Set<String> teachers = teachers();
        return scores(store.reviewMarks(null).stream().filter(r -> !teachers.contains(r.userId())).toList(), language);
    }

    /** The learners with an account, with what they did and what is due, by name. */
    public List<LearnerSummary> learners() {
        reviews.reconcile();
        Map<String, CardCounts> counts = store.cardCounts(clock.instant());
        Map<String, ReviewActivity> activity = new HashMap<>();
        store.reviewActivity().forEach(a -> activity.put(a.userId(), a));
        Map<String, Integer> quizzes = store.finishedAttempts();
        List<LearnerSummary> out = new ArrayList<>();
        for (User user : store.namedUsers()) {
            if (user.role() != Role.LEARNER) {
                continue;
            }
            ReviewActivity a = activity.getOrDefault(user.id(), new ReviewActivity(user.id(), 0, 0, null));
            CardCounts c = counts.getOrDefault(user.id(), new CardCounts(0, 0));
            out.add(new LearnerSummary(user.id(), user.name(), quizzes.getOrDefault(user.id(), 0), a.answers(), a.right(),
                    c.active(), c.due(), a.last()));
        }
        return out;
    }

    /** One learner's report: who, their scores per topic and day, and their active cards (due first). */
    public Optional<LearnerReport> learner(String userId, Language language) {
        Optional<User> user = store.user(userId).filter(u -> u.name() != null);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        reviews.reconcile();
        Instant now = clock.instant();
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withDesiredRetention(reviews.retention(userId)));
        QuestionSet set = catalog.current();
        List<CardSummary> cards = new ArrayList<>();
        for (LearnerCard card : store.cards(userId)) {
            if (!card.active()) {
                continue;
            }
            String prompt = set.question(card.questionId()).map(q -> q.prompt().get(language)).orElse(card.questionId());
            cards.add(new CardSummary(card.questionId(), prompt, catalog.topicName(card.topic(), language), card.card().due(), card.card().isDue(now),
                    scheduler.retrievability(card.card(), now), card.card().reps(), card.card().lapses(),
                    card.card().state().name().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, Integer> duePerTopic = new java.util.TreeMap<>();
        cards.stream().filter(CardSummary::dueNow).forEach(c -> duePerTopic.merge(c.topic(), 1, Integer::sum));
        return Optional.of(new LearnerReport(user.get(), scores(store.reviewMarks(userId), language), cards,
                duePerTopic));
    }

    /** A learner's report for the teacher. */
    public record LearnerReport(User user, List<TopicScores> scores, List<CardSummary> cards,
                                Map<String, Integer> duePerTopic) {
        public LearnerReport {
            Objects.requireNonNull(user, "user");
            scores = List.copyOf(scores);
            cards = List.copyOf(cards);
            duePerTopic = Map.copyOf(duePerTopic);
        }

        /** The cards due now. */
        public List<CardSummary> due() {
            return cards.stream().filter(CardSummary::dueNow).toList();
        }
    }

    /** The current question set in {@code format}, its texts in {@code language}, titled by the articles. */
    public Exported export(ExportFormat format, Language language) {
        QuestionSet set = catalog.current();
        String title = set.articles().stream().map(Article::title).distinct().collect(Collectors.joining("; "));
        QuizExport quiz = QuizExport.of(set.verified().orElseThrow(() -> new IllegalStateException(
                "the current question set " + set.version() + " was not built in this run")), set.questions(), language,
                QuizCatalog.CHOICE_SEED, title);
        return QuizExporter.export(format, quiz);
    }

    private Set<String> teachers() {
        return store.namedUsers().stream().filter(u -> u.role() == Role.TEACHER).map(User::id).collect(Collectors.toSet());
    }

    private List<TopicScores> scores(List<ReviewMark> answers, Language language) {
        List<ScoredAnswer> scored = new ArrayList<>(answers.size());
        Map<String, String> names = new HashMap<>();
        for (ReviewMark review : answers) {
            String topic = names.computeIfAbsent(review.topic(), id -> catalog.topicName(id, language));
            scored.add(new ScoredAnswer(review.userId(), topic, review.reviewedAt(), review.correct() ? 1 : 0, 1));
        }
        return ScoresOverTime.byTopic(scored, zone);
    }

    private AttemptResult attempt(List<Answer> answers, QuestionSet now) {
        List<ItemResponse> responses = new ArrayList<>(answers.size());
        Instant finished = answers.get(0).answeredAt();
        for (Answer answer : answers) {
            finished = answer.answeredAt().isAfter(finished) ? answer.answeredAt() : finished;
            boolean same = sameAsNow(answer.questionSet(), now).contains(answer.questionId());
            Optional<Question> question = now.question(answer.questionId());
            boolean choice = question.isPresent() && QuestionJson.isChoice(question.get().type());
            List<String> given = choice && !answer.response().isBlank() ? Arrays.asList(answer.response().split(" "))
                    : List.of(answer.response());
            // An answer to another version of the question counts for the attempt, not for the question.
            String id = same ? answer.questionId() : answer.questionId() + "@" + answer.questionSet();
            responses.add(new ItemResponse(id, answer.correct() ? 1 : 0, 1, given));
        }
        return new AttemptResult(answers.get(0).attemptId(), answers.get(0).userId(), finished, responses);
    }

    /** The ids of the questions that {@code set} asks with the key, type and options they have now. */
    private synchronized Set<String> sameAsNow(String set, QuestionSet now) {
        if (!comparedWith.equals(now.version())) {
            sameAsNow.clear();
            comparedWith = now.version();
        }
        return sameAsNow.computeIfAbsent(set, v -> {
            if (v.equals(now.version())) {
                return now.questions().stream().map(Question::id).collect(Collectors.toSet());
            }
            Set<String> same = new java.util.HashSet<>();
            catalog.version(v).ifPresent(then -> then.questions().forEach(q -> now.question(q.id())
                    .filter(current -> current.type() == q.type() && QuestionJson.key(current).equals(QuestionJson.key(q))
                            && current.choices().equals(q.choices()))
                    .ifPresent(current -> same.add(q.id()))));
            return same;
        });
    }

    private ItemDefinition item(Question q, Language language) {
        List<ItemDefinition.Option> options = new ArrayList<>();
        if (QuestionJson.isChoice(q.type())) {
            for (Question.Choice choice : q.choices()) {
                options.add(new ItemDefinition.Option(choice.id(), choice.text().get(language),
                        q.answer().choices().contains(choice.id())));
            }
        }
        return new ItemDefinition(q.id(), q.prompt().get(language), catalog.topicName(q.topic(), language), 1, options);
    }
}
