package org.factquiz.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.factquiz.engine.Evidence;
import org.factquiz.engine.Explainer;
import org.factquiz.model.Finding;
import org.factquiz.model.Severity;
import org.factquiz.validate.ValidationResult;

/** The machine-readable validation report (documented in docs/formats.md). */
public final class FindingsJson {
    private FindingsJson() {
    }

    record Report(String tool, boolean consistent, long errors, long warnings, int statements,
                  List<FindingEntry> findings) {
    }

    record FindingEntry(String severity, String rule, String message, String messageDe, List<FactEntry> facts) {
    }

    /** A written fact has file, line and column; a derived one has none of them but derivedBy and premises. */
    record FactEntry(String id, String file, Integer line, Integer column, Integer sentence, String sentenceText,
                     String status, String derivedBy, List<FactEntry> premises) {
    }

    public static String render(ValidationResult result) {
        Explainer explainer = result.explainer();
        List<FindingEntry> findings = result.findings().stream()
                .map(f -> entry(f, explainer))
                .toList();
        Report report = new Report("factquiz validate", result.isConsistent(), result.count(Severity.ERROR),
                result.count(Severity.WARNING), result.knowledge().facts().statements().size(), findings);
        return Json.write(report);
    }

    private static FindingEntry entry(Finding finding, Explainer explainer) {
        List<FactEntry> facts = finding.facts().stream()
                .flatMap(id -> explainer.explain(id).stream())
                .map(FindingsJson::fact)
                .toList();
        return new FindingEntry(finding.severity().label(), finding.rule(), finding.messageEn(), finding.messageDe(),
                facts);
    }

    static FactEntry fact(Evidence e) {
        boolean placed = e.location() != null && e.location().line() > 0;
        return new FactEntry(e.id(), placed ? e.location().file() : null, placed ? e.location().line() : null,
                placed ? e.location().column() : null,
                e.source() == null ? null : e.source().sentence(),
                e.source() == null ? null : e.source().sentenceText(),
                e.status() == null ? null : e.status().label(),
                e.rule(),
                e.premises().stream().map(FindingsJson::fact).toList());
    }

    /**
     * One configured JSON writer for every report, so output is stable byte for byte. Map entries
     * are sorted by key: the iteration order of {@code Map.copyOf} changes from one JVM run to the next.
     */
    static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

        private Json() {
        }

        static String write(Object value) {
            try {
                return MAPPER.writeValueAsString(value) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("report could not be written as JSON", e);
            }
        }
    }
}
