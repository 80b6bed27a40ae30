package org.factquiz.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.factquiz.store.Answer;
import org.factquiz.store.Attempt;
import org.factquiz.store.Store;
import org.factquiz.store.User;

/**
 * Quizzes as learners take them: started from the current question set, answered one question at
 * a time, each answer stored (once) before anything is shown about it.
 */
public final class Attempts {
    public static final int MAX_QUESTIONS = 50;

    private final QuizCatalog catalog;
    private final Store store;
    private final Reviews reviews;
    private final Clock clock;
    private final LongSupplier seeds;

    /** {@code seeds} gives each attempt the seed its questions are drawn with; every answer reviews a card in {@code reviews}. */
    public Attempts(QuizCatalog catalog, Store store, Reviews reviews, Clock clock, LongSupplier seeds) {
        this.catalog = catalog;
        this.store = store;
        this.reviews = reviews;
        this.clock = clock;
        this.seeds = seeds;
    }

    /** What a learner chose on the start page; empty topics or skills mean all. */
    public record Choice(Language language, List<String> topics, List<String> skills, int count) {
        public Choice {
            topics = List.copyOf(topics);
            skills = List.copyOf(skills);
        }
    }

    /** Starts a quiz; empty when no question matches the choice. */
    public Optional<Attempt> start(User user, Choice choice) {
        QuestionSet set = catalog.current();
        long seed = seeds.getAsLong();
        List<Question> drawn = draw(set.questions(), choice, seed);
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        Attempt attempt = new Attempt(Ids.id(), user.id(), set.version(), choice.language(), choice.topics(),
                choice.skills(), seed, clock.instant(), null, drawn.stream().map(Question::id).toList());
        store.addAttempt(attempt);
        return Optional.of(attempt);
    }

    /** The attempt, when it exists and is {@code userId}'s: nobody sees another's attempt. */
    public Optional<TakenAttempt> find(String attemptId, String userId) {
        if (attemptId == null || userId == null || attemptId.length() > 40) {
            return Optional.empty();
        }
        return store.attempt(attemptId).filter(a -> a.userId().equals(userId)).flatMap(this::taken);
    }

    /** A user's attempts, the latest first. */
    public List<TakenAttempt> history(String userId) {
        List<TakenAttempt> out = new ArrayList<>();
        for (Attempt a : store.attempts(userId)) {
            taken(a).ifPresent(out::add);
        }
        return out;
    }

    /** What became of an answer: stored now, or the question had been answered already (the first answer counts). */
    public enum Recorded { STORED, ALREADY_ANSWERED }

    /**
     * Stores the answer read from a question's form, and the review it makes of the learner's card
     * for the question, in one transaction. The answer is committed when this returns; a second
     * answer to the same question changes nothing.
     */
    public Recorded answer(TakenAttempt taken, int position, ResponseReader.Given given) {
        Question q = taken.question(position);
        Answer answer = new Answer(taken.attempt().id(), position, taken.attempt().userId(), taken.attempt().questionSet(),
                q.id(), given.response(), given.correct(), clock.instant());
        boolean stored = reviews.recordQuizAnswer(answer, q);
        if (stored && taken.answers().size() + 1 == taken.size()) {
            store.finishAttempt(taken.attempt().id(), clock.instant());
        }
        return stored ? Recorded.STORED : Recorded.ALREADY_ANSWERED;
    }

    private Optional<TakenAttempt> taken(Attempt a) {
        return catalog.version(a.questionSet()).map(set -> new TakenAttempt(a, set, store.answers(a.id())));
    }

    /**
     * The questions of one quiz: those on the chosen topics and skills, in an order from the seed,
     * with the types taken in turn so that a short quiz is not all true-or-false.
     */
    static List<Question> draw(List<Question> all, Choice choice, long seed) {
        List<Question> matching = new ArrayList<>(all.stream()
                .filter(q -> choice.topics().isEmpty() || choice.topics().contains(q.topic()))
                .filter(q -> choice.skills().isEmpty() || choice.skills().contains(q.skill()))
                .toList());
        Collections.shuffle(matching, new Random(seed));
        Map<QuestionType, List<Question>> byType = new LinkedHashMap<>();
        matching.forEach(q -> byType.computeIfAbsent(q.type(), k -> new ArrayList<>()).add(q));
        List<Question> out = new ArrayList<>();
        int count = Math.min(Math.max(choice.count(), 1), MAX_QUESTIONS);
        for (int round = 0; out.size() < count && out.size() < matching.size(); round++) {
            for (List<Question> ofType : byType.values()) {
                if (round < ofType.size() && out.size() < count) {
                    out.add(ofType.get(round));
                }
            }
        }
        return out;
    }
}
