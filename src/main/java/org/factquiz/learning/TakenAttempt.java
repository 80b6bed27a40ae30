package org.factquiz.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.factquiz.quiz.Question;
import org.factquiz.store.Answer;
import org.factquiz.store.Attempt;

/** An attempt with its questions (from the set it began with) and the answers given so far. */
public record TakenAttempt(Attempt attempt, QuestionSet set, List<Answer> answers) {
    public TakenAttempt {
        answers = List.copyOf(answers);
    }

    /** The score on one topic. */
    public record TopicScore(String topic, int right, int asked) {
    }

    /** A question answered wrongly and the sentences to read again for it. */
    public record Reread(int position, Question question, List<Question.Source> sentences) {
    }

    public int size() {
        return attempt.size();
    }

    public boolean hasPosition(int position) {
        return position >= 1 && position <= size();
    }

    /** The question at {@code position}, from 1. */
    public Question question(int position) {
        String id = attempt.questionIds().get(position - 1);
        return set.question(id).orElseThrow(() -> new IllegalStateException(
                "question " + id + " of attempt " + attempt.id() + " is missing from set " + set.version()));
    }

    public Optional<Answer> answer(int position) {
        return answers.stream().filter(a -> a.position() == position).findFirst();
    }

    /** The first question not answered yet; empty when all are. */
    public Optional<Integer> nextOpen() {
        for (int p = 1; p <= size(); p++) {
            if (answer(p).isEmpty()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public boolean complete() {
        return nextOpen().isEmpty();
    }

    public int right() {
        return (int) answers.stream().filter(Answer::correct).count();
    }

    /** Right answers out of questions answered, per topic, topics in order. */
    public List<TopicScore> scoreByTopic() {
        Map<String, int[]> byTopic = new TreeMap<>();
        for (Answer a : answers) {
            int[] score = byTopic.computeIfAbsent(question(a.position()).topic(), k -> new int[2]);
            score[1]++;
            if (a.correct()) {
                score[0]++;
            }
        }
        List<TopicScore> out = new ArrayList<>();
        byTopic.forEach((topic, s) -> out.add(new TopicScore(topic, s[0], s[1])));
        return out;
    }

    /** The wrongly answered questions, each with the sentences its answer rests on (each sentence once). */
    public List<Reread> reread() {
        List<Reread> out = new ArrayList<>();
        for (Answer a : answers) {
            if (a.correct()) {
                continue;
            }
            Question q = question(a.position());
            Map<Integer, Question.Source> bySentence = new LinkedHashMap<>();
            q.sources().forEach(s -> bySentence.putIfAbsent(s.sentence(), s));
            out.add(new Reread(a.position(), q, List.copyOf(bySentence.values())));
        }
        return out;
    }
}
