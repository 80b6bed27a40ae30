package org.factquiz.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.load.Excerpt;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.engine.Evidence;
import org.factquiz.engine.Explainer;
import org.factquiz.engine.Knowledge;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.factquiz.model.VerdictLabel;

/**
 * Checks drafts against the facts: every sentence is read as a claim by the claim reader of
 * {@code check}, all claims of all drafts are judged in one rule session, and each verdict becomes
 * a flag (REFUTED and CONFLICT are errors, REPORTED and HEDGED an overstatement) or none. For an
 * overstatement the source's hedge is looked up and a rewording that keeps it is proposed; the
 * rewordings are judged in a second session, so a suggestion the checker confirms says so.
 */
public final class DraftChecker {
    private final Knowledge knowledge;
    private final ClaimParser parser;
    private final Rewording rewording;
    private final Map<String, Statement> statements = new HashMap<>();

    public DraftChecker(Knowledge knowledge, PhraseBook phrases) {
        this.knowledge = knowledge;
        this.parser = new ClaimParser(knowledge.facts(), phrases);
        this.rewording = new Rewording(knowledge.facts(), phrases);
        knowledge.facts().statements().forEach(s -> statements.putIfAbsent(s.id(), s));
    }

    public DraftCheck check(List<Draft> drafts, List<DraftCheck.Skipped> skipped, DraftConfig config) {
        List<ClaimsReader.ReadClaim> claims = new ArrayList<>();
        Map<String, String> notRead = new HashMap<>();
        for (int d = 0; d < drafts.size(); d++) {
            List<DraftSentence> sentences = drafts.get(d).sentences();
            ClaimParser.Reading[] readings = read(d, sentences);
            for (int i = 0; i < readings.length; i++) {
                if (readings[i] instanceof ClaimParser.Read read && read.unknownSubject() == null) {
                    claims.add(new ClaimsReader.ReadClaim(read.claim(), null, read.unknowns()));
                } else if (readings[i] instanceof ClaimParser.Read read) {
                    // Prose about something no fact mentions is not a claim about the article.
                    notRead.put(claimId(d, sentences.get(i)), "cannot read \"" + Excerpt.of(sentences.get(i).text())
                            + "\" as a claim about the facts: no fact mentions '" + read.unknownSubject() + "'");
                } else {
                    notRead.put(claimId(d, sentences.get(i)), ((ClaimParser.Unreadable) readings[i]).message());
                }
            }
        }
        CheckResult judged = ClaimChecker.check(knowledge, claims);
        Map<String, JudgedClaim> byId = new HashMap<>();
        judged.claims().forEach(c -> byId.put(c.claim().id(), c));

        List<DraftCheck.DraftResult> results = new ArrayList<>();
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (int d = 0; d < drafts.size(); d++) {
            Draft draft = drafts.get(d);
            List<SentenceResult> sentences = new ArrayList<>();
            for (DraftSentence sentence : draft.sentences()) {
                String id = claimId(d, sentence);
                JudgedClaim claim = byId.get(id);
                if (claim == null) {
                    sentences.add(new SentenceResult(sentence, notRead.get(id), null, null, null, null));
                    continue;
                }
                DraftCheckKind flag = DraftCheckKind.of(claim.label());
                Overstatement how = flag == DraftCheckKind.OVERSTATED
                        ? overstatement(claim, judged.explainer(), draft.language()) : null;
                if (how != null) {
                    String wording = rewording.reword(sentence.text(), claim.claim(), how, draft.language());
                    if (wording != null) {
                        pending.put(id + "/suggestion", new Pending(d, sentences.size(), wording));
                    }
                }
                sentences.add(new SentenceResult(sentence, null, claim, flag, how, null));
            }
            results.add(new DraftCheck.DraftResult(draft, sentences));
        }
        confirmSuggestions(results, pending);
        return Suppressions.apply(results, skipped, config, judged.explainer());
    }

