package org.factquiz.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.InputException;
import org.factquiz.model.Document;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizBuilder;
import org.factquiz.quiz.QuizSelection;
import org.factquiz.quiz.QuizSet;
import org.factquiz.quiz.ShippedQuiz;

/**
 * The quizzes the export tests write, built once per test JVM: the shipped article's, and that of a
 * small fact base whose names hold every character an import format gives a meaning to
 * ({@code : = # { } ~ \ *}), with the shipped rules. Each export is written once and shared.
 */
final class Exports {
    static final Path MARKS_FACTS = Path.of("src/test/resources/export/marks/facts");
    private static QuizExport shipped;
    private static QuizExport marks;
    private static QuizExport second;
    private static final Map<ExportFormat, Exported> SHIPPED = new EnumMap<>(ExportFormat.class);
    private static final Map<ExportFormat, Exported> MARKS = new EnumMap<>(ExportFormat.class);

    private Exports() {
    }

    /** Every verified question of the shipped article, in the order of the quiz with the shared seed. */
    static synchronized QuizExport shipped() {
        if (shipped == null) {
            shipped = export(ShippedQuiz.knowledge(), ShippedQuiz.set());
        }
        return shipped;
    }

    static synchronized QuizExport marks() {
        if (marks == null) {
            try {
                Knowledge knowledge = Knowledge.load(MARKS_FACTS, Path.of("rules"));
                QuizSet set = new QuizBuilder(knowledge, ShippedQuiz.phrases(), ShippedQuiz.templates())
                        .build(ShippedQuiz.SEED);
                marks = export(knowledge, set);
            } catch (InputException e) {
                throw new AssertionError("the export test facts must load: " + e.problems(), e);
            }
        }
        return marks;
    }

    /**
     * The second article's quiz (the Fehmarnbelt tunnel): it has the ordering questions the shipped
     * article's two dated steps cannot make.
     */
    static synchronized QuizExport second() {
        if (second == null) {
            second = export(org.factquiz.quiz.SecondArticleQuiz.knowledge(), org.factquiz.quiz.SecondArticleQuiz.set());
        }
        return second;
    }

    /** The quizzes, for tests that hold for any article; together they hold every type of question. */
    static List<QuizExport> both() {
        return List.of(shipped(), marks(), second());
    }

    static synchronized Exported written(ExportFormat format, QuizExport quiz) {
        Map<ExportFormat, Exported> cache = quiz == shipped() ? SHIPPED : quiz == marks() ? MARKS : null;
        if (cache == null) {
            return QuizExporter.export(format, quiz);
        }
        return cache.computeIfAbsent(format, f -> QuizExporter.export(f, quiz));
    }

    private static QuizExport export(Knowledge knowledge, QuizSet set) {
        List<Question> ordered = QuizSelection.select(set.questions(), null, null, Integer.MAX_VALUE, ShippedQuiz.SEED);
        String title = knowledge.facts().documents().stream().map(Document::title).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining("; "));
        return QuizExport.of(set, ordered, Language.EN, ShippedQuiz.SEED, title);
    }

    /** The text of a choice by its letter. */
    static String choice(Question q, String id, Language l) {
        return q.choices().stream().filter(c -> c.id().equals(id)).map(c -> c.text().get(l)).findFirst()
                .orElseThrow(() -> new AssertionError(q.id() + " has no choice " + id));
    }

    /** HTML as the text a reader sees: a line per {@code <br>}, entities decoded (by jsoup). */
    static String unescapeHtml(String html) {
        return org.jsoup.parser.Parser.unescapeEntities(html.replaceAll("<br\\s*/?>", "\n"), false);
    }

    /** A zip's entries by name, in the order they were written. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }
}
