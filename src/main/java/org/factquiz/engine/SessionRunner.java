package org.factquiz.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.load.Excerpt;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Claim;
import org.factquiz.model.Derived;
import org.factquiz.model.Identified;
import org.factquiz.model.Location;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Runs every rule session of factquiz, within {@link SessionLimits}: {@link RuleBase#run} comes
 * here, so validation, claim checking, quizzes, rule tests, the rule catalogue and any server all
 * get the same limits and the same reports of a rule's mistakes.
 *
 * <p>A session runs on a thread of its own while the caller waits at most the time limit. When a
 * limit is reached the session is halted; a rule whose consequence does not return even then (a
 * loop in its Java) is left running on its daemon thread and counted in {@link #abandonedSessions()},
 * so that a long-lived process (the daemon) knows to end itself. A rule that throws, and one that
 * does not come to rest, is reported as a {@link SessionFailure} naming the rule, its file and line,
 * how often it fired and the facts it matched.
 */
public final class SessionRunner {
    /** How long a halted session gets to stop before its thread is given up. */
    private static final long GRACE_MILLIS = 1_000;
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"|rule \"([^\"]+)\"");
    private static final int FACTS_SHOWN = 5;
    private static final Set<Watch> RUNNING = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger ABANDONED = new AtomicInteger();

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByName;
    private final SessionLimits limits;

    SessionRunner(KieBase kieBase, List<RuleInfo> rules, SessionLimits limits) {
        this.kieBase = kieBase;
        this.limits = limits;
        Map<String, RuleInfo> byName = new java.util.HashMap<>();
        rules.forEach(rule -> byName.putIfAbsent(rule.name(), rule));
        this.rulesByName = Map.copyOf(byName);
    }

    public SessionLimits limits() {
        return limits;
    }

    /**
     * Inserts {@code facts}, fires the rules until they come to rest, and returns what the session
     * then holds; counts each rule's firings into {@code firings} when it is not null.
     *
     * @throws SessionFailure when a rule throws, or a limit is reached
     */
    public SessionResult run(Collection<?> facts, RuleFirings firings) {
        KieSession session = kieBase.newKieSession();
        Watch watch = new Watch(limits.firingLimit(facts.size()));
        session.addEventListener(watch);
        session.addEventListener(watch.changes);
        if (firings != null) {
            session.addEventListener(firings.listener());
        }
        FutureTask<List<Object>> task = new FutureTask<>(() -> {
            try {
                for (Object fact : facts) {
                    // A session stopped while its facts go in (a huge base, a short limit) stops here.
                    if (Thread.currentThread().isInterrupted()) {
                        return List.of();
                    }
                    session.insert(fact);
                }
                long limit = watch.maxFirings;
                int fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit));
                if (fired >= limit && matchWaiting(session)) {
                    watch.firingLimitReached = true;
                }
                return new ArrayList<>(session.getObjects());
            } finally {
                session.dispose();
            }
        });
        // A new thread per session, not a pool: it inherits the caller's context (the daemon routes
        // System.out per request), and one that never returns takes no pool thread with it.
        Thread worker = new Thread(task, "factquiz-session");
        worker.setDaemon(true);
        watch.worker = worker;
        watch.caller = Thread.currentThread();
        RUNNING.add(watch);
        try {
            worker.start();
            List<Object> objects = task.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
            if (watch.firingLimitReached) {
                throw firingLimit(watch);
            }
            return new SessionResult(objects);
        } catch (TimeoutException e) {
            throw stop(session, worker, task, watch, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stop(session, worker, task, watch, true);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), watch);
        } finally {
            RUNNING.remove(watch);
        }
    }

    /**
     * A rule whose consequence is running: the rule, the thread its session runs on, and the thread
     * that waits for the session (a command, a daemon request).
     */
    public record Firing(RuleInfo rule, Thread worker, Thread caller) {
    }

    /** Whether a match is still waiting to fire: asked without letting it fire. */
    private static boolean matchWaiting(KieSession session) {
        boolean[] waiting = {false};
        session.fireAllRules(match -> {
            waiting[0] = true;
            return false;
        }, 1);
        return waiting[0];
    }

    /** The rules whose consequences are running right now, in any session of this process. */
    public static List<Firing> firingNow() {
        List<Firing> firing = new ArrayList<>();
        for (Watch watch : RUNNING) {
            String rule = watch.firing;
            RuleInfo info = watch.runner().info(rule);
            if (info != null) {
                firing.add(new Firing(info, watch.worker, watch.caller));
            }
        }
        return firing;
    }

    /** How many sessions of this process were given up because a consequence did not return when halted. */
    public static int abandonedSessions() {
        return ABANDONED.get();
    }

    private RuntimeException stop(KieSession session, Thread worker, FutureTask<?> task, Watch watch,
                                  boolean cancelled) {
        String firing = watch.firing;
        session.halt();
        worker.interrupt();
        boolean returned;
        try {
            task.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            returned = true;
        } catch (TimeoutException | InterruptedException | ExecutionException e) {
            returned = task.isDone();
        }
        if (!returned) {
            ABANDONED.incrementAndGet();
        }
        String rule = firing != null ? firing : watch.culprit();
        RuleInfo info = info(rule);
        String where = limits.timeoutText() + " (the time limit: --timeout, FACTQUIZ_TIMEOUT)";
        String message;
        if (cancelled) {
            message = "the run was cancelled while the rules were running";
            if (rule != null) {
                message = "rule \"" + rule + "\" was firing when the run was cancelled (" + watch.count(rule)
                        + firingWord(watch.count(rule)) + ")";
            }
        } else if (rule == null) {
            message = "the rules did not come to rest within " + where + "; no rule had fired yet";
        } else if (firing != null) {
            message = "rule \"" + rule + "\" was still running its consequence after " + where + ", at its "
                    + ordinal(watch.count(rule) + 1) + " firing" + (returned ? "" : "; it did not stop when halted");
        } else {
            message = "the rules did not come to rest within " + where + "; rule \"" + rule + "\" fired "
                    + watch.count(rule) + firingWord(watch.count(rule)) + watch.changedText(rule) + ", of "
                    + watch.total + " firings in all";
        }
        return new SessionFailure(new InputProblem(info == null ? Location.UNKNOWN : info.location(), message), null);
    }

    private SessionFailure firingLimit(Watch watch) {
        String rule = watch.culprit();
        RuleInfo info = info(rule);
        return new SessionFailure(new InputProblem(info == null ? Location.UNKNOWN : info.location(),
                "rule \"" + rule + "\" fired " + watch.count(rule) + " times" + watch.changedText(rule)
                        + ", and the rules had not come to rest"
                        + " after " + watch.maxFirings + " firings (the limit: --max-firings, FACTQUIZ_MAX_FIRINGS);"
                        + " a rule whose consequence changes a fact it matches fires again, without end"), null);
    }

    /** What went wrong in the session's thread: a rule's mistake (exit 2), or a bug (rethrown). */
    private RuntimeException failure(Throwable cause, Watch watch) {
        if (cause instanceof ConsequenceException consequence && consequence.getMatch() != null) {
            String rule = consequence.getMatch().getRule().getName();
            Throwable thrown = consequence.getCause() != null ? consequence.getCause() : consequence;
            return ruleFailed(rule, thrown, consequence.getMatch().getObjects(), watch, consequence);
        }
        Match match = watch.firingMatch;
        if (cause instanceof StackOverflowError && match != null) {
            return ruleFailed(match.getRule().getName(), cause, match.getObjects(), watch, cause);
        }
        if (cause instanceof OutOfMemoryError) {
            String rule = watch.firing != null ? watch.firing : watch.culprit();
            RuleInfo info = info(rule);
            return new SessionFailure(new InputProblem(info == null ? Location.UNKNOWN : info.location(),
                    "the rule session ran out of memory after " + watch.total + " firings"
                            + (rule == null ? "" : " (rule \"" + rule + "\" had fired " + watch.count(rule)
                            + firingWord(watch.count(rule)) + ")")
                            + "; a rule that derives new facts without end fills any memory, and a large fact base"
                            + " needs a larger heap (FACTQUIZ_JAVA_OPTS=-Xmx8g)"), cause);
        }
        String rule = ruleNamedIn(cause);
        if (rule != null && rulesByName.containsKey(rule)) {
            // Conditions are evaluated outside consequences: a constraint that throws names its rule.
            return ruleFailed(rule, rootCause(cause), List.of(), watch, cause);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private SessionFailure ruleFailed(String rule, Throwable thrown, List<?> facts, Watch watch, Throwable cause) {
        RuleInfo info = info(rule);
        StringBuilder message = new StringBuilder("rule \"" + rule + "\" failed: " + describe(thrown));
        if (!facts.isEmpty()) {
            message.append("; it matched ");
            List<String> shown = facts.stream().limit(FACTS_SHOWN).map(SessionRunner::describeFact).toList();
            message.append(String.join(", ", shown));
            if (facts.size() > FACTS_SHOWN) {
                message.append(" and ").append(facts.size() - FACTS_SHOWN).append(" more");
            }
        }
        int fired = watch.count(rule);
        if (fired > 0) {
            message.append(" (it had fired ").append(fired).append(firingWord(fired)).append(" before)");
        }
        return new SessionFailure(new InputProblem(info == null ? Location.UNKNOWN : info.location(),
                message.toString()), cause);
    }

    private RuleInfo info(String rule) {
        return rule == null ? null : rulesByName.get(rule);
    }

    private static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        return thrown.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + Excerpt.of(message.strip()));
    }

    private static String describeFact(Object fact) {
        if (fact instanceof Identified identified) {
            return "'" + identified.id() + "' (" + identified.location() + ")";
        }
        if (fact instanceof Claim claim) {
            return "claim '" + claim.id() + "' (" + claim.location() + ")";
        }
        if (fact instanceof Derived derived) {
            return "derived fact " + Excerpt.of(derived.id());
        }
        return fact == null ? "null" : "a " + fact.getClass().getSimpleName();
    }

    private static String ruleNamedIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firingWord(int n) {
        return n == 1 ? " time" : " times";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * Counts the firings of one session and the facts each rule changed, and knows which rule is
     * firing (for reports, and for a rule that ends the program).
     */
    private final class Watch extends DefaultAgendaEventListener {
        private final long maxFirings;
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final Map<String, Integer> updated = new ConcurrentHashMap<>();
        private final Map<String, Integer> inserted = new ConcurrentHashMap<>();
        /** Counts the facts each rule's consequences change and insert: a rule in a loop does one of them. */
        private final DefaultRuleRuntimeEventListener changes = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                count(inserted);
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                count(updated);
            }
        };
        private volatile long total;
        private volatile String firing;
        private volatile Match firingMatch;
        private volatile boolean firingLimitReached;
        private volatile Thread worker;
        private volatile Thread caller;

        Watch(long maxFirings) {
            this.maxFirings = maxFirings;
        }

        SessionRunner runner() {
            return SessionRunner.this;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firingMatch = event.getMatch();
            firing = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
            firingMatch = null;
            total++;
            counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }

        private void count(Map<String, Integer> changes) {
            String rule = firing;
            if (rule != null) {
                changes.merge(rule, 1, Integer::sum);
            }
        }

        /**
         * The rule most likely to keep the session from coming to rest. A rule in a loop changes a fact
         * that its own match depends on, each time it fires, so the rule that modified facts most often
         * is named first; then the one that inserted most (rules whose derived facts follow such changes
         * insert and withdraw them, but they modify nothing); then the one that fired most. Null when
         * none fired.
         */
        String culprit() {
            String modifier = most(updated);
            if (modifier != null) {
                return modifier;
            }
            String inserter = most(inserted);
            return inserter != null ? inserter : most(counts);
        }

        String changedText(String rule) {
            int n = rule == null ? 0 : updated.getOrDefault(rule, 0);
            return n == 0 ? "" : " and modified facts " + n + firingWord(n);
        }

        int count(String rule) {
            return rule == null ? 0 : counts.getOrDefault(rule, 0);
        }

        /** The rule counted most (the first by name among equals), or null when none was counted. */
        private static String most(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
