package org.factquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.factquiz.load.InputException;
import org.factquiz.report.GithubAnnotations;
import org.factquiz.report.JunitXml;
import org.factquiz.report.OutputFile;
import org.factquiz.report.Report;
import org.factquiz.report.SarifLog;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The report options of every checking command ({@code validate}, {@code test}, {@code check}):
 * the format, where it goes, and GitHub annotations. A file given with {@code --out} is written by
 * {@link OutputFile}: whole or not at all, through links, keeping its mode.
 */
final class ReportOptions {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, junit (JUnit XML as Maven Surefire writes it) or sarif (SARIF 2.1.0)"
                    + " (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: replaced whole or not at all, through"
                    + " a symbolic link, keeping the file's mode; a read-only file is refused.")
    Path out;

    @Option(names = "--github",
            description = "Also print GitHub workflow annotations (::error file=...,line=...::message) on standard"
                    + " output, one per problem.")
    boolean github;

    /**
     * Writes the report: text and json come from the command's own renderers (they say more), junit
     * and sarif from the neutral {@link Report}.
     */
    void write(CommandSpec spec, Report report, Supplier<String> text, Supplier<String> json) throws InputException {
        if (github && out == null && format != OutputFormat.text) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--github prints annotations on standard"
                    + " output, so a " + format + " report needs a file: add --out FILE");
        }
        String rendered = switch (format) {
            case text -> text.get();
            case json -> json.get();
            case junit -> JunitXml.render(report);
            case sarif -> SarifLog.render(report, FactquizCommand.VERSION);
        };
        // The file first: when it cannot be written, the run ends with exit 2 and nothing on standard output.
        if (out != null) {
            OutputFile.write(out, rendered);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (github) {
            stdout.print(GithubAnnotations.render(report));
        }
        if (out == null) {
            stdout.print(rendered);
        }
        stdout.flush();
    }
}
