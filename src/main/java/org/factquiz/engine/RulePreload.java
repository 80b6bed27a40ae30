package org.factquiz.engine;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts building the rule base of one rules folder before the command line is even parsed.
 *
 * <p>A cold start spends about a third of a second setting up the command line (picocli's classes
 * are too old a class-file version for the class data archive, so the JVM loads and verifies them
 * one by one) before any command runs, and loading the rule base is the longest step after that.
 * On two cores the two can overlap: the launcher names the folder it expects, and
 * {@link RuleBase#compile(Path)} takes the result when it is asked for that same folder. A guess
 * that is not used costs a thread's work and changes nothing.
 */
public final class RulePreload {
    private static Path folder;
    private static FutureTask<RuleBase> loading;

    private RulePreload() {
    }

    /** Starts loading the rules of {@code rulesFolder} on a background thread; once per process. */
    public static synchronized void start(Path rulesFolder) {
        if (loading != null) {
            return;
        }
        Path preloaded = normal(rulesFolder);
        folder = preloaded;
        loading = new FutureTask<>(() -> RuleBase.compileNow(preloaded));
        Thread thread = new Thread(loading, "factquiz-rules-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The rule base preloaded for {@code rulesFolder}, waiting for it if need be; null when none was
     * started for that folder. It is handed out once: a later request compiles (or takes it from
     * the rule cache) as usual.
     */
    static RuleBase take(Path rulesFolder) throws Exception {
        FutureTask<RuleBase> task;
        synchronized (RulePreload.class) {
            if (loading == null || !folder.equals(normal(rulesFolder))) {
                return null;
            }
            task = loading;
            loading = null;
            folder = null;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            // The same exception the command would have met compiling the folder itself.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
