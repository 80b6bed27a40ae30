package org.factquiz.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The factquiz build a daemon runs: the launcher's build stamp and the jars of the class path.
 * A rebuild replaces them under the running JVM, whose classes would then no longer match the
 * jars they are lazily loaded from; a daemon that sees its build replaced stops instead.
 *
 * @param stamp       the launcher's build stamp ({@code target/.factquiz-built}), or null when there is none
 * @param fingerprint the stamp's and every class path jar's size and time when the daemon started
 */
public record InstalledBuild(Path stamp, String fingerprint) {
    /** The build as it is installed now. */
    public static InstalledBuild now(Path stamp) {
        StringBuilder fingerprint = new StringBuilder();
        if (stamp != null) {
            fingerprint.append(stamp).append('|').append(describe(stamp)).append('\n');
        }
        // Class folders (tests, IDEs) are left out: walking them on every request would cost more
        // than the request, and nobody rebuilds them under a running daemon.
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.isEmpty() && !Files.isDirectory(path)) {
                fingerprint.append(entry).append('|').append(describe(path)).append('\n');
            }
        }
        return new InstalledBuild(stamp, fingerprint.toString());
    }

    /** True when the stamp or a jar changed since this build was taken. */
    public boolean isReplaced() {
        return !fingerprint.equals(now(stamp).fingerprint());
    }

    /** The stamp's time in milliseconds, as the state file shows it; "none" without a stamp. */
    public String stampTime() {
        if (stamp == null) {
            return "none";
        }
        try {
            return Long.toString(Files.getLastModifiedTime(stamp).toMillis());
        } catch (IOException e) {
            return "missing";
        }
    }

    private static String describe(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
