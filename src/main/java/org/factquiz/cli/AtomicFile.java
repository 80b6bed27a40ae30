package org.factquiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;

/** Writes a whole file or nothing: to a temporary file beside it, then moved into place. */
final class AtomicFile {
    private AtomicFile() {
    }

    static void write(Path target, String content) throws InputException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, byte[] content) throws InputException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is all that is left; nothing was written to the target
                }
            }
            throw InputException.of(new InputProblem(new Location(target.toString(), 0, 0),
                    "cannot write output file: " + e.getMessage()));
        }
    }

    /**
     * Fails before any work is done when {@code target} can certainly not be written: a folder, or
     * in a folder that does not exist or is not writable. The write itself still reports anything else.
     */
    static void checkWritable(Path target) throws InputException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String problem = Files.isDirectory(absolute) ? "it is a directory"
                : dir == null || !Files.isDirectory(dir) ? "its directory " + dir + " does not exist"
                : !Files.isWritable(dir) ? "its directory " + dir + " is not writable"
                : null;
        if (problem != null) {
            throw InputException.of(new InputProblem(new Location(target.toString(), 0, 0),
                    "cannot write output file: " + problem));
        }
    }
}
