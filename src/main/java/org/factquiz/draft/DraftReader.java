package org.factquiz.draft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factquiz.load.InputException;
import org.factquiz.load.InputFile;
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
        if (Files.isDirectory(file)) {
            problems.add(new InputProblem(new Location(shown, 0, 0), "is a folder, not a draft file"));
            return null;
        }
        try {
            // Read as every input is (regular files and named streams only, the size limit, strict UTF-8),
            // so a draft from a pipe works and a device or a huge file is refused the same way.
            return DraftText.of(shown, InputFile.readNamed(file), isMarkdown(file));
        } catch (InputFile.Unreadable e) {
            problems.add(new InputProblem(new Location(shown, e.line(), e.column()), "file " + e.reason()));
            return null;
        }
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
