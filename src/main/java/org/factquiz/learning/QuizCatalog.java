package org.factquiz.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleSource;
import org.factquiz.engine.SessionFailure;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.TopicDef;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizBuilder;
import org.factquiz.quiz.QuizSet;
import org.factquiz.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question sets the server offers: one per version of the facts folder (with the rules the
 * server started with), built once when that version is first asked for and kept in the store, so
 * an attempt continues with its own questions after the facts change or the server restarts.
 *
 * <p>{@link #current()} looks at the facts folder (sizes and times, then the contents when those
 * changed) and builds a new set when the facts were edited. Facts that no longer load leave the
 * last good set in place, with a warning in the log: a class keeps working while an editor fixes
 * a typo. So do facts on which a rule fails ({@link SessionFailure}: it throws, or runs past the
 * firing or time limit of the server's rule sessions).
 */
public final class QuizCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(QuizCatalog.class);
    /** Choices are shuffled once per set, with this seed: the same letters for everyone, good for statistics. */
    public static final long CHOICE_SEED = 1;

    private final Path factsFolder;
    private final RuleBase rules;
    private final String rulesDigest;
    private final Phrasing phrasing;
    private final QuestionTemplates templates;
    private final Store store;
    private final Clock clock;
    private final Map<String, QuestionSet> sets = new ConcurrentHashMap<>();
    /** The topics' names of each version of the facts built in this run. */
    private final Map<String, List<TopicDef>> topics = new ConcurrentHashMap<>();
    private volatile Current current;

    private record Current(String stamp, QuestionSet set) {
    }

    /**
     * How a fact base is said: the languages' words of the rules folder with the phrases beside the
     * facts' vocabulary, read again for every version of the facts (an editor's new phrasing counts).
     */
    @FunctionalInterface
    public interface Phrasing {
        PhraseBook of(FactBase facts) throws InputException;
    }

    /** Builds the set of {@code facts}, already loaded from {@code factsFolder} (the server checked them at start). */
    public QuizCatalog(Path factsFolder, FactBase facts, RuleBase rules, List<RuleSource> ruleSources, Phrasing phrasing,
                       QuestionTemplates templates, Store store, Clock clock) throws InputException {
        this.factsFolder = factsFolder;
        this.rules = rules;
        this.rulesDigest = digest(ruleSources.stream().map(s -> s.path() + "\n" + s.text()).toList());
        this.phrasing = phrasing;
        this.templates = templates;
        this.store = store;
        this.clock = clock;
        String stamp = stamp();
        this.current = new Current(stamp, build(facts, contentVersion()));
    }

    /** The set new quizzes take their questions from: the facts folder as it is now, or the last version that loaded. */
    public QuestionSet current() {
        String stamp = stamp();
        Current now = current;
        if (now.stamp().equals(stamp)) {
            return now.set();
        }
        synchronized (this) {
            now = current;
            if (now.stamp().equals(stamp)) {
                return now.set();
            }
            try {
                String version = contentVersion();
                if (version.equals(now.set().version())) {
                    current = new Current(stamp, now.set());
                    return now.set();
                }
                QuestionSet set = sets.containsKey(version) ? sets.get(version) : build(FactsLoader.load(factsFolder), version);
                current = new Current(stamp, set);
                LOG.info("facts changed: new quizzes use question set {} ({} questions)", version, set.questions().size());
                return set;
            } catch (InputException | UncheckedIOException e) {
                LOG.warn("facts changed but do not load; new quizzes keep question set {}:\n{}", now.set().version(),
                        e.getMessage());
                current = new Current(stamp, now.set());
                return now.set();
            } catch (SessionFailure e) {
                // A rule's mistake on the new facts (it threw, or ran past a limit): the editor's to fix, so
                // the class goes on with the last good set and the log names the rule, without a trace.
                LOG.warn("facts changed but the rules fail on them; new quizzes keep question set {}:\n{}",
                        now.set().version(), e.toString());
                current = new Current(stamp, now.set());
                return now.set();
            }
        }
    }

    /** The set of an earlier version: from memory, or read back from the store. */
    public Optional<QuestionSet> version(String version) {
        QuestionSet known = sets.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        List<Question> questions = store.questions(version).stream().map(QuestionJson::question).toList();
        if (questions.isEmpty() && !store.hasQuestionSet(version)) {
            return Optional.empty();
        }
        return Optional.of(sets.computeIfAbsent(version, v -> new QuestionSet(v, questions, List.of())));
    }

    /**
     * What learners and teachers call {@code topic} in {@code language}: its name in the current
     * facts' vocabulary (or in an earlier version's, for a topic since renamed away), else its id.
     */
    public String topicName(String topic, Language language) {
        List<TopicDef> known = topics.getOrDefault(current().version(), List.of());
        return known.stream().filter(t -> t.id().equals(topic)).findFirst()
                .or(() -> topics.values().stream().flatMap(List::stream).filter(t -> t.id().equals(topic)).findFirst())
                .map(t -> t.name().in(language)).orElse(topic);
    }

    /** The articles of the current facts. */
    public List<Article> articles() {
        return current().articles();
    }

    private QuestionSet build(FactBase facts, String version) throws InputException {
        long started = System.nanoTime();
        QuizSet built = new QuizBuilder(new Knowledge(facts, rules), phrasing.of(facts), templates).build(CHOICE_SEED);
        List<Question> questions = built.questions();
        List<Article> articles = facts.documents().stream().map(Article::of).toList();
        QuestionSet set = new QuestionSet(version, questions, articles, built);
        topics.put(version, facts.topics());
        store.addQuestionSet(version, clock.instant(), questions.stream().map(q -> QuestionJson.stored(version, q)).toList());
        sets.put(version, set);
        LOG.info("question set {}: {} questions in {} ms", version, questions.size(), (System.nanoTime() - started) / 1_000_000);
        return set;
    }

    /** What the facts folder looks like from outside: every file's path, size and time of change. */
    private String stamp() {
        try (Stream<Path> files = Files.walk(factsFolder)) {
            StringBuilder out = new StringBuilder();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.append(p).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            // A folder being replaced by an editor's save: try again on the next quiz.
            return "unreadable " + e.getMessage();
        }
    }

    /** The version: a digest of the rules and of every file below the facts folder, by content. */
    private String contentVersion() {
        try (Stream<Path> files = Files.walk(factsFolder)) {
            MessageDigest digest = sha256();
            digest.update(rulesDigest.getBytes(StandardCharsets.UTF_8));
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(factsFolder.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(p));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facts folder " + factsFolder, e);
        }
    }

    private static String digest(List<String> texts) {
        MessageDigest digest = sha256();
        texts.forEach(t -> digest.update((t + "\0").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
