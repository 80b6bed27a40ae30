package org.factquiz.daemon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.factquiz.cli.ExitGuard;
import org.factquiz.cli.FactquizCommand;
import org.factquiz.engine.SessionRunner;
import picocli.CommandLine;

/**
 * A server on 127.0.0.1 that runs factquiz commands in this JVM, for the launcher. Each request
 * (see {@link DaemonRequest}) is answered with lines: {@value #ACCEPTED}, then {@value #RUNNING}
 * every second while the command runs (so that the client can tell a busy daemon from a hung one),
 * then the command's exit code; or {@value #REFUSED} (wrong token), {@value #STALE} (factquiz was
 * rebuilt; the daemon stops), {@value #FAILED} (the command could not be run here: the client runs
 * it directly) or {@value #STOPPING}. The command's output goes to the two files the request
 * names, byte for byte what a direct run prints.
 *
 * <p>Requests run side by side, each on its own thread, with {@code System.out} and
 * {@code System.err} routed to its own files ({@link RequestOutput}): a slow or stuck request never
 * holds up another. A rule that does not come to rest is stopped by the session limits like in a
 * direct run; a rule whose consequence never returns leaves a thread behind that nothing can stop,
 * so the daemon answers that request and then ends itself. Facts and rule files are read again by
 * every command; only the compiled rules are kept, keyed by the rule texts, so edits take effect
 * on the next request.
 */
public final class Daemon implements AutoCloseable {
    public static final String ACCEPTED = "accepted";
    public static final String RUNNING = "running";
    public static final String REFUSED = "refused";
    public static final String STALE = "stale";
    public static final String FAILED = "failed";
    public static final String STOPPING = "stopping";
    /** A client sends its whole request at once; one that stalls is dropped after this long. */
    private static final int REQUEST_READ_MILLIS = 10_000;
    private static final long HEARTBEAT_MILLIS = 1_000;
    /** How long running commands get to finish when the daemon stops, before their clients are told to run them directly. */
    private static final long STOP_GRACE_MILLIS = 1_000;

    private final ServerSocket server;
    private final String token;
    private final Duration idleTimeout;
    private final InstalledBuild build;
    private final PrintStream log;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<Request> running = ConcurrentHashMap.newKeySet();
    /** Sessions given up before this daemon opened (in tests, by other tests in the same JVM). */
    private final int abandonedBefore = SessionRunner.abandonedSessions();
    private volatile long lastActive = System.nanoTime();
    private volatile boolean stopping;
    private volatile boolean finished;

    private Daemon(ServerSocket server, String token, Duration idleTimeout, InstalledBuild build, PrintStream log) {
        this.server = server;
        this.token = token;
        this.idleTimeout = idleTimeout;
        this.build = build;
        this.log = log;
    }

    /**
     * Opens a daemon on an ephemeral port of 127.0.0.1 with a new random token.
     *
     * @param idleTimeout how long the daemon waits for a request before it stops
     * @param build       the build this JVM runs; a request after it was replaced stops the daemon
     * @param log         where the daemon says what it does (not the commands' output)
     */
    public static Daemon open(Duration idleTimeout, InstalledBuild build, PrintStream log) throws IOException {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive: " + idleTimeout);
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        RequestOutput.install();
        return new Daemon(server, HexFormat.of().formatHex(secret), idleTimeout, build, log);
    }

    /** What a client needs to reach this daemon, to be written to its state file. */
    public DaemonState state() {
        return new DaemonState(server.getLocalPort(), token, ProcessHandle.current().pid(), build.stampTime(),
                Path.of("").toAbsolutePath());
    }

