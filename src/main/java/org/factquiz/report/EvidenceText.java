package org.factquiz.report;

import java.util.List;
import org.factquiz.engine.Evidence;
import org.factquiz.model.Language;
import org.factquiz.model.Status;

/** Writes evidence as indented lines: place, id, certainty and the source sentence; derived facts as a chain. */
final class EvidenceText {
    private EvidenceText() {
    }

    static void append(StringBuilder out, List<Evidence> evidence, String indent, Language language) {
        for (Evidence e : evidence) {
            if (e.isDerived()) {
                // A derived fact's id already names its certainty: "holds(...)[hedged]".
                boolean named = e.status() != null && e.id().endsWith("[" + e.status().label() + "]");
                out.append(indent).append(e.id()).append(named ? "" : qualifier(e.status(), language))
                        .append(language == Language.DE ? "  abgeleitet durch \"" : "  derived by \"")
                        .append(e.rule()).append("\" ").append(language == Language.DE ? "aus:" : "from:").append('\n');
                append(out, e.premises(), indent + "    ", language);
            } else {
                out.append(indent).append(e.location()).append("  ").append(e.id())
                        .append(qualifier(e.status(), language)).append('\n');
                if (e.source() != null) {
                    out.append(indent).append("    ").append(language == Language.DE ? "Satz " : "sentence ")
                            .append(e.source().sentence()).append(": „").append(e.source().sentenceText())
                            .append("“\n");
                }
            }
        }
    }

    static String qualifier(Status status, Language language) {
        if (status == null || status == Status.ASSERTED) {
            return "";
        }
        String label = switch (status) {
            case REPORTED -> language == Language.DE ? "berichtet" : "reported";
            case INTENDED -> language == Language.DE ? "beabsichtigt" : "intended";
            case HEDGED -> language == Language.DE ? "vermutet" : "hedged";
            case ASSERTED -> "";
        };
        return " [" + label + "]";
    }
}
