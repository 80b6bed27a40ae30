package org.factquiz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.report.VerdictsJson;
import org.factquiz.report.VerdictsText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factquiz check}: judges claims against the facts, with evidence and source sentences. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judges claims: SUPPORTED, REFUTED, NOT ENOUGH INFO, REPORTED, HEDGED or CONFLICT.",
            "Give sentences (English or German) or --claims FILE.",
            "Exit 0: no claim REFUTED or CONFLICT; 1: some claim is (or, with --strict, not SUPPORTED),"
                    + " or a verdict differs from a claim's 'expect'; 2: input could not be used."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Parameters(paramLabel = "SENTENCE", arity = "0..*",
            description = "Claims in plain words, e.g. \"X wurde im August 2023 eingeführt\".")
    List<String> sentences = List.of();

    @Option(names = "--claims", paramLabel = "FILE", description = "A YAML or JSON claims file.")
    Path claimsFile;

    @Option(names = "--strict", description = "Also fail on NOT ENOUGH INFO, REPORTED and HEDGED.")
    boolean strict;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of explanations: en or de (default: ${DEFAULT-VALUE}).")
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (sentences.isEmpty() == (claimsFile == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give claims either as sentences or with --claims FILE, not " + (claimsFile == null ? "neither" : "both"));
        }
        // Claims are read against the facts before the rules are compiled: a typo is reported at once.
        FactBase facts = knowledge.facts();
        knowledge.noteOldLayout(facts, spec.commandLine().getErr());
        PhraseBook phrases = knowledge.phrases(facts);
        ClaimsReader reader = new ClaimsReader(facts, new ClaimParser(facts, phrases));
        List<ClaimsReader.ReadClaim> claims = claimsFile != null ? reader.fromFile(claimsFile)
                : reader.fromSentences(sentences);
        org.factquiz.engine.Knowledge loaded = knowledge.withRules(facts);
        CheckResult result = ClaimChecker.check(loaded, claims);
        report.write(spec, org.factquiz.report.CheckReport.of(result, loaded.rules().rules(), strict, language),
                () -> VerdictsText.render(result, language), () -> VerdictsJson.render(result));
        return result.fails(strict) ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
