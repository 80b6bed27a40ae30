package org.factquiz.draft;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Language;
import org.factquiz.model.Location;

/**
 * Reads draft files (UTF-8, Markdown or plain text) into sentences placed in the file. A file that
 * cannot be used is one problem at its place: missing, a folder, too large, or not UTF-8 (at the
 * line and column of the first byte that is not).
 */
public final class DraftReader {
    /** Markdown by its usual file endings; anything else is plain text. */
    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn");
    /** A draft is an article: far below this. The limit keeps a wrong argument (a disk image) from filling memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final SentenceBreaks breaks;

    public DraftReader(SentenceBreaks breaks) {
        this.breaks = breaks;
    }

    public DraftReader() {
        this(SentenceBreaks.standard());
    }

    /** The drafts to check, and those the configuration leaves out. */
    public record Drafts(List<Draft> drafts, List<DraftCheck.Skipped> skipped) {
        public Drafts {
            drafts = List.copyOf(drafts);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Reads every file the configuration does not leave out, or reports every problem of every file
     * at once; {@code language} null means: from each draft's front matter, or detected.
     */
    public Drafts read(List<Path> files, DraftConfig config, Language language) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        List<DraftCheck.Skipped> skipped = new ArrayList<>();
        for (Path file : files) {
            String shown = displayName(file);
            var skipping = config.skipping(file);
            if (skipping.isPresent()) {
                skipped.add(new DraftCheck.Skipped(shown, skipping.get()));
                continue;
            }
            DraftText text = load(file, shown, problems);
            if (text != null) {
                drafts.add(parse(text, language, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Drafts(drafts, skipped);
    }

    /** A file as users see it: relative to the working folder when it is inside it. */
    static String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && MARKDOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static DraftText load(Path file, String shown, List<InputProblem> problems) {
        Location whole = new Location(shown, 0, 0);
        try {
            if (Files.isDirectory(file)) {
                problems.add(new InputProblem(whole, "is a folder, not a draft file"));
                return null;
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                problems.add(new InputProblem(whole, "is not a regular file"));
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(new InputProblem(whole, "is " + size / (1024 * 1024) + " MiB; a draft may have at most "
                        + MAX_BYTES / (1024 * 1024) + " MiB"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decode(bytes, shown, problems);
            return text == null ? null : DraftText.of(shown, text, isMarkdown(file));
        } catch (NoSuchFileException e) {
            problems.add(new InputProblem(whole, "no such file"));
        } catch (AccessDeniedException e) {
            problems.add(new InputProblem(whole, "cannot be read: permission denied"));
        } catch (IOException e) {
            problems.add(new InputProblem(whole, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    /** The text, or null and a problem at the first byte that is not UTF-8. */
    static String decode(byte[] bytes, String shown, List<InputProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            DraftText prefix = DraftText.of(shown, before, false);
            Location at = prefix.at(prefix.text().length());
            problems.add(new InputProblem(at, String.format(Locale.ROOT, "not UTF-8: byte 0x%02X cannot be read as"
                    + " UTF-8 (save the draft as UTF-8)", bytes[in.position()] & 0xff)));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The sentences of a draft already in memory; {@code language} null means: from front matter or detected. */
    public Draft parse(DraftText text, Language language, List<InputProblem> problems) {
        Prose prose = text.markdown() ? MarkdownProse.read(text, problems) : PlainProse.read(text, problems);
        Draft.LanguageSource source = Draft.LanguageSource.OPTION;
        Language lang = language;
        if (lang == null && prose.declaredLanguage().isPresent()) {
            lang = prose.declaredLanguage().get();
            source = Draft.LanguageSource.FRONT_MATTER;
        }
        if (lang == null) {
            StringBuilder all = new StringBuilder();
            prose.blocks().forEach(b -> all.append(b.text()).append(' '));
            lang = DraftLanguage.detect(all);
            source = Draft.LanguageSource.DETECTED;
        }
        List<DraftSentence> sentences = new ArrayList<>();
        for (int b = 0; b < prose.blocks().size(); b++) {
            ProseBlock block = prose.blocks().get(b);
            for (SentenceBreaks.Span span : breaks.sentences(block.text(), lang)) {
                int start = span.start();
                int end = span.end();
                while (start < end && Character.isWhitespace(block.text().charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(block.text().charAt(end - 1))) {
                    end--;
                }
                String sentence = block.text().substring(start, end).replaceAll("\\s+", " ");
                if (sentence.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                int from = block.startOffset(start);
                int to = block.endOffset(end);
                sentences.add(new DraftSentence(sentences.size() + 1, sentence, text.at(from), text.at(to), from, to, b));
            }
        }
        return new Draft(text, lang, source, sentences, prose.directives());
    }
}
