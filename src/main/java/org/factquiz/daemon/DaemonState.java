package org.factquiz.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a client needs to reach a running daemon, kept in its state file as {@code name=value}
 * lines that the launcher reads with plain bash. The file holds the secret token, so it is
 * readable by its owner only, and it is written whole or not at all.
 *
 * @param port             the daemon's port on 127.0.0.1
 * @param token            the secret a request must carry
 * @param pid              the daemon's process id, so that a client can tell a dead daemon's file
 * @param build            the build the daemon runs (the build stamp's time), for {@code daemon status}
 * @param workingDirectory the directory relative paths are resolved and shown against
 */
public record DaemonState(int port, String token, long pid, String build, Path workingDirectory) {
    public DaemonState {
        Objects.requireNonNull(token);
        Objects.requireNonNull(build);
        Objects.requireNonNull(workingDirectory);
    }

    /** Writes the state to {@code file}: to a private temporary file beside it, then moved into place. */
    public void write(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            // The working directory goes last: it is only shown, and a newline in it cannot hide another field.
            Files.writeString(temporary, "port=" + port + "\ntoken=" + token + "\npid=" + pid + "\nbuild=" + build
                    + "\ncwd=" + workingDirectory + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a state file written by {@link #write(Path)}. */
    public static DaemonState read(Path file) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.putIfAbsent(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        try {
            return new DaemonState(Integer.parseInt(fields.get("port")), fields.get("token"),
                    Long.parseLong(fields.get("pid")), fields.get("build"), Path.of(fields.get("cwd")));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IOException(file + ": not a daemon state file");
        }
    }
}
