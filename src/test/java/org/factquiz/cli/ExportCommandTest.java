package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factquiz.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code factquiz quiz --export FORMAT} from the outside: files written whole, and refusals that write nothing. */
class ExportCommandTest {
    @Test
    void anUnknownFormatIsRefusedWithTheFormatsThereAreAndAHint(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("quiz.xml");
        Cli.Run run = Cli.run("quiz", "--export", "xml", "--out", out.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("factquiz: --export takes json, gift, moodle-xml, qti, canvas, ilias, anki or apkg, not 'xml'"
                + " (did you mean 'moodle-xml'?)");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aTypeTheFormatCannotHoldAskedForIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("quiz.gift.txt");
        Cli.Run run = Cli.run("quiz", "--export", "gift", "--type", "ordering", "--out", out.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("GIFT (Moodle) cannot hold ordering questions: use --export moodle-xml, qti,"
                + " canvas, ilias, anki or apkg");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void anOutFileThatCannotBeWrittenIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Cli.Run missing = Cli.run("quiz", "--export", "moodle-xml", "--out", dir.resolve("no/such/dir/q.xml").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("q.xml: cannot write: no such folder '" + dir.resolve("no/such/dir") + "'");
        Cli.Run folder = Cli.run("quiz", "--export", "anki", "--out", dir.toString());
        assertThat(folder.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(folder.err()).contains(dir + ": cannot write: is a folder");
        Cli.Run zip = Cli.run("quiz", "--export", "qti");
        assertThat(zip.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(zip.err()).contains("--export qti writes a zip file: give --out FILE");
        assertThat(missing.err() + folder.err() + zip.err()).doesNotContain("Exception", "\tat ");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void giftGoesToStandardOutputAndSaysHowManyQuestionsItLeftOut(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run("quiz", "--export", "gift", "--topic", "products");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("// ").contains("$CATEGORY: ", "::which-makes-ernie-bot::");
        assertThat(run.err()).as("the shipped article has no ordering question").isEmpty();
        // The second article orders the tunnel's dated steps: GIFT cannot hold that question.
        Cli.Run second = Cli.run("quiz", "--export", "gift", "--facts", org.factquiz.quiz.SecondArticleQuiz.FACTS.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).matches("factquiz: left out \\d+ ordering question\\(s\\): GIFT \\(Moodle\\) cannot hold"
                + " them \\(--export moodle-xml or qti can\\)\\R");
    }

    @Test
    void aPackageIsWrittenWholeToItsFileAndNothingElseIsLeft(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("quiz.apkg");
        CommandLine cli = FactquizCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        ((QuizCommand) cli.getSubcommands().get("quiz").getCommand()).environment =
                Map.of("SOURCE_DATE_EPOCH", "1750000000");
        int code = cli.execute("quiz", "--export", "apkg", "--type", "cloze", "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(files(dir)).as("no temporary file is left beside it").containsExactly(out);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            ZipEntry collection = zip.getNextEntry();
            assertThat(collection.getName()).isEqualTo("collection.anki2");
            assertThat(collection.getTimeLocal()).as("SOURCE_DATE_EPOCH is the time written")
                    .isEqualTo(LocalDateTime.of(2025, 6, 15, 15, 6, 40));
            assertThat(zip.getNextEntry().getName()).isEqualTo("media");
        }
    }

    @Test
    void anIliasPoolIsRefusedANameIliasCannotFindItsQuestionsByAndWrittenForTheNameItGets(@TempDir Path dir)
            throws IOException {
        Cli.Run bad = Cli.run("quiz", "--export", "ilias", "--out", dir.resolve("quiz.zip").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--out: an ILIAS question pool must be saved as a .zip whose name holds 'qpl'")
                .contains("e.g. quiz.qpl.zip, not 'quiz.zip'").doesNotContain("Exception");
        assertThat(files(dir)).isEmpty();

        Path out = dir.resolve("week-3.qpl.zip");
        Cli.Run good = Cli.run("quiz", "--export", "ilias", "--type", "numeric", "--out", out.toString());
        assertThat(good.code()).as(good.err()).isZero();
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("week-3.qpl/", "week-3.qpl/week-3.qpl.xml", "week-3.qpl/week-3.qti.xml");
    }

    private static java.util.List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
