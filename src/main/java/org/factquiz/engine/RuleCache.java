package org.factquiz.engine;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases, kept so that the next run need not compile the same rules again: in memory
 * for this process, and as jars in a cache folder for the next process. An entry is found only by
 * a key made of the rule files' paths and contents and of the code that runs them (every class path
 * entry's name, size and time), so an edited {@code .drl} or a rebuilt factquiz never meets an old
 * entry. The cache is only ever an optimisation: any problem with it means compiling again.
 */
public final class RuleCache {
    /** The environment variable naming the cache folder; without it rules are cached in memory only. */
    public static final String FOLDER_VARIABLE = "FACTQUIZ_RULE_CACHE";
    private static final String FORMAT = "factquiz compiled rules 1";
    private static final String JAR = ".jar";
    private static final String CLASSIC = ".classic";
    private static final String EXPANDED = ".expanded";
    private static final int KEPT_IN_MEMORY = 4;
    private static final int KEPT_ON_DISK = 16;
    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
    private static final RuleCache CONFIGURED = new RuleCache(folderFromEnvironment());
    private static String classPathFingerprint;
    private final Map<String, Object> compiling = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path folder;
    private final Map<String, RuleBase.Compiled> memory = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase.Compiled> eldest) {
            return size() > KEPT_IN_MEMORY;
        }
    };

    /**
     * @param folder where compiled rules are kept between runs, or null to keep them in memory only
     *               (then they are compiled the classic way, which is quicker when nothing is kept)
     */
    public RuleCache(Path folder) {
        this.folder = folder;
    }

    /** The cache of this process: on disk in the folder {@value #FOLDER_VARIABLE} names, if it names one. */
    public static RuleCache configured() {
        return CONFIGURED;
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The key under which rules with these sources are kept. */
    static String key(List<RuleSource> sources) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, System.getProperty("java.specification.version", ""));
        update(digest, classPathFingerprint());
        for (RuleSource source : sources) {
            update(digest, source.path());
            update(digest, source.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What compiling the rules of {@code key} synchronizes on, so that they are compiled once at a time. */
    Object lockFor(String key) {
        return compiling.computeIfAbsent(key, k -> new Object());
    }

    synchronized Optional<RuleBase.Compiled> inMemory(String key) {
        return Optional.ofNullable(memory.get(key));
    }

    synchronized void remember(String key, RuleBase.Compiled compiled) {
        memory.put(key, compiled);
    }

    /** The jar of rules kept on disk under {@code key}, if there is one; it is marked as just used. */
    Optional<Path> read(String key) {
        if (folder == null || !Files.isRegularFile(entry(key))) {
            return Optional.empty();
        }
        try {
            Files.setLastModifiedTime(entry(key), FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("could not mark {} as used: {}", entry(key), e.toString());
        }
        return Optional.of(entry(key));
    }

    /**
     * Keeps {@code rules} under {@code key} and returns the jar written, or empty when it could not
     * be written (which is logged and otherwise ignored).
     */
    Optional<Path> write(String key, CompiledRules rules) {
        if (folder == null) {
            return Optional.empty();
        }
        boolean written = writeAtomically(entry(key), rules::writeJar, "compiled rules");
        return written ? Optional.of(entry(key)) : Optional.empty();
    }

    /** Writes the content of a file to be read from another process. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file moved into place, so that another process
     * never reads half a file; true when written. A failure is logged and otherwise ignored: the
     * cache only saves time.
     */
    private boolean writeAtomically(Path target, Content content, String what) {
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, target.getFileName().toString(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            evictOldEntries();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not keep {} in {}: {}", what, folder, e.toString());
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Nothing more to do: a stray temporary file is never read as an entry.
                }
            }
            return false;
        }
    }

    /**
     * The key for expanded DSL rules: the texts of the mapping and rule files as written, with their
     * paths, and the build (the expansion is factquiz's code as well as the mapping's).
     */
    static String expansionKey(List<String> pathsAndTexts) {
        MessageDigest digest = sha256();
        update(digest, FORMAT + " expanded");
        update(digest, classPathFingerprint());
        pathsAndTexts.forEach(text -> update(digest, text));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The DRL texts expanded before under {@code key}, in the order they were kept. Expanding a
     * {@code .dslr} file loads the DSL parser, whose old class files the class data archive cannot
     * hold: a few hundred milliseconds of every start that a kept expansion saves.
     */
    Optional<List<String>> expanded(String key) {
        if (folder == null || !Files.isRegularFile(folder.resolve(key + EXPANDED))) {
            return Optional.empty();
        }
        try {
            // Read whole and checked against its own length: a damaged file is expanded again, never trusted.
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(folder.resolve(key + EXPANDED)));
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / 4) {
                throw new IOException("damaged: " + count + " texts");
            }
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new IOException("damaged: a text of " + length + " bytes");
                }
                byte[] text = new byte[length];
                in.get(text);
                texts.add(new String(text, StandardCharsets.UTF_8));
            }
            if (in.hasRemaining()) {
                throw new IOException("damaged: " + in.remaining() + " bytes after the last text");
            }
            return Optional.of(texts);
        } catch (IOException | RuntimeException e) {
            LOG.debug("kept expansion {} cannot be read, expanding again: {}", key, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps expanded DRL texts under {@code key}; a failure is logged and otherwise ignored. */
    void keepExpanded(String key, List<String> texts) {
        if (folder == null) {
            return;
        }
        writeAtomically(folder.resolve(key + EXPANDED), out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(texts.size());
            for (String text : texts) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                data.writeInt(bytes.length);
                data.write(bytes);
            }
            data.flush();
        }, "expanded rules");
    }

    /** True when rules under {@code key} were found beyond the executable model before. */
    boolean needsClassicCompiler(String key) {
        return folder != null && Files.isRegularFile(folder.resolve(key + CLASSIC));
    }

    /**
     * Notes that rules under {@code key} need the classic compiler, so that the next run does not
     * try the executable model again first.
     */
    void noteClassicCompilerNeeded(String key) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(key + CLASSIC), "");
            evictOldEntries();
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not note in {} that rules need the classic compiler: {}", folder, e.toString());
        }
    }

    /** Forgets the entry under {@code key}, on disk and in memory. */
    void discard(String key) {
        synchronized (this) {
            memory.remove(key);
        }
        if (folder != null) {
            try {
                Files.deleteIfExists(entry(key));
            } catch (IOException e) {
                LOG.debug("could not remove compiled rules {}: {}", entry(key), e.toString());
            }
        }
    }

    Path entry(String key) {
        return folder.resolve(key + JAR);
    }

    private void evictOldEntries() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(JAR)
                    || p.getFileName().toString().endsWith(CLASSIC)
                    || p.getFileName().toString().endsWith(EXPANDED)).toList());
        }
        if (entries.size() <= KEPT_ON_DISK) {
            return;
        }
        entries.sort(Comparator.comparing(RuleCache::modified).reversed());
        for (Path old : entries.subList(KEPT_ON_DISK, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path folderFromEnvironment() {
        String configured = System.getenv(FOLDER_VARIABLE);
        return configured == null || configured.isBlank() ? null : Path.of(configured);
    }

    /** Name, size and time of every class path entry (and of every class file in a class folder). */
    private static synchronized String classPathFingerprint() {
        if (classPathFingerprint == null) {
            StringBuilder fingerprint = new StringBuilder();
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path path = Path.of(entry);
                fingerprint.append(entry).append('|').append(describe(path)).append('\n');
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        files.filter(p -> p.toString().endsWith(".class")).sorted()
                                .forEach(p -> fingerprint.append(path.relativize(p)).append('|').append(describe(p))
                                        .append('\n'));
                    } catch (IOException | RuntimeException e) {
                        fingerprint.append("unreadable ").append(System.nanoTime()).append('\n');
                    }
                }
            }
            classPathFingerprint = fingerprint.toString();
        }
        return classPathFingerprint;
    }

    private static String describe(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