    /**
     * Runs {@code arguments} once with the output thrown away, in the background, so that the
     * first request finds the rules loaded and the code compiled. Requests do not wait for it.
     */
    public void warmUp(String... arguments) {
        Thread thread = new Thread(() -> {
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            try {
                RequestOutput.with(discard, discard, () -> execute(List.of(arguments), discard, discard));
            } catch (RuntimeException | LinkageError e) {
                log.println("factquiz daemon: warm-up failed: " + e);
            }
            releaseMemory();
        }, "factquiz-daemon-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Makes a command that ends this JVM ({@code System.exit} in a rule) answer its client with the
     * reason and exit code a direct run would give, instead of leaving it to run the command again;
     * the other running commands' clients run theirs directly. For the daemon process only.
     */
    public void guardAgainstExits() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (finished) {
                return;
            }
            Optional<ExitGuard.Early> early = ExitGuard.early();
            for (Request request : running) {
                if (early.isPresent() && request.concerns(early.get())) {
                    log.println("factquiz daemon: a command ended the JVM: " + early.get().message());
                    request.fail(early.get().message(), early.get().exitCode());
                } else {
                    request.answer(FAILED);
                }
            }
        }, "factquiz-daemon-exit-guard"));
    }

    /** Serves requests until none came for the idle timeout, or a stop request came. */
    public void serve() {
        while (!stopping) {
            try {
                server.setSoTimeout(millisUntilIdle());
                Socket client = server.accept();
                open.incrementAndGet();
                Thread thread = new Thread(() -> answer(client), "factquiz-daemon-request");
                thread.setDaemon(true);
                thread.start();
            } catch (SocketTimeoutException e) {
                if (open.get() == 0 && System.nanoTime() - lastActive >= idleTimeout.toNanos()) {
                    log.println("factquiz daemon: no request for " + idleTimeout.toSeconds() + " s, stopping");
                    stopping = true;
                }
            } catch (IOException e) {
                if (!stopping) {
                    log.println("factquiz daemon: cannot accept requests, stopping: " + e);
                    stopping = true;
                }
            }
        }
        close();
        awaitRunning(STOP_GRACE_MILLIS);
        for (Request request : running) {
            // Not finished in time: its client runs the command directly, and the JVM ends without it.
            request.answer(FAILED);
        }
        finished = true;
        log.println("factquiz daemon: stopped");
    }

    /** Stops serving: the next accept fails and {@link #serve()} returns. */
    public void stop() {
        stopping = true;
        close();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.println("factquiz daemon: closing: " + e);
        }
    }

    private void awaitRunning(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!running.isEmpty() && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int millisUntilIdle() {
        long idleNanos = idleTimeout.toNanos();
        long left = open.get() > 0 ? idleNanos : idleNanos - (System.nanoTime() - lastActive);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Duration.ofNanos(left).toMillis()));
    }

    private void answer(Socket client) {
        try (client) {
            client.setSoTimeout(REQUEST_READ_MILLIS);
            InputStream in = client.getInputStream();
            DaemonRequest request = DaemonRequest.read(in, argumentCharset());
            client.setSoTimeout(0);
            Writer reply = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
            if (!request.hasToken(token)) {
                log.println("factquiz daemon: refused a request with a wrong token");
                write(reply, REFUSED);
            } else if (build.isReplaced()) {
                log.println("factquiz daemon: factquiz was rebuilt, stopping");
                write(reply, STALE);
                stop();
            } else if (request.action() == DaemonRequest.Action.STOP) {
                log.println("factquiz daemon: asked to stop");
                write(reply, STOPPING);
                stop();
            } else if (stopping || request.out() == null || request.err() == null) {
                write(reply, FAILED);
            } else {
                run(request, reply);
            }
        } catch (IOException e) {
            // A client that went away or sent something else: nothing to answer.
            log.println("factquiz daemon: dropped a request: " + e.getMessage());
        } finally {
            lastActive = System.nanoTime();
            open.decrementAndGet();
        }
    }

    private void run(DaemonRequest request, Writer reply) throws IOException {
        Request running = new Request(Thread.currentThread(), reply, request.err());
        this.running.add(running);
        Thread heartbeat = running.startHeartbeat();
        try {
            running.answer(ACCEPTED);
            String code = exitCode(request);
            running.answer(code);
        } finally {
            heartbeat.interrupt();
            this.running.remove(running);
            lastActive = System.nanoTime();
        }
        if (SessionRunner.abandonedSessions() > abandonedBefore) {
            log.println("factquiz daemon: a rule's consequence did not return when its session was stopped;"
                    + " stopping, so that it does not run on");
            stop();
        } else if (this.running.isEmpty()) {
            releaseMemory();
        }
    }

    /** The exit code, or {@link #FAILED} when the command cannot be run here. */
    private String exitCode(DaemonRequest request) {
        // The client made both files, so only it can read them; the daemon never creates files there.
        try (OutputStream out = Files.newOutputStream(request.out(), StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream err = Files.newOutputStream(request.err(), StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            Charset charset = Charset.defaultCharset();
            PrintStream systemOut = new PrintStream(out, true, charset);
            PrintStream systemErr = new PrintStream(err, true, charset);
            int code = RequestOutput.with(systemOut, systemErr, () -> execute(request.arguments(), out, err));
            return Integer.toString(code);
        } catch (IOException e) {
            log.println("factquiz daemon: cannot write the output files: " + e);
            return FAILED;
        } catch (RuntimeException | Error e) {
            // The command line maps every user error to an exit code, so this is a bug or the JVM
            // in trouble (out of memory): the client runs the command directly, and this JVM,
            // whose state is now unknown, stops.
            log.println("factquiz daemon: a command failed, stopping: " + e);
            stop();
            return FAILED;
        }
    }

    /** Runs one command line with its output going to {@code out} and {@code err}, encoded as a direct run encodes it. */
    private static int execute(List<String> arguments, OutputStream out, OutputStream err) {
        Charset charset = Charset.defaultCharset();
        PrintWriter outWriter = printWriter(out, charset);
        PrintWriter errWriter = printWriter(err, charset);
        try {
            CommandLine cli = FactquizCommand.commandLine();
            cli.setOut(outWriter);
            cli.setErr(errWriter);
            return cli.execute(arguments.toArray(String[]::new));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static void write(Writer reply, String line) throws IOException {
        reply.write(line + "\n");
        reply.flush();
    }

    /** A writer as picocli makes one for {@code System.out}: buffered, flushed at every line. */
    private static PrintWriter printWriter(OutputStream stream, Charset charset) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }

    /** The charset the JVM decodes its command line with, so arguments reach a command as in a direct run. */
    private static Charset argumentCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * A command on a large fact base leaves a large heap behind; the facts are not kept (only the
     * compiled rules are), so a collection gives the memory back before the daemon sits idle.
     */
    private static void releaseMemory() {
        System.gc();
    }

    /** A command running for a client: the thread it runs on, and the client's connection. */
    private final class Request {
        private final Thread thread;
        private final Writer reply;
        private final Path err;
        private boolean accepted;
        private boolean answered;

        Request(Thread thread, Writer reply, Path err) {
            this.thread = thread;
            this.reply = reply;
            this.err = err;
        }

        /** Says {@value #RUNNING} every second; a client that has gone away cancels the command. */
        Thread startHeartbeat() {
            Thread heartbeat = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(HEARTBEAT_MILLIS);
                        if (!beat()) {
                            log.println("factquiz daemon: the client went away, cancelling its command");
                            thread.interrupt();
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    // the command is done
                }
            }, "factquiz-daemon-heartbeat");
            heartbeat.setDaemon(true);
            heartbeat.start();
            return heartbeat;
        }

        private synchronized boolean beat() {
            if (!accepted || answered) {
                return true;
            }
            try {
                write(reply, RUNNING);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** Writes {@code line} to the client; after a final answer (an exit code, {@value #FAILED}) nothing more. */
        synchronized void answer(String line) {
            if (answered) {
                return;
            }
            accepted = true;
            answered = !line.equals(ACCEPTED);
            try {
                write(reply, line);
            } catch (IOException e) {
                log.println("factquiz daemon: cannot answer a client: " + e.getMessage());
            }
        }

        /** Ends the request with {@code message} on its standard error and {@code exitCode}. */
        synchronized void fail(String message, int exitCode) {
            if (answered) {
                return;
            }
            try {
                Files.writeString(err, message + System.lineSeparator(), Charset.defaultCharset(),
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                log.println("factquiz daemon: cannot write to a client's error file: " + e.getMessage());
            }
            answer(Integer.toString(exitCode));
        }

        /** Whether the early exit happened in this request's command. */
        boolean concerns(ExitGuard.Early early) {
            return early.exiting() == thread || early.firing().map(f -> f.caller() == thread).orElse(false);
        }
    }
}
