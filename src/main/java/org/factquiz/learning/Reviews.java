package org.factquiz.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factquiz.quiz.Question;
import org.factquiz.review.Card;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Rating;
import org.factquiz.review.Ratings;
import org.factquiz.review.Review;
import org.factquiz.review.ReviewQueue;
import org.factquiz.review.Scheduler;
import org.factquiz.review.SchedulerSettings;
import org.factquiz.store.Answer;
import org.factquiz.store.CardChanged;
import org.factquiz.store.CardReview;
import org.factquiz.store.Store;
import org.factquiz.store.StoredReview;

/**
 * Spaced review as learners meet it. Every answered question is a card scheduled by FSRS-6: an
 * answer in a quiz reviews the card in the same transaction that keeps the answer; due cards are
 * asked again on the review page, always in the question's current form; after the feedback the
 * learner may rate a right answer Again, Hard, Good or Easy instead of the Good it counted as.
 * Cards whose question changed its key or disappeared are retired (never asked again) and the
 * learner is told. Time comes from the clock given, so tests can move days ahead.
 */
public final class Reviews {
    /** The desired retentions a learner may choose on the review page. */
    public static final List<Double> RETENTIONS = List.of(0.8, 0.85, 0.9, 0.93, 0.95, 0.97);
    private static final int TRIES = 5;

    private final QuizCatalog catalog;
    private final Store store;
    private final Clock clock;
    private final double defaultRetention;
    private final Map<String, Map<String, String>> keysBySet = new ConcurrentHashMap<>();
    private volatile String reconciled = "";

