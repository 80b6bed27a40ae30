package org.factquiz.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One request to the daemon, as the launcher sends it: NUL-terminated fields (so any argument
 * text works) in this order: {@value #PROTOCOL}, the token, the action ({@code run} or
 * {@code stop}), the file for standard output, the file for standard error, the number of
 * arguments, and the arguments.
 *
 * @param token     the secret of the state file, proving the sender may read it
 * @param action    what to do
 * @param arguments the command line, as a direct run would get it
 * @param out       where the command's standard output goes (an existing file, absolute)
 * @param err       where the command's standard error goes (an existing file, absolute)
 */
public record DaemonRequest(String token, Action action, List<String> arguments, Path out, Path err) {
    /** The first field of every request; a client speaking another version is refused. */
    public static final String PROTOCOL = "factquiz-daemon-2";
    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_ARGUMENTS = 10_000;

    /** What the client asks for. */
    public enum Action {
        /** Run a factquiz command and answer with its exit code. */
        RUN,
        /** Stop serving. */
        STOP
    }

    public DaemonRequest {
        Objects.requireNonNull(token);
        Objects.requireNonNull(action);
        arguments = List.copyOf(arguments);
    }

    /** The request as the bytes a client sends. */
    public byte[] encode(Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> fields = new ArrayList<>(List.of(PROTOCOL, token, action.name().toLowerCase(Locale.ROOT),
                out == null ? "" : out.toString(), err == null ? "" : err.toString(),
                Integer.toString(arguments.size())));
        fields.addAll(arguments);
        for (String field : fields) {
            bytes.writeBytes(field.getBytes(charset));
            bytes.write(0);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads one request. Text is decoded as the JVM decodes its command line ({@code sun.jnu.encoding}),
     * so that arguments reach the command exactly as in a direct run.
     *
     * @throws IOException when the stream ends early or the request is malformed
     */
    public static DaemonRequest read(InputStream in, Charset charset) throws IOException {
        String protocol = field(in, charset);
        if (!protocol.equals(PROTOCOL)) {
            throw new IOException("not a " + PROTOCOL + " request");
        }
        String token = field(in, charset);
        Action action = switch (field(in, charset)) {
            case "run" -> Action.RUN;
            case "stop" -> Action.STOP;
            default -> throw new IOException("unknown action");
        };
        String out = field(in, charset);
        String err = field(in, charset);
        int count;
        try {
            count = Integer.parseInt(field(in, charset));
        } catch (NumberFormatException e) {
            throw new IOException("the argument count is not a number");
        }
        if (count < 0 || count > MAX_ARGUMENTS) {
            throw new IOException("argument count out of range: " + count);
        }
        List<String> arguments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arguments.add(field(in, charset));
        }
        return new DaemonRequest(token, action, arguments, out.isEmpty() ? null : Path.of(out),
                err.isEmpty() ? null : Path.of(err));
    }

    /** True when the request carries {@code secret}; compared in constant time. */
    public boolean hasToken(String secret) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(InputStream in, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) {
                throw new IOException("request ends early");
            }
            if (bytes.size() >= MAX_FIELD_BYTES) {
                throw new IOException("request field too long");
            }
            bytes.write(b);
        }
        return bytes.toString(charset);
    }
}
