package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/quantities.dslr, on mutations of the shipped facts. */
class QuantityRulesTest {
    static final String NOT_NEGATIVE = "A quantity is not negative";
    static final String MEASURE_UNIT = "A quantity uses its measure's unit";
    static final String USERS = "statements/users.yaml";
    static final String DOUBAO_USERS = "doubao-60-million-users";

    @TempDir
    Path dir;

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    @Test
    void negativeUserCountIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(USERS, DOUBAO_USERS, "value: 60", "value: -60");

        assertThat(validate(facts)).containsExactly(error(NOT_NEGATIVE, DOUBAO_USERS));
    }

    @Test
    void zeroUsersIsNotNegative() throws Exception {
        var facts = EditedFacts.shipped().inEntry(USERS, DOUBAO_USERS, "value: 60", "value: 0");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void usersCountedInYearsAreReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(USERS, DOUBAO_USERS, "unit: users", "unit: years");

        assertThat(validate(facts)).containsExactly(error(MEASURE_UNIT, DOUBAO_USERS, "monthly-active-users"));
    }

    @Test
    void usersCountedInAnUndefinedUnitAreReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(USERS, DOUBAO_USERS, "unit: users", "unit: people");

        assertThat(validate(facts)).containsExactly(error(MEASURE_UNIT, DOUBAO_USERS, "monthly-active-users"));
    }
}
