package org.factquiz.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.factquiz.Cli;

/** A daemon serving in the test's JVM, and a client that speaks its protocol as the launcher does. */
final class RunningDaemon implements AutoCloseable {
    final Daemon daemon;
    final DaemonState state;
    final Thread serving;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    RunningDaemon(Duration idleTimeout) throws IOException {
        this(idleTimeout, InstalledBuild.now(null));
    }

    RunningDaemon(Duration idleTimeout, InstalledBuild build) throws IOException {
        daemon = Daemon.open(idleTimeout, build, new PrintStream(log, true, StandardCharsets.UTF_8));
        state = daemon.state();
        serving = new Thread(daemon::serve, "daemon under test");
        serving.start();
    }

    static RunningDaemon start() throws IOException {
        return new RunningDaemon(Duration.ofMinutes(5));
    }

    /**
     * The daemon's answer: its lines (without the {@value Daemon#RUNNING} lines it sends while the
     * command runs, which {@code heartbeats} counts), and what the command printed when it ran.
     */
    record Answer(List<String> lines, int heartbeats, Cli.Run run) {
    }

    /** Sends {@code arguments} with the daemon's token; the output files are made in {@code folder}. */
    Answer run(Path folder, String... arguments) {
        return send(folder, state.token(), DaemonRequest.Action.RUN, arguments);
    }

    Answer send(Path folder, String token, DaemonRequest.Action action, String... arguments) {
        return send(state, folder, token, action, arguments);
    }

    /** Sends a request to the daemon of {@code state}; the output files are made in {@code folder}. */
    static Answer send(DaemonState state, Path folder, String token, DaemonRequest.Action action,
            String... arguments) {
        try {
            Path out = Files.createTempFile(folder, "out", ".txt");
            Path err = Files.createTempFile(folder, "err", ".txt");
            DaemonRequest request = new DaemonRequest(token, action, List.of(arguments), out, err);
            List<String> lines;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), state.port())) {
                socket.getOutputStream().write(request.encode(Charset.defaultCharset()));
                socket.getOutputStream().flush();
                lines = readAll(socket.getInputStream()).lines().toList();
            }
            int heartbeats = (int) lines.stream().filter(Daemon.RUNNING::equals).count();
            lines = lines.stream().filter(line -> !line.equals(Daemon.RUNNING)).toList();
            Cli.Run run = lines.size() == 2 && lines.get(0).equals(Daemon.ACCEPTED)
                    ? new Cli.Run(Integer.parseInt(lines.get(1)), read(out), read(err))
                    : new Cli.Run(-1, read(out), read(err));
            return new Answer(lines, heartbeats, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, Charset.defaultCharset());
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    /** Waits (at most a minute, so that a broken daemon fails the test instead of hanging it) for serving to end. */
    boolean awaitStopped() throws InterruptedException {
        serving.join(Duration.ofMinutes(1).toMillis());
        return !serving.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        daemon.stop();
        awaitStopped();
    }
}
