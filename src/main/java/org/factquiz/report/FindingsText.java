package org.factquiz.report;

import org.factquiz.engine.Explainer;
import org.factquiz.model.Finding;
import org.factquiz.model.Language;
import org.factquiz.model.Severity;
import org.factquiz.validate.ValidationResult;

/** The human-readable validation report. */
public final class FindingsText {
    private FindingsText() {
    }

    public static String render(ValidationResult result, Language language) {
        StringBuilder out = new StringBuilder();
        Explainer explainer = result.explainer();
        for (Finding finding : result.findings()) {
            append(out, finding, explainer, language);
            out.append('\n');
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        int statements = result.knowledge().facts().statements().size();
        int rules = result.knowledge().rules().rules().size();
        if (language == Language.DE) {
            out.append(errors == 0 && warnings == 0 ? "Widerspruchsfrei: " : "")
                    .append(errors).append(" Fehler, ").append(warnings).append(" Warnungen; ")
                    .append(statements).append(" Aussagen mit ").append(rules).append(" Regeln geprüft.\n");
        } else {
            out.append(errors == 0 && warnings == 0 ? "Consistent: " : "")
                    .append(errors).append(errors == 1 ? " error, " : " errors, ")
                    .append(warnings).append(warnings == 1 ? " warning; " : " warnings; ")
                    .append(statements).append(" statements checked by ").append(rules).append(" rules.\n");
        }
        return out.toString();
    }

    /** One finding: severity and message, the rule, and the evidence for each fact involved. */
    static void append(StringBuilder out, Finding finding, Explainer explainer, Language language) {
        out.append(severity(finding.severity(), language)).append(": ").append(finding.message(language))
                .append('\n');
        out.append(language == Language.DE ? "  Regel: " : "  rule: ").append(finding.rule()).append('\n');
        for (String id : finding.facts()) {
            EvidenceText.append(out, explainer.explain(id), "  ", language);
        }
    }

    private static String severity(Severity severity, Language language) {
        if (language == Language.DE) {
            return severity == Severity.ERROR ? "Fehler" : "Warnung";
        }
        return severity.label();
    }
}
