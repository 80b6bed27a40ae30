package org.factquiz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.factquiz.engine.RuleBase;
import org.factquiz.learning.ClassReports;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.Reviews;
import org.factquiz.load.FactsLoader;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.ShippedQuiz;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.store.Database;
import org.factquiz.store.JdbcStore;
import org.factquiz.teaching.ItemChart;
import org.factquiz.teaching.ItemTables;
import org.factquiz.teaching.TableCsv;
import org.factquiz.teaching.Words;

/**
 * bench/stats: how long the teacher's statistics take for 1,000 learners and 100 questions
 * (docs/benchmarks.md, "Teacher statistics"). Per measure: the first call in this JVM (cold), then
 * the median of 15 calls after 5 warm-up calls, as wall time and as this thread's CPU time (which a
 * busy machine does not inflate). From memory: the synthetic class of {@link SyntheticClass}; from
 * the store: an SQLite database holding 1,000 learners' finished quizzes of 100 of the shipped
 * article's questions (100,000 answers and reviews), read by {@link ClassReports} as the teacher's
 * pages read it.
 */
public final class StatisticsTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM = 5;
    private static final int RUNS = 15;

    private StatisticsTimes() {
    }

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        System.out.printf("%d learners x %d questions; %d cores; load average %s%n%n", learners, questions,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println("| measure | cold (first call) wall / CPU | warm median wall / CPU |");
        System.out.println("| --- | ---: | ---: |");
        Words words = Words.of(Language.EN);
        SyntheticClass.Generated one = SyntheticClass.generate(learners, questions, 1, questions, SyntheticClass.SEED);
        SyntheticClass.Generated ten = SyntheticClass.generate(learners, questions, 10, questions / 10, SyntheticClass.SEED);
        time("item analysis in memory, one quiz of " + questions, () -> analysis(one));
        time("item analysis in memory, ten quizzes of " + questions / 10, () -> analysis(ten));
        time("statistics page in memory (analysis, both tables, their CSV, the scatter)", () -> page(analysis(one), words));

        Path folder = Files.createTempDirectory("factquiz-bench-stats");
        try (JdbcStore store = new JdbcStore(Database.sqlite(folder.resolve("factquiz.db")))) {
            Clock clock = Clock.fixed(Instant.parse("2026-03-20T08:00:00Z"), ZoneOffset.UTC);
            QuizCatalog catalog = new QuizCatalog(Path.of("facts"), FactsLoader.load(Path.of("facts")),
                    ShippedQuiz.knowledge().rules(), RuleBase.read(Path.of("rules")), f -> ShippedQuiz.phrases(),
                    ShippedQuiz.templates(), store, clock);
            fill(store.database(), catalog, learners, Math.min(questions, catalog.current().questions().size()));
            Reviews reviews = new Reviews(catalog, store, clock, 0.9);
            ClassReports reports = new ClassReports(catalog, store, reviews, clock, ZoneOffset.UTC, FlagThresholds.DEFAULT);
            time("item analysis from SQLite (ClassReports.itemAnalysis)", () -> reports.itemAnalysis(Language.EN));
            time("statistics page from SQLite", () -> page(reports.itemAnalysis(Language.EN), words));
            time("learners table from SQLite (ClassReports.learners)", reports::learners);
            time("class scores over time from SQLite", () -> reports.classScores(Language.EN));
        }
    }

    private static ItemAnalysis analysis(SyntheticClass.Generated generated) {
        return ItemAnalysis.of(generated.items(), generated.attempts(), FlagThresholds.DEFAULT);
    }

    private static int page(ItemAnalysis analysis, Words words) {
        return TableCsv.csv(ItemTables.statistics(analysis, words)).length()
                + TableCsv.csv(ItemTables.responses(analysis, words)).length()
                + ItemChart.of("items", analysis, FlagThresholds.DEFAULT, words).svg().length();
    }

    private static void time(String measure, Supplier<?> work) {
        long[] cold = once(work);
        for (int i = 0; i < WARM; i++) {
            once(work);
        }
        long[] walls = new long[RUNS];
        long[] cpus = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long[] t = once(work);
            walls[i] = t[0];
            cpus[i] = t[1];
        }
        Arrays.sort(walls);
        Arrays.sort(cpus);
        System.out.printf(Locale.ROOT, "| %s | %s / %s | %s / %s |%n", measure, ms(cold[0]), ms(cold[1]),
                ms(walls[RUNS / 2]), ms(cpus[RUNS / 2]));
    }

    private static long[] once(Supplier<?> work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Object result = work.get();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    /** Each learner finished one quiz of {@code perQuiz} questions: answers and their reviews, as the web quiz writes them. */
    private static void fill(Database db, QuizCatalog catalog, int learners, int perQuiz) {
        List<Question> all = catalog.current().questions();
        String set = catalog.current().version();
        Random random = new Random(SyntheticClass.SEED);
        long start = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();
        db.write(c -> {
            try (PreparedStatement user = c.prepareStatement("INSERT INTO users (id, name, name_key, password_hash, role,"
                    + " created_at) VALUES (?, ?, ?, 'x', 'learner', ?)");
                 PreparedStatement attempt = c.prepareStatement("INSERT INTO attempts (id, user_id, question_set, language,"
                         + " topics, skills, seed, started_at, finished_at) VALUES (?, ?, ?, 'en', '', '', 1, ?, ?)");
                 PreparedStatement asked = c.prepareStatement("INSERT INTO attempt_questions (attempt_id, position,"
                         + " question_id) VALUES (?, ?, ?)");
                 PreparedStatement answer = c.prepareStatement("INSERT INTO answers (attempt_id, position, user_id,"
                         + " question_set, question_id, response, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement review = c.prepareStatement("INSERT INTO reviews (id, user_id, question_id, question_set,"
                         + " topic, source, attempt_id, position, response, correct, rating, rated_by_learner, reviewed_at,"
                         + " elapsed_days, retrievability, before_state, before_due, before_stability, before_difficulty,"
                         + " before_step, before_reps, before_lapses, before_scheduled_days, before_last_review) VALUES"
                         + " (?, ?, ?, ?, ?, 'quiz', ?, ?, ?, ?, ?, FALSE, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, NULL)")) {
                for (int l = 0; l < learners; l++) {
                    String id = "learner-" + l;
                    double ability = random.nextGaussian();
                    long at = start + l * 60_000L;
                    user.setString(1, id);
                    user.setString(2, "Learner " + l);
                    user.setString(3, "learner " + l);
                    user.setLong(4, at);
                    user.addBatch();
                    attempt.setString(1, "attempt-" + l);
                    attempt.setString(2, id);
                    attempt.setString(3, set);
                    attempt.setLong(4, at);
                    attempt.setLong(5, at + perQuiz * 20_000L);
                    attempt.addBatch();
                    List<Question> drawn = new ArrayList<>(all);
                    Collections.shuffle(drawn, random);
                    for (int p = 1; p <= perQuiz; p++) {
                        Question q = drawn.get(p - 1);
                        double difficulty = (q.id().hashCode() % 100) / 50.0;
                        boolean right = random.nextDouble() < 1 / (1 + Math.exp(-(ability - difficulty)));
                        String response = response(q, right, random);
                        long when = at + p * 20_000L;
                        asked.setString(1, "attempt-" + l);
                        asked.setInt(2, p);
                        asked.setString(3, q.id());
                        asked.addBatch();
                        answer.setString(1, "attempt-" + l);
                        answer.setInt(2, p);
                        answer.setString(3, id);
                        answer.setString(4, set);
                        answer.setString(5, q.id());
                        answer.setString(6, response);
                        answer.setBoolean(7, right);
                        answer.setLong(8, when);
                        answer.addBatch();
                        review.setString(1, "attempt-" + l + "-" + p);
                        review.setString(2, id);
                        review.setString(3, q.id());
                        review.setString(4, set);
                        review.setString(5, q.topic());
                        review.setString(6, "attempt-" + l);
                        review.setInt(7, p);
                        review.setString(8, response);
                        review.setBoolean(9, right);
                        review.setInt(10, right ? 3 : 1);
                        review.setLong(11, when);
                        review.setLong(12, when);
                        review.addBatch();
                    }
                }
                for (PreparedStatement s : List.of(user, attempt, asked, answer, review)) {
                    s.executeBatch();
                }
            }
            return null;
        });
    }

    private static String response(Question q, boolean right, Random random) {
        if (q.choices().isEmpty() || q.items().size() > 0 || q.type().label().equals("ordering")) {
            return right ? "right" : "wrong" + random.nextInt(3);
        }
        if (right) {
            return String.join(" ", q.answer().choices());
        }
        List<String> wrong = q.choices().stream().map(Question.Choice::id).filter(id -> !q.answer().choices().contains(id))
                .toList();
        return wrong.isEmpty() ? "a" : wrong.get(random.nextInt(wrong.size()));
    }
}
