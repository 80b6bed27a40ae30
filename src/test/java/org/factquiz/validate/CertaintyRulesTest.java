package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;
import static org.factquiz.fixtures.Validation.Reported.warning;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/certainty.dslr, on mutations of the shipped facts. */
class CertaintyRulesTest {
    static final String RESTS_ON_CERTAIN = "A certain link rests on certain facts";
    static final String LEADS_TO_CERTAIN = "A certain link leads to a certain fact unless it names a purpose";
    static final String AIM_NOT_ACHIEVED = "The aim of a purpose is not stated as achieved";
    static final String TALENT = "statements/talent.yaml";
    static final String PRODUCTS = "statements/products.yaml";
    static final String RISKS = "statements/risks.yaml";
    static final String CHIPS = "statements/chips.yaml";

    @TempDir
    Path dir;

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    @Test
    void certainLinkRestingOnAHedgedFactIsReported() throws Exception {
        var facts = EditedFacts.shipped().addToEntry(TALENT, "bytedance-hires-from-alibaba", "status: hedged");

        assertThat(validate(facts)).containsExactly(error(RESTS_ON_CERTAIN,
                "talent-and-gpus-expanded-infrastructure", "bytedance-hires-from-alibaba"));
    }

    @Test
    void certainLinkRestingOnAReportedListIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(PRODUCTS, "doubao-offers-services", "status: reported")
                .addToEntry(PRODUCTS, "doubao-offers-services", "according-to: critics");

        assertThat(validate(facts)).containsExactly(error(RESTS_ON_CERTAIN,
                "doubao-success-from-versatility", "doubao-offers-services"));
    }

    @Test
    void hedgedLinkMayRestOnAHedgedFact() throws Exception {
        var facts = EditedFacts.shipped().addToEntry(RISKS, "bytedance-focuses-on-agi", "status: hedged");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void certainCauseOfAReportedOutcomeIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(PRODUCTS, "bytedance-succeeded-with-doubao", "status: reported")
                .addToEntry(PRODUCTS, "bytedance-succeeded-with-doubao", "according-to: industry-insiders");

        assertThat(validate(facts)).containsExactly(error(LEADS_TO_CERTAIN,
                "doubao-success-from-versatility", "bytedance-succeeded-with-doubao"));
    }

    @Test
    void certainCauseOfAHedgedOutcomeIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .removeFromEntry(RISKS, "agi-focus-risks-control", "status: hedged")
                .removeFromEntry(RISKS, "agi-focus-risks-control", "hedge: könnte");

        assertThat(validate(facts)).containsExactly(error(LEADS_TO_CERTAIN,
                "agi-focus-risks-control", "usa-may-control-bytedance"));
    }

    @Test
    void purposeStatedAsAchievedIsAWarning() throws Exception {
        var facts = EditedFacts.shipped()
                .removeFromEntry(CHIPS, "bytedance-less-dependent-on-nvidia", "status: intended");

        assertThat(validate(facts)).containsExactly(warning(AIM_NOT_ACHIEVED,
                "bytedance-less-dependent-on-nvidia", "own-chips-for-independence"));
    }
}
