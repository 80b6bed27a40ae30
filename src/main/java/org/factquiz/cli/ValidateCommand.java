package org.factquiz.cli;

import java.util.concurrent.Callable;
import org.factquiz.model.Language;
import org.factquiz.report.FindingsJson;
import org.factquiz.report.FindingsText;
import org.factquiz.report.ValidationReport;
import org.factquiz.validate.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factquiz validate}: runs the consistency rules and reports each finding with its evidence. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks that the facts are consistent. Exit 0: consistent (warnings allowed); 1: errors found;"
                + " 2: input could not be used.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of messages: en or de (default: ${DEFAULT-VALUE}).")
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ValidationResult result = ValidationResult.of(knowledge.load());
        knowledge.noteOldLayout(result.knowledge().facts(), spec.commandLine().getErr());
        report.write(spec, ValidationReport.of(result, language), () -> FindingsText.render(result, language),
                () -> FindingsJson.render(result));
        return result.isConsistent() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
