package org.factquiz.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.load.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer of {@code --out} files: as well-kept tools write what a user names, whole or not
 * at all, through links, keeping modes, and refusing what it must not replace.
 */
class OutputFileTest {
    @TempDir
    Path dir;

    private String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private String problem(Path target, String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> OutputFile.write(target, text));
        assertThat(e).as("a problem writing " + target).isNotNull();
        return e.getMessage();
    }

    @Test
    void replacesARegularFileWholeAndLeavesNothingBeside() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");

        OutputFile.write(report, "new\n");

        assertThat(report).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("reports")).resolve("real.txt"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("reports/real.txt"));

        OutputFile.write(link, "new\n");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void linkToAFileNotMadeYetMakesTheFileWhereItPoints() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("made.txt"));

        OutputFile.write(link, "new\n");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("made.txt")).hasContent("new");
    }

    @Test
    void replacedFileKeepsItsMode() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));

        OutputFile.write(report, "new\n");

        assertThat(mode(report)).isEqualTo("rw-rw----");
    }

    @Test
    void newFileGetsTheModeOfAnyNewFileUnderTheUmask() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("report.txt");

        OutputFile.write(report, "new\n");

        assertThat(mode(report)).isEqualTo(mode(plain)).isNotEqualTo("rw-------");
    }

    @Test
    void readOnlyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));

        assertThat(problem(report, "new\n")).isEqualTo(report + ": cannot write: permission denied: the file is"
                + " read-only");
        assertThat(report).hasContent("old");
    }

    @Test
    void missingFolderIsNamedAsTheUserGaveIt() {
        assertThat(problem(Path.of("no-such-folder/report.txt"), "new\n"))
                .isEqualTo("no-such-folder/report.txt: cannot write: no such folder 'no-such-folder'");
    }

    @Test
    void folderIsRefused() {
        assertThat(problem(dir, "new\n")).isEqualTo(dir + ": cannot write: is a folder");
    }

    @Test
    void deviceIsWrittenToAndNotReplaced() throws Exception {
        OutputFile.write(Path.of("/dev/null"), "new\n");

        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
    }

    @Test
    void namedPipeIsWrittenToAndNotReplaced() throws Exception {
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        OutputFile.write(pipe, "through the pipe\n");

        assertThat(reader.get(1, TimeUnit.MINUTES)).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void loopOfLinksIsNamed() throws Exception {
        Path a = Files.createSymbolicLink(dir.resolve("a.txt"), Path.of("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("a.txt"));

        assertThat(problem(a, "new\n")).isEqualTo(a + ": cannot write: is a loop of symbolic links");
    }

    @Test
    void reportThatCannotBeWrittenPrintsNoAnnotations() {
        Path report = dir.resolve("missing/report.sarif");

        Cli.Run run = Cli.run("validate", "--rules", ShippedRules.quantityRules(dir.resolve("rules")).toString(),
                "--format", "sarif", "--github", "--out", report.toString());

        assertThat(run).isEqualTo(new Cli.Run(2, "", report + ": cannot write: no such folder '" + dir.resolve("missing")
                + "'\n"));
    }
}
