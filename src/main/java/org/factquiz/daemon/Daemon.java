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
import java.util.concurrent.atomic.AtomicInteger;
import org.factquiz.cli.FactquizCommand;
import picocli.CommandLine;

/**
 * A server on 127.0.0.1 that runs factquiz commands in this JVM, for the launcher. Each request
 * (see {@link DaemonRequest}) is answered with one line: {@value #ACCEPTED}, and when the command
 * is done its exit code on a second line; or {@value #REFUSED} (wrong token), {@value #STALE}
 * (factquiz was rebuilt; the daemon stops), {@value #FAILED} (the command could not be run here:
 * the client runs it directly) or {@value #STOPPING}. The command's output goes to the two files
 * the request names, byte for byte what a direct run prints.
 *
 * <p>Commands run one at a time, because a command line uses {@code System.out}, {@code System.err}
 * and caches that are shared by the whole JVM. Facts and rule files are read again by every
 * command; only the compiled rules are kept, keyed by the rule texts, so edits take effect on the
 * next request.
 */
public final class Daemon implements AutoCloseable {
    public static final String ACCEPTED = "accepted";
    public static final String REFUSED = "refused";
    public static final String STALE = "stale";
    public static final String FAILED = "failed";
    public static final String STOPPING = "stopping";
    /** A client sends its whole request at once; one that stalls is dropped after this long. */
    private static final int REQUEST_READ_MILLIS = 10_000;

    private final ServerSocket server;
    private final String token;
    private final Duration idleTimeout;
    private final InstalledBuild build;
    private final PrintStream log;
    private final Object commandLock = new Object();
    private final AtomicInteger open = new AtomicInteger();
    private volatile long lastActive = System.nanoTime();
    private volatile boolean stopping;

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
        return new Daemon(server, HexFormat.of().formatHex(secret), idleTimeout, build, log);
    }

    /** What a client needs to reach this daemon, to be written to its state file. */
    public DaemonState state() {
        return new DaemonState(server.getLocalPort(), token, ProcessHandle.current().pid(), build.stampTime(),
                Path.of("").toAbsolutePath());
    }

    /**
     * Runs {@code arguments} once with the output thrown away, in the background, so that the
     * first request finds the rules loaded and the code compiled. A request that comes meanwhile
     * waits for it.
     */
    public void warmUp(String... arguments) {
        Thread thread = new Thread(() -> {
            synchronized (commandLock) {
                try {
                    execute(List.of(arguments), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
                } catch (RuntimeException | LinkageError e) {
                    log.println("factquiz daemon: warm-up failed: " + e);
                }
                releaseMemory();
            }
        }, "factquiz-daemon-warm-up");
        thread.setDaemon(true);
        thread.start();
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
        // A command that is running finishes before the JVM ends; requests waiting behind it get FAILED.
        synchronized (commandLock) {
            log.println("factquiz daemon: stopped");
        }
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
                reply(reply, REFUSED);
            } else if (build.isReplaced()) {
                log.println("factquiz daemon: factquiz was rebuilt, stopping");
                reply(reply, STALE);
                stop();
            } else if (request.action() == DaemonRequest.Action.STOP) {
                log.println("factquiz daemon: asked to stop");
                reply(reply, STOPPING);
                stop();
            } else {
                reply(reply, ACCEPTED);
                reply(reply, run(request));
                synchronized (commandLock) {
                    releaseMemory();
                }
            }
        } catch (IOException e) {
            // A client that went away or sent something else: nothing to answer.
            log.println("factquiz daemon: dropped a request: " + e.getMessage());
        } finally {
            lastActive = System.nanoTime();
            open.decrementAndGet();
        }
    }

    private static void reply(Writer reply, String line) throws IOException {
        reply.write(line + "\n");
        reply.flush();
    }

    /** The exit code, or {@link #FAILED} when the command cannot be run here. */
    private String run(DaemonRequest request) {
        synchronized (commandLock) {
            if (stopping || request.out() == null || request.err() == null) {
                return FAILED;
            }
            lastActive = System.nanoTime();
            // The client made both files, so only it can read them; the daemon never creates files there.
            try (OutputStream out = Files.newOutputStream(request.out(), StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream err = Files.newOutputStream(request.err(), StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                return Integer.toString(execute(request.arguments(), out, err));
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
    }

    /**
     * Runs one command line with its output going to {@code out} and {@code err}, encoded as a
     * direct run encodes it. {@code System.out} and {@code System.err} point there too while it
     * runs, so that anything a library prints lands where a direct run would put it.
     */
    private static int execute(List<String> arguments, OutputStream out, OutputStream err) {
        Charset charset = Charset.defaultCharset();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        PrintWriter outWriter = printWriter(out, charset);
        PrintWriter errWriter = printWriter(err, charset);
        System.setOut(new PrintStream(out, true, charset));
        System.setErr(new PrintStream(err, true, charset));
        try {
            CommandLine cli = FactquizCommand.commandLine();
            cli.setOut(outWriter);
            cli.setErr(errWriter);
            return cli.execute(arguments.toArray(String[]::new));
        } finally {
            outWriter.flush();
            errWriter.flush();
            System.out.flush();
            System.err.flush();
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
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
}
