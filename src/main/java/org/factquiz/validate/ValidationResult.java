package org.factquiz.validate;

import java.util.List;
import org.factquiz.engine.Explainer;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.SessionResult;
import org.factquiz.model.Finding;
import org.factquiz.model.Severity;

/** The findings of one validation run, with what is needed to explain them. */
public record ValidationResult(Knowledge knowledge, SessionResult session, List<Finding> findings) {
    public ValidationResult {
        findings = List.copyOf(findings);
    }

    public static ValidationResult of(Knowledge knowledge) {
        SessionResult session = knowledge.run();
        return new ValidationResult(knowledge, session, session.findings());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean isConsistent() {
        return count(Severity.ERROR) == 0;
    }

    public Explainer explainer() {
        return new Explainer(knowledge.facts(), session);
    }
}
