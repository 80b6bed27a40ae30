package org.factquiz.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * How factquiz reads every input file: facts, source texts, rules, phrases, rule tests, claims.
 * Only regular files are read (a named pipe would block, {@code /dev/zero} never ends); a file
 * found in a folder of input must lie inside that folder after symbolic links are followed, so a
 * source {@code file: ../../etc/passwd} is refused without being read; no file is larger than
 * {@link #maxBytes()}; and the text must be UTF-8. A file that fails any of this is an
 * {@link Unreadable} with a reason in the user's words and, for text that is not UTF-8, the line
 * and column of the first bad byte.
 */
public final class InputFile {
    /** The environment variable that sets {@link #maxBytes()}, in megabytes (MiB). */
    public static final String MAX_SIZE_VARIABLE = "FACTQUIZ_MAX_FILE_MB";
    /**
     * The default size limit of one input file. Real files are far smaller: the shipped facts files
     * are a few KB, a synthetic base of a million statements is files of 20 KB, and a newsroom
     * keeping 50,000 statements in one file would have 15 MB. Parsing a file takes some ten times
     * its size in memory, so the limit also keeps a stray huge file from exhausting the heap.
     */
    public static final int DEFAULT_MAX_MB = 64;
    private static final long MAX_BYTES = maxBytesFrom(System.getenv(MAX_SIZE_VARIABLE));

    private InputFile() {
    }

    /**
     * Why a file cannot be read, said of the file ("is a named pipe, not a regular file"), so that a
     * problem reads "file is ..." at the file itself and "source text 'x' is ..." where another file
     * names it; {@code line} and {@code column} are 0 when the reason concerns the whole file.
     */
    public static final class Unreadable extends Exception {
        private final String reason;
        private final int line;
        private final int column;

        Unreadable(String reason, int line, int column) {
            super(reason, null, false, false);
            this.reason = reason;
            this.line = line;
            this.column = column;
        }

        Unreadable(String reason) {
            this(reason, 0, 0);
        }

        /** Why, said at the file's own place: "here" is the line and column. */
        public String reason() {
            return reason;
        }

        /** Why, said from another file's place (a source text named in sources.yaml): the line and column spelt out. */
        public String reasonElsewhere() {
            return line > 0 ? reason.replace(" here", " at line " + line + ", column " + column) : reason;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The most bytes one input file may have: {@value #DEFAULT_MAX_MB} MB, or {@value #MAX_SIZE_VARIABLE}. */
    public static long maxBytes() {
        return MAX_BYTES;
    }

    /** The text of a regular file. */
    public static String read(Path file) throws Unreadable {
        return decode(bytes(file, null, null));
    }

    /**
     * The text of a regular file that must lie inside {@code folder} after symbolic links are
     * followed; {@code folderName} names the folder in the reason ("the facts folder").
     */
    public static String readInside(Path file, Path folder, String folderName) throws Unreadable {
        return decode(bytes(file, folder, folderName));
    }

    /**
     * The text of a file the user named on the command line, which may also be a stream
     * ({@code --claims /dev/stdin}, a pipe): read up to the size limit, not checked for its kind.
     */
    public static String readNamed(Path file) throws Unreadable {
        if (Files.isRegularFile(file) || Files.isDirectory(file) || !Files.exists(file)) {
            return read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
            if (bytes.length > MAX_BYTES) {
                throw new Unreadable("has more than " + megabytes(MAX_BYTES) + ", the limit for one input file ("
                        + MAX_SIZE_VARIABLE + " raises it)");
            }
            return decode(bytes);
        } catch (IOException e) {
            throw new Unreadable(reason(e));
        }
    }

    /** A reason for a file that cannot be opened or read, in the user's words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason().toLowerCase(Locale.ROOT);
            return reason.contains("symbolic links") ? "is a loop of symbolic links" : "cannot be read: " + reason;
        }
        return "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static byte[] bytes(Path file, Path folder, String folderName) throws Unreadable {
        Path real;
        BasicFileAttributes attributes;
        try {
            real = file.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new Unreadable(reason(e));
        }
        if (folder != null) {
            Path inside;
            try {
                inside = folder.toRealPath();
            } catch (IOException e) {
                throw new Unreadable("cannot be read: " + folderName + " " + reason(e));
            }
            if (!real.startsWith(inside)) {
                throw new Unreadable("is outside " + folderName + " (after following symbolic links); only files"
                        + " inside it are read");
            }
        }
        if (!attributes.isRegularFile()) {
            throw new Unreadable(kind(real, attributes) + ", not a regular file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new Unreadable("is " + megabytes(attributes.size()) + ", more than " + megabytes(MAX_BYTES)
                    + ", the limit for one input file (" + MAX_SIZE_VARIABLE + " raises it)");
        }
        // Opened without following links: the path was resolved above, and must not change meanwhile.
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
            if (bytes.length > MAX_BYTES) {
                throw new Unreadable("grew past " + megabytes(MAX_BYTES) + " while it was read");
            }
            return bytes;
        } catch (IOException e) {
            throw new Unreadable(reason(e));
        }
    }

    private static String kind(Path real, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "is a folder";
        }
        try {
            // The file type bits of st_mode, where the platform gives them (Linux, macOS).
            int type = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            switch (type) {
                case 0010000 -> {
                    return "is a named pipe";
                }
                case 0020000 -> {
                    return "is a character device";
                }
                case 0060000 -> {
                    return "is a block device";
                }
                case 0140000 -> {
                    return "is a socket";
                }
                default -> {
                    return "is a special file";
                }
            }
        } catch (IOException | RuntimeException e) {
            return "is a special file";
        }
    }

    /**
     * {@code bytes} as UTF-8 text, without a byte order mark.
     *
     * @throws Unreadable at the line and column of the first byte that is not UTF-8, or of a NUL byte
     */
    static String decode(byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int[] place = place(bytes, offset);
            throw new Unreadable(String.format("is not UTF-8 text: byte 0x%02X here cannot be read as UTF-8;"
                    + " save it as UTF-8", bytes[offset] & 0xff), place[0], place[1]);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int[] place = place(bytes, text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length);
            throw new Unreadable("is a binary file, not text: it holds a NUL byte here", place[0], place[1]);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line and column (1-based, columns counted in characters) of the byte at {@code offset}. */
    private static int[] place(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart))
                    .toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        if (line == 1 && before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        return new int[] {line, before.codePointCount(0, before.length()) + 1};
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static long maxBytesFrom(String megabytes) {
        if (megabytes != null && megabytes.strip().matches("\\d{1,7}") && Long.parseLong(megabytes.strip()) > 0) {
            return Long.parseLong(megabytes.strip()) * 1024 * 1024;
        }
        return DEFAULT_MAX_MB * 1024L * 1024L;
    }
}
