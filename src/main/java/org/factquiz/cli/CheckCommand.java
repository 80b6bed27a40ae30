package org.factquiz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.draft.DraftCheck;
import org.factquiz.draft.DraftChecker;
import org.factquiz.draft.DraftConfig;
import org.factquiz.draft.DraftReader;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.report.DraftReport;
import org.factquiz.report.DraftsJson;
import org.factquiz.report.DraftsText;
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
            "Give sentences (English or German), --claims FILE, or drafts: --text FILE... (Markdown or plain text).",
            "Exit 0: no claim REFUTED or CONFLICT; 1: some claim is (or, with --strict, not SUPPORTED),"
                    + " or a verdict differs from a claim's 'expect'; 2: input could not be used.",
            "Drafts: every sentence is read as a claim; REFUTED and CONFLICT are errors, a sentence that states as"
                    + " certain what the source only reports or hedges is an 'overstated' warning (--strict: fails"
                    + " too). Editors suppress with <!-- factquiz: ignore -->, <!-- factquiz: ignore-next-line -->,"
                    + " <!-- factquiz: off --> ... <!-- factquiz: on --> and .factquiz.yaml."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Parameters(paramLabel = "SENTENCE", arity = "0..*",
            description = "Claims in plain words, e.g. \"X wurde im August 2023 eingeführt\".")
    List<String> sentences = List.of();

    @Option(names = "--claims", paramLabel = "FILE", description = "A YAML or JSON claims file.")
    Path claimsFile;

    @Option(names = "--text", arity = "1..*", paramLabel = "FILE",
            description = "Drafts to check sentence by sentence: Markdown (.md) or plain text, UTF-8.")
    List<Path> drafts = List.of();

    @Option(names = "--config", paramLabel = "FILE", description = "What draft checks leave alone (default:"
            + " .factquiz.yaml in this folder or the nearest one above it, up to the repository root).")
    Path config;

    @Option(names = "--verbose", description = "With --text: also list sentences not read, NOT ENOUGH INFO,"
            + " SUPPORTED and suppressed ones, and unused suppressions.")
    boolean verbose;

    @Option(names = "--strict", description = "Also fail on NOT ENOUGH INFO, REPORTED and HEDGED"
            + " (with --text: on overstated sentences).")
    boolean strict;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of explanations: en or de (default: en). With --text: the drafts' language"
                    + " (default: a draft's front matter 'lang', else detected from its words).")
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int inputs = (sentences.isEmpty() ? 0 : 1) + (claimsFile == null ? 0 : 1) + (drafts.isEmpty() ? 0 : 1);
        if (inputs != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give claims as sentences, with --claims FILE"
                    + " or as drafts with --text FILE..., " + (inputs == 0 ? "one of them" : "not several"));
        }
        if (!drafts.isEmpty()) {
            return checkDrafts();
        }
        Language language = this.language == null ? Language.EN : this.language;
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

    /** Drafts: read them (and the configuration) before the rules are compiled, so unusable input stops at once. */
    private int checkDrafts() throws Exception {
        FactBase facts = knowledge.facts();
        PhraseBook phrases = knowledge.phrases(facts);
        Path configFile = config != null ? config : DraftConfig.find(Path.of("")).orElse(null);
        DraftConfig settings = configFile == null ? DraftConfig.NONE : DraftConfig.load(configFile, facts);
        DraftReader.Drafts read = new DraftReader().read(drafts, settings, language);
        DraftCheck check = new DraftChecker(knowledge.withRules(facts), phrases)
                .check(read.drafts(), read.skipped(), settings);
        report.write(spec, DraftReport.of(check, strict), () -> DraftsText.render(check, verbose),
                () -> DraftsJson.render(check, strict));
        return check.fails(strict) ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