    /**
     * Reads a draft's sentences on every core: reading is most of a long draft's cost, and the
     * reader keeps no state between sentences. Each reading lands at its sentence's index, so the
     * order (and the output) does not depend on the threads.
     */
    private ClaimParser.Reading[] read(int draft, List<DraftSentence> sentences) {
        ClaimParser.Reading[] readings = new ClaimParser.Reading[sentences.size()];
        IntStream.range(0, sentences.size()).parallel().forEach(i -> {
            DraftSentence sentence = sentences.get(i);
            readings[i] = parser.read(claimId(draft, sentence), sentence.text(), sentence.start());
        });
        return readings;
    }

    private record Pending(int draft, int sentence, String wording) {
    }

    /** Judges every suggested wording in one session; a wording is confirmed when it is SUPPORTED. */
    private void confirmSuggestions(List<DraftCheck.DraftResult> results, Map<String, Pending> pending) {
        List<ClaimsReader.ReadClaim> claims = new ArrayList<>();
        for (Map.Entry<String, Pending> p : pending.entrySet()) {
            DraftSentence sentence = results.get(p.getValue().draft()).sentences().get(p.getValue().sentence())
                    .sentence();
            if (parser.read(p.getKey(), p.getValue().wording(), sentence.start()) instanceof ClaimParser.Read read) {
                claims.add(new ClaimsReader.ReadClaim(read.claim(), null));
            }
        }
        Map<String, VerdictLabel> verdicts = new HashMap<>();
        if (!claims.isEmpty()) {
            ClaimChecker.check(knowledge, claims).claims().forEach(c -> verdicts.put(c.claim().id(), c.label()));
        }
        for (Map.Entry<String, Pending> p : pending.entrySet()) {
            Pending at = p.getValue();
            List<SentenceResult> sentences = new ArrayList<>(results.get(at.draft()).sentences());
            SentenceResult r = sentences.get(at.sentence());
            boolean confirmed = verdicts.get(p.getKey()) == VerdictLabel.SUPPORTED;
            sentences.set(at.sentence(), new SentenceResult(r.sentence(), r.notRead(), r.judged(), r.flag(),
                    r.overstatement().withSuggestion(at.wording(), confirmed), r.suppression()));
            results.set(at.draft(), new DraftCheck.DraftResult(results.get(at.draft()).draft(), sentences));
        }
    }

    /** How the source words an overstated claim: the uncertain statements its verdict rests on. */
    private Overstatement overstatement(JudgedClaim judged, Explainer explainer, Language language) {
        List<Statement> sources = new ArrayList<>();
        for (String fact : judged.verdict().facts()) {
            for (Evidence evidence : explainer.explain(fact)) {
                for (Evidence leaf : evidence.leaves()) {
                    Statement s = statements.get(leaf.id());
                    if (s != null && !s.status().isCertain() && !sources.contains(s)) {
                        sources.add(s);
                    }
                }
            }
        }
        Status status = Status.ASSERTED;
        String accordingTo = null;
        String hedge = null;
        String sentence = null;
        for (Statement s : sources) {
            status = Status.weakest(status, s.status());
            if (accordingTo == null && s.provenance().accordingTo() != null) {
                accordingTo = s.provenance().accordingTo();
                sentence = s.source().sentenceText();
            }
            if (hedge == null && s.provenance().hedge() != null) {
                hedge = s.provenance().hedge();
            }
        }
        if (status == Status.ASSERTED) {
            // A REPORTED verdict can rest on a claim's own attribution that differs from the source's.
            status = judged.label() == VerdictLabel.HEDGED ? Status.HEDGED : Status.REPORTED;
        }
        String name = accordingTo == null ? null : rewording.sourceName(accordingTo, sentence, language);
        return new Overstatement(status, accordingTo, name, hedge, sources, null, false);
    }

    private static String claimId(int draft, DraftSentence sentence) {
        return "draft-" + (draft + 1) + "-sentence-" + sentence.index();
    }
}
