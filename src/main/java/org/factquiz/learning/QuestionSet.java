package org.factquiz.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizSet;

/**
 * The verified questions of one version of the fact base and rules. {@code version} names it in
 * the store; an attempt keeps the version it began with, whatever the facts become meanwhile.
 */
public final class QuestionSet {
    /** The skills a question can test, in the order a learner meets them. */
    public static final List<String> SKILLS = List.of("recall", "understanding", "inference");

    private final String version;
    private final List<Question> questions;
    private final List<Article> articles;
    private final QuizSet verified;
    private final Map<String, Question> byId = new LinkedHashMap<>();

    public QuestionSet(String version, List<Question> questions, List<Article> articles) {
        this(version, questions, articles, null);
    }

    /** A set built in this run, with the quiz builder's whole result (its measures go into exports). */
    public QuestionSet(String version, List<Question> questions, List<Article> articles, QuizSet verified) {
        this.version = version;
        this.questions = List.copyOf(questions);
        this.articles = List.copyOf(articles);
        this.verified = verified;
        this.questions.forEach(q -> byId.putIfAbsent(q.id(), q));
    }

    /** The quiz builder's result this set was made from; empty for a set read back from the store. */
    public Optional<QuizSet> verified() {
        return Optional.ofNullable(verified);
    }

    public String version() {
        return version;
    }

    public List<Question> questions() {
        return questions;
    }

    /** The articles, as the fact base had them when this set was built (none for a set read back from the store). */
    public List<Article> articles() {
        return articles;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> topics() {
        return List.copyOf(new TreeSet<>(questions.stream().map(Question::topic).toList()));
    }

    /** The skills some question tests, in {@link #SKILLS} order. */
    public List<String> skills() {
        return SKILLS.stream().filter(s -> questions.stream().anyMatch(q -> q.skill().equals(s))).toList();
    }
}
