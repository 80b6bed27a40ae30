package org.factquiz.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;

/**
 * Writes a file the user named with {@code --out}: the one way every command writes its output
 * files (reports, question sets, exports), so that they all behave as well-kept tools do.
 *
 * <ul>
 *   <li>A regular file is replaced whole or not at all: the content goes to a new file beside it,
 *       which is then moved over it, so a reader never sees half a report and a failed run leaves
 *       the old file as it was.</li>
 *   <li>A symbolic link is followed: the file it points to is replaced, the link stays.</li>
 *   <li>The file keeps its permissions (and, where allowed, its owner and group); a new file gets
 *       the usual mode, 644 under the common umask 022.</li>
 *   <li>A file its owner may not write (read-only) is refused, not replaced.</li>
 *   <li>A named pipe or a device ({@code /dev/stdout}) is written to as it is, never replaced by a
 *       regular file; a folder is refused.</li>
 *   <li>A file that cannot be written is an input problem naming the file as the user gave it and
 *       the reason: no such folder, permission denied, read-only file system.</li>
 * </ul>
 */
public final class OutputFile {
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFile() {
    }

    /** The bytes of a file, written to a stream; exports that are large or binary write them as they go. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} as UTF-8 to {@code target}. */
    public static void write(Path target, String text) throws InputException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code bytes} to {@code target}. */
    public static void write(Path target, byte[] bytes) throws InputException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} writes to {@code target}: whole or not at all for a regular file. */
    public static void write(Path target, Content content) throws InputException {
        if (isStream(target)) {
            // Opened by its own name, so that the system follows links like /dev/stdout -> /proc/self/fd/1.
            writeThrough(target, target, content);
            return;
        }
        Path file = replaced(target);
        replace(target, file, content, existingWritable(target, file));
    }

    /**
     * Fails as {@link #write} would, before anything is computed: for a command whose output takes
     * long to make (a quiz export), the user learns at once that it could not be written.
     */
    public static void checkWritable(Path target) throws InputException {
        if (isStream(target)) {
            return;
        }
        Path file = replaced(target);
        existingWritable(target, file);
        if (!Files.isWritable(file.getParent())) {
            throw problem(target, "permission denied in the folder '" + folderOf(target, file) + "'");
        }
    }

    /** A pipe or a device: written to as it is. A folder is refused. */
    private static boolean isStream(Path target) throws InputException {
        if (Files.isDirectory(target)) {
            throw problem(target, "is a folder");
        }
        return Files.exists(target) && !Files.isRegularFile(target);
    }

    /** The regular file that is replaced (or made), links followed; its folder must exist. */
    private static Path replaced(Path target) throws InputException {
        Path file;
        try {
            file = Files.exists(target) ? target.toRealPath() : resolveLinks(target);
        } catch (IOException e) {
            throw problem(target, reason(e));
        }
        if (!Files.isDirectory(file.getParent())) {
            String shown = folderOf(target, file);
            throw problem(target, (Files.exists(file.getParent()) ? "'" + shown + "' is not a folder"
                    : "no such folder '" + shown + "'")
                    + (file.equals(target.toAbsolutePath().normalize()) ? "" : " (where the link points)"));
        }
        return file;
    }

    /** The attributes of the file that is replaced, or null for a new one; a read-only file is refused. */
    private static PosixFileAttributes existingWritable(Path target, Path file) throws InputException {
        PosixFileAttributes existing = existing(file);
        if (existing != null && !ownerMayWrite(existing)) {
            throw problem(target, "permission denied: the file is read-only");
        }
        if (existing == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(file)) {
            throw problem(target, "permission denied");
        }
        return existing;
    }

    /** The file a path names after following symbolic links, for a path or a link to a file not made yet. */
    private static Path resolveLinks(Path target) throws InputException {
        Path file = target.toAbsolutePath();
        for (int i = 0; Files.isSymbolicLink(file); i++) {
            if (i == MAX_LINKS) {
                throw problem(target, "is a loop of symbolic links");
            }
            try {
                Path link = Files.readSymbolicLink(file);
                file = file.resolveSibling(link).normalize();
            } catch (IOException e) {
                throw problem(target, reason(e));
            }
        }
        return file;
    }

    /** A pipe or a device takes the bytes as they come; there is nothing to replace. */
    private static void writeThrough(Path target, Path file, Content content) throws InputException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw problem(target, reason(e));
        }
    }

    private static void replace(Path target, Path file, Content content, PosixFileAttributes existing)
            throws InputException {
        Path folder = file.getParent();
        Path temporary = null;
        try {
            temporary = newTemporary(folder, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                // On disk before it takes the old file's place: a crash leaves the old file or the new one.
                channel.force(true);
            }
            if (existing != null) {
                keepAttributes(temporary, existing);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw problem(target, reason(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing was written to the target; the temporary file is all that is left
                }
            }
        }
    }

    /**
     * A new, empty file beside {@code name}, created as any new file is (its mode from the umask,
     * unlike {@code Files.createTempFile}, which makes it private), with a name no one else uses.
     */
    private static Path newTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path temporary = folder.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp");
            try {
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static PosixFileAttributes existing(Path file) {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Whether the file's owner may write it: the mode says so, whoever runs factquiz (root may write
     * anything, but a file marked read-only is meant to stay as it is), and so does the system.
     */
    private static boolean ownerMayWrite(PosixFileAttributes attributes) {
        return attributes.permissions().contains(PosixFilePermission.OWNER_WRITE);
    }

    private static void keepAttributes(Path temporary, PosixFileAttributes existing) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        Set<PosixFilePermission> permissions = existing.permissions();
        view.setPermissions(permissions);
        try {
            // Only root may give a file away; anyone may keep a group they belong to.
            view.setGroup(existing.group());
            view.setOwner(existing.owner());
            view.setPermissions(permissions);
        } catch (IOException e) {
            // The new file stays the writer's own, as with any tool that replaces a file.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The folder of the file as the user named it, or, for a link, the folder it points into. */
    private static String folderOf(Path target, Path file) {
        if (file.equals(target.toAbsolutePath().normalize())) {
            return target.getParent() == null ? "." : target.getParent().toString();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path folder = file.getParent();
        return (folder.startsWith(cwd) ? cwd.relativize(folder) : folder).toString();
    }

    private static InputException problem(Path target, String reason) {
        return InputException.of(new InputProblem(new Location(target.toString(), 0, 0), "cannot write: " + reason));
    }
}
