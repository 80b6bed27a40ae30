package org.factquiz.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.factquiz.review.MemoryModel.Memory;

/**
 * The FSRS-6 scheduler: given a card, a rating and the time of the review, the card's next state
 * and due date. A port of ts-fsrs 5.4.2's basic scheduler (learning steps in minutes, same-day
 * reviews by the short-term formula) and, with short-term off, of its long-term scheduler (every
 * review in whole days). Pure: time comes in as an argument, nothing is random.
 */
public final class Scheduler {
    private static final long MINUTES_PER_DAY = 1440;

    private final SchedulerSettings settings;
    private final MemoryModel model;

    public Scheduler(SchedulerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = new MemoryModel(settings);
    }

    public SchedulerSettings settings() {
        return settings;
    }

    public MemoryModel model() {
        return model;
    }

    /** The review of {@code card} rated {@code rating} at {@code now}. */
    public Review review(Card card, Rating rating, Instant now) {
        return preview(card, now).get(rating);
    }

    /** What each of the four ratings would do to {@code card} at {@code now} (for "Good: in 3 days" buttons). */
    public Map<Rating, Review> preview(Card card, Instant now) {
        long elapsed = elapsedDays(card, now);
        double r = card.state() == CardState.NEW ? 0 : model.retrievability(elapsed, card.stability());
        Map<Rating, Card> next = settings.shortTerm() ? shortTerm(card, now, elapsed, r) : longTerm(card, now, elapsed, r);
        Map<Rating, Review> reviews = new EnumMap<>(Rating.class);
        next.forEach((rating, after) -> reviews.put(rating, new Review(card, after, rating, now, elapsed, r)));
        return reviews;
    }

    /**
     * The chance that the learner recalls {@code card} at {@code now}, from the whole days since its
     * last review (ts-fsrs {@code get_retrievability}); 0 for a new card.
     */
    public double retrievability(Card card, Instant now) {
        if (card.state() == CardState.NEW) {
            return 0;
        }
        long days = Math.max(Math.floorDiv(Duration.between(card.lastReview(), now).toMillis(), 86_400_000L), 0);
        return model.retrievability(days, MemoryModel.round8(card.stability()));
    }

    private long elapsedDays(Card card, Instant now) {
        if (card.state() == CardState.NEW || card.lastReview() == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(card.lastReview().atZone(ZoneOffset.UTC).toLocalDate(),
                now.atZone(ZoneOffset.UTC).toLocalDate());
        if (days < 0 || now.isBefore(card.lastReview())) {
            throw new IllegalArgumentException("a card reviewed at " + card.lastReview() + " cannot be reviewed earlier, at " + now);
        }
        return days;
    }

    private Map<Rating, Card> shortTerm(Card card, Instant now, long elapsed, double r) {
        Map<Rating, Card> next = new EnumMap<>(Rating.class);
        if (card.state() != CardState.REVIEW) {
            Memory memory = card.state() == CardState.NEW ? null : memory(card);
            CardState stepping = card.state() == CardState.NEW ? CardState.LEARNING : card.state();
            for (Rating rating : Rating.values()) {
                Memory after = card.state() == CardState.NEW ? model.next(null, elapsed, rating)
                        : model.next(memory, elapsed, rating);
                next.put(rating, stepped(card, rating, stepping, after, now, card.lapses()));
            }
            return next;
        }
        Memory memory = memory(card);
        Memory hard = model.next(memory, elapsed, Rating.HARD, r);
        Memory good = model.next(memory, elapsed, Rating.GOOD, r);
        Memory easy = model.next(memory, elapsed, Rating.EASY, r);
        int hardDays = Math.min(model.interval(hard.stability()), model.interval(good.stability()));
        int goodDays = Math.max(model.interval(good.stability()), hardDays + 1);
        int easyDays = Math.max(model.interval(easy.stability()), goodDays + 1);
        next.put(Rating.AGAIN, stepped(card, Rating.AGAIN, CardState.RELEARNING,
                model.next(memory, elapsed, Rating.AGAIN, r), now, card.lapses() + 1));
        next.put(Rating.HARD, inReview(card, hard, now, hardDays, card.lapses()));
        next.put(Rating.GOOD, inReview(card, good, now, goodDays, card.lapses()));
        next.put(Rating.EASY, inReview(card, easy, now, easyDays, card.lapses()));
        return next;
    }

    private Map<Rating, Card> longTerm(Card card, Instant now, long elapsed, double r) {
        boolean first = card.state() == CardState.NEW;
        Map<Rating, Memory> memories = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            memories.put(rating, first ? model.next(null, 0, rating) : model.next(memory(card), elapsed, rating, r));
        }
        int againDays = Math.min(model.interval(memories.get(Rating.AGAIN).stability()),
                model.interval(memories.get(Rating.HARD).stability()));
        int hardDays = Math.max(model.interval(memories.get(Rating.HARD).stability()), againDays + 1);
        int goodDays = Math.max(model.interval(memories.get(Rating.GOOD).stability()), hardDays + 1);
        int easyDays = Math.max(model.interval(memories.get(Rating.EASY).stability()), goodDays + 1);
        int lapses = card.lapses() + (first ? 0 : 1);
        Map<Rating, Card> next = new EnumMap<>(Rating.class);
        next.put(Rating.AGAIN, inReview(card, memories.get(Rating.AGAIN), now, againDays, lapses));
        next.put(Rating.HARD, inReview(card, memories.get(Rating.HARD), now, hardDays, card.lapses()));
        next.put(Rating.GOOD, inReview(card, memories.get(Rating.GOOD), now, goodDays, card.lapses()));
        next.put(Rating.EASY, inReview(card, memories.get(Rating.EASY), now, easyDays, card.lapses()));
        return next;
    }

    /** A card after a rating that may keep it in (or send it to) its learning steps. */
    private Card stepped(Card card, Rating rating, CardState stepping, Memory memory, Instant now, int lapses) {
        LearningSteps.Next step = LearningSteps.next(settings, card.state(), card.step(), rating);
        long minutes = step.minutes();
        if (minutes > 0 && minutes < MINUTES_PER_DAY) {
            return new Card(stepping, now.plus(Duration.ofMinutes(minutes)), memory.stability(), memory.difficulty(),
                    step.step(), card.reps() + 1, lapses, 0, now);
        }
        if (minutes >= MINUTES_PER_DAY) {
            return new Card(CardState.REVIEW, now.plus(Duration.ofMinutes(minutes)), memory.stability(),
                    memory.difficulty(), step.step(), card.reps() + 1, lapses, (int) (minutes / MINUTES_PER_DAY), now);
        }
        return inReview(card, memory, now, model.interval(memory.stability()), lapses);
    }

    private static Card inReview(Card card, Memory memory, Instant now, int days, int lapses) {
        return new Card(CardState.REVIEW, now.plus(Duration.ofDays(days)), memory.stability(), memory.difficulty(),
                0, card.reps() + 1, lapses, days, now);
    }

    private static Memory memory(Card card) {
        return new Memory(card.stability(), card.difficulty());
    }
}
