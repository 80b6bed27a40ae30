package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.factquiz.model.QuestionType;

/** Chooses the questions of one quiz: filtered by topic and type, in a seeded order, at most N. */
public final class QuizSelection {
    private QuizSelection() {
    }

    /** The skills a question can test, from recalling one fact to putting several together. */
    public static final List<String> SKILLS = List.of("recall", "understanding", "inference");

    public static List<Question> select(List<Question> all, String topic, QuestionType type, int count, long seed) {
        return select(all, topic, type, null, count, seed);
    }

    /** As {@link #select(List, String, QuestionType, int, long)}, also only questions of {@code skill} when given. */
    public static List<Question> select(List<Question> all, String topic, QuestionType type, String skill, int count,
                                        long seed) {
        List<Question> matching = new ArrayList<>(all.stream()
                .filter(q -> topic == null || q.topic().equalsIgnoreCase(topic) || q.tags().contains(topic))
                .filter(q -> type == null || q.type() == type)
                .filter(q -> skill == null || q.skill().equalsIgnoreCase(skill))
                .toList());
        Collections.shuffle(matching, new Random(seed));
        return List.copyOf(matching.subList(0, Math.min(count, matching.size())));
    }

    public static List<String> topics(List<Question> all) {
        return List.copyOf(new TreeSet<>(all.stream().map(Question::topic).toList()));
    }
}