    public Reviews(QuizCatalog catalog, Store store, Clock clock, double defaultRetention) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.defaultRetention = defaultRetention;
    }

    /** A due card and its question as asked now. */
    public record DueCard(LearnerCard card, Question question) {
    }

    /** A review with what its feedback page shows: the question, and the ratings the learner may still choose. */
    public record Outcome(StoredReview review, Question question, LearnerCard card, boolean rerateable,
                          Map<Rating, Instant> choices) {
    }

    /**
     * Keeps a quiz answer and the review it makes of the learner's card, in one transaction; false
     * when that question of the attempt was answered before (nothing changed).
     */
    public boolean recordQuizAnswer(Answer answer, Question question) {
        for (int tries = 0; tries < TRIES; tries++) {
            Optional<LearnerCard> stored = store.card(answer.userId(), question.id());
            CardReview review = review(answer.userId(), stored, question, answer.questionSet(), CardReview.Source.QUIZ,
                    answer.attemptId(),
                    answer.position(), answer.response(), answer.correct(), answer.answeredAt(),
                    answer.attemptId() + "-" + answer.position());
            try {
                return store.addAnswer(answer, review);
            } catch (CardChanged e) {
                // another answer to the same question landed first: review the card as it is now
            }
        }
        throw new IllegalStateException("the card of " + answer.userId() + " for " + question.id() + " keeps changing");
    }

    /** The learner's queue now, after retiring the cards the current question set no longer asks as learned. */
    public ReviewQueue queue(String userId) {
        QuestionSet set = reconcile();
        return ReviewQueue.of(store.cards(userId), keys(set), clock.instant());
    }

    /** The first due card, longest overdue first. */
    public Optional<DueCard> next(String userId) {
        QuestionSet set = catalog.current();
        return queue(userId).due().stream().findFirst()
                .map(card -> new DueCard(card, set.question(card.questionId()).orElseThrow()));
    }

    /** A due card of the learner's, with its question as asked now; empty when it is not due or not active. */
    public Optional<DueCard> due(String userId, String questionId) {
        QuestionSet set = catalog.current();
        return queue(userId).due().stream().filter(c -> c.questionId().equals(questionId)).findFirst()
                .map(card -> new DueCard(card, set.question(card.questionId()).orElseThrow()));
    }

    /**
     * Keeps the answer given on the review page to a due card, read as it was at {@code reps}
     * reviews; the review's id, or empty when the card was reviewed since (a second submit) or is
     * no longer due.
     */
    public Optional<String> answer(String userId, String questionId, int reps, ResponseReader.Given given) {
        Optional<DueCard> due = due(userId, questionId);
        if (due.isEmpty() || due.get().card().card().reps() != reps) {
            return Optional.empty();
        }
        QuestionSet set = catalog.current();
        CardReview review = review(userId, Optional.of(due.get().card()), due.get().question(), set.version(),
                CardReview.Source.REVIEW, null, null, given.response(), given.correct(), clock.instant(), Ids.id());
        return store.addReview(review) ? Optional.of(review.id()) : Optional.empty();
    }

    /** A review of the learner's, with its question and the ratings still open to them. */
    public Optional<Outcome> outcome(String userId, String reviewId) {
        Optional<StoredReview> found = store.review(reviewId).filter(r -> r.userId().equals(userId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredReview review = found.get();
        Optional<Question> question = catalog.version(review.questionSet()).flatMap(s -> s.question(review.questionId()));
        Optional<LearnerCard> card = store.card(userId, review.questionId());
        if (question.isEmpty() || card.isEmpty()) {
            return Optional.empty();
        }
        boolean rerateable = card.get().active() && isLatest(card.get(), review);
        Map<Rating, Instant> choices = new java.util.EnumMap<>(Rating.class);
        Map<Rating, Review> preview = scheduler(userId).preview(review.before(), review.reviewedAt());
        for (Rating rating : Ratings.choices(review.correct())) {
            choices.put(rating, preview.get(rating).after().due());
        }
        return Optional.of(new Outcome(review, question.get(), card.get(), rerateable, choices));
    }

    /**
     * Replaces the rating of the learner's latest review of a card with their own; false when the
     * rating is not theirs to give (a wrong answer is Again) or the card was reviewed again since.
     */
    public boolean rate(String userId, String reviewId, Rating rating) {
        Optional<StoredReview> found = store.review(reviewId).filter(r -> r.userId().equals(userId));
        if (found.isEmpty() || !Ratings.choices(found.get().correct()).contains(rating)) {
            return false;
        }
        StoredReview review = found.get();
        Optional<LearnerCard> card = store.card(userId, review.questionId());
        if (card.isEmpty() || !card.get().active() || !isLatest(card.get(), review)) {
            return false;
        }
        if (review.rating() == rating) {
            return true;
        }
        Card after = scheduler(userId).review(review.before(), rating, review.reviewedAt()).after();
        LearnerCard rated = new LearnerCard(userId, review.questionId(), card.get().topic(), card.get().answerKey(), after,
                null);
        return store.rerate(reviewId, rating, rated, card.get().card().reps());
    }

    /** The id of the learner's latest review of a card. */
    public Optional<String> latestReviewId(String userId, String questionId) {
        return store.latestReview(userId, questionId).map(StoredReview::id);
    }

    /** The learner's retired cards they have not been told about yet, each with the question as it was when learned. */
    public List<Retired> untoldRetirements(String userId) {
        reconcile();
        List<Retired> out = new ArrayList<>();
        for (LearnerCard card : store.cards(userId)) {
            if (card.retired().filter(r -> !r.told()).isPresent()) {
                Optional<Question> learned = store.latestReview(userId, card.questionId())
                        .flatMap(r -> catalog.version(r.questionSet())).flatMap(s -> s.question(card.questionId()));
                Optional<Question> now = catalog.current().question(card.questionId());
                out.add(new Retired(card, learned, now));
            }
        }
        return out;
    }

    /** A retired card: the question as the learner learned it and, when the question is still asked, as it is now. */
    public record Retired(LearnerCard card, Optional<Question> learned, Optional<Question> now) {
    }

    public void acknowledgeRetirements(String userId) {
        store.markRetirementsTold(userId);
    }

    /** The learner's desired retention: their own choice, or the server's default. */
    public double retention(String userId) {
        return store.desiredRetention(userId).orElse(defaultRetention);
    }

    /** Sets the learner's desired retention (one of {@link #RETENTIONS}); false for any other value. */
    public boolean setRetention(String userId, double retention) {
        if (!RETENTIONS.contains(retention)) {
            return false;
        }
        store.setDesiredRetention(userId, retention == defaultRetention ? null : retention);
        return true;
    }

    public double defaultRetention() {
        return defaultRetention;
    }

    /** Retires, once per question set, the cards that the set no longer asks with the key learned. */
    QuestionSet reconcile() {
        QuestionSet set = catalog.current();
        if (!set.version().equals(reconciled)) {
            synchronized (this) {
                if (!set.version().equals(reconciled)) {
                    store.retireCards(set.version(), clock.instant());
                    reconciled = set.version();
                }
            }
        }
        return set;
    }

    private Map<String, String> keys(QuestionSet set) {
        return keysBySet.computeIfAbsent(set.version(), v -> {
            Map<String, String> keys = new HashMap<>();
            set.questions().forEach(q -> keys.putIfAbsent(q.id(), QuestionJson.key(q)));
            return Map.copyOf(keys);
        });
    }

    private static boolean isLatest(LearnerCard card, StoredReview review) {
        return card.card().reps() == review.before().reps() + 1 && review.reviewedAt().equals(card.card().lastReview());
    }

    private Scheduler scheduler(String userId) {
        return new Scheduler(SchedulerSettings.defaults().withDesiredRetention(retention(userId)));
    }

    /**
     * The review an answer makes of the learner's card: of the stored card when it is active and
     * learned with the question's present key, else of a new card (the question changed, so the
     * learner starts over with its new answer).
     */
    private CardReview review(String userId, Optional<LearnerCard> stored, Question question, String questionSet,
                              CardReview.Source source, String attemptId, Integer position, String response,
                              boolean correct, Instant at, String id) {
        String key = QuestionJson.key(question);
        boolean continues = stored.isPresent() && stored.get().active() && stored.get().answerKey().equals(key);
        Instant when = at;
        Card before;
        if (continues) {
            before = stored.get().card();
            if (before.lastReview() != null && when.isBefore(before.lastReview())) {
                when = before.lastReview();
            }
        } else {
            before = Card.fresh(at);
        }
        Review review = scheduler(userId).review(before, Ratings.fromAnswer(correct), when);
        return new CardReview(id, userId, question.id(), questionSet,
                question.topic(), key, source, attemptId, position, response, correct, false, review,
                stored.map(s -> s.card().reps()).orElse(-1));
    }
}
