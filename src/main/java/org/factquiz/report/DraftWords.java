package org.factquiz.report;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.draft.DraftCheck;
import org.factquiz.draft.Overstatement;
import org.factquiz.draft.SentenceResult;
import org.factquiz.draft.Suppression;
import org.factquiz.model.Language;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.factquiz.model.VerdictLabel;

/** The words every draft report uses for flags, hedges and counts, in the draft's language. */
final class DraftWords {
    private DraftWords() {
    }

    /** "REFUTED", "CONFLICT", "overstated (HEDGED)". */
    static String flag(SentenceResult r) {
        return switch (r.flag()) {
            case REFUTED, CONFLICT -> r.judged().label().label();
            case OVERSTATED -> "overstated (" + r.judged().label().label() + ")";
        };
    }

    /**
     * What the source says instead: "the source hedges this („möglicherweise“), according to
     * industry insiders", "the source only reports this, according to critics", "the source names
     * this only as an aim".
     */
    static String hedge(Overstatement how, Language language) {
        boolean de = language == Language.DE;
        List<String> parts = new ArrayList<>();
        if (how.status() == Status.INTENDED) {
            parts.add(de ? "die Quelle nennt das nur als Ziel" : "the source names this only as an aim");
        } else if (how.status() == Status.HEDGED) {
            String word = how.hedge() == null ? "" : " („" + how.hedge() + "“)";
            parts.add((de ? "die Quelle sagt das nur mit Vorbehalt" : "the source hedges this") + word);
        } else {
            parts.add(de ? "die Quelle berichtet das nur" : "the source only reports this");
        }
        if (how.accordingToName() != null) {
            parts.add((de ? "laut " : "according to ") + how.accordingToName());
        }
        return String.join(", ", parts);
    }

    /** "suggestion: ..." with a note when the claim checker could not confirm the wording. */
    static String suggestion(Overstatement how, Language language) {
        boolean de = language == Language.DE;
        return (de ? "Vorschlag: " : "suggestion: ") + how.suggestion()
                + (how.suggestionConfirmed() ? "" : de ? " (vom Prüfer nicht bestätigt)"
                : " (the claim checker cannot confirm this wording)");
    }

    /** The source sentences an overstated claim rests on: "sentence 3: „...“". */
    static List<String> sourceSentences(Overstatement how, Language language) {
        List<String> out = new ArrayList<>();
        for (Statement s : how.sources()) {
            String line = (language == Language.DE ? "Satz " : "sentence ") + s.source().sentence() + ": „"
                    + s.source().sentenceText() + "“";
            if (!out.contains(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /** "inline ignore at draft.md:3:40 (reason)", "config .factquiz.yaml:4:7 (reason)". */
    static String suppression(Suppression s) {
        return (s.inSource() ? "inline " + s.directive() : "config") + " at " + s.at()
                + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")");
    }

    /** "41 of 57 sentences checked: 1 error, 2 warnings (38 SUPPORTED, 1 REFUTED, ...); 16 not read; 1 suppressed". */
    static String summary(DraftCheck.DraftResult d) {
        StringBuilder out = new StringBuilder();
        int total = d.sentences().size();
        out.append(d.checked()).append(" of ").append(total).append(total == 1 ? " sentence" : " sentences")
                .append(" checked: ").append(plural(d.errors(), "error")).append(", ")
                .append(plural(d.warnings(), "warning"));
        List<String> counts = new ArrayList<>();
        for (VerdictLabel label : VerdictLabel.values()) {
            if (d.count(label) > 0) {
                counts.add(d.count(label) + " " + label.label());
            }
        }
        if (!counts.isEmpty()) {
            out.append(" (").append(String.join(", ", counts)).append(')');
        }
        out.append("; ").append(total - d.checked()).append(" not read");
        if (d.suppressed() > 0) {
            out.append("; ").append(d.suppressed()).append(" suppressed");
        }
        return out.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
