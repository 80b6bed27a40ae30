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

/** rules/consistency/types.dslr, on mutations of the shipped facts. */
class TypeRulesTest {
    static final String SUBJECT_TYPE = "A relation's subject has the type its predicate requires";
    static final String OBJECT_TYPE = "A relation's object has the type its predicate requires";
    static final String QUANTITY_SUBJECT_TYPE = "A quantity's subject has the type its measure requires";
    static final String COMPARED_TYPE = "A comparison compares things its measure applies to";
    static final String HOLDER_TYPE = "A title's holder has the type the title requires";
    static final String PRODUCTS = "statements/products.yaml";
    static final String COMPANY = "statements/company.yaml";
    static final String USERS = "statements/users.yaml";

    @TempDir
    Path dir;

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    @Test
    void personAsMakerOfAChatbotIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(PRODUCTS, "bytedance-makes-cici-ai", "subject: bytedance", "subject: zhang-yiming");

        assertThat(validate(facts)).containsExactly(error(SUBJECT_TYPE, "bytedance-makes-cici-ai", "zhang-yiming"));
    }

    @Test
    void countryAsWhatACompanyOwnsIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(COMPANY, "bytedance-owns-tiktok", "object: tiktok", "object: china");

        assertThat(validate(facts)).containsExactly(error(OBJECT_TYPE, "bytedance-owns-tiktok", "china"));
    }

    @Test
    void chatbotIsAProductThroughTheTypeHierarchy() throws Exception {
        var facts = EditedFacts.shipped().inEntry(COMPANY, "bytedance-owns-tiktok", "object: tiktok", "object: doubao");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void eachMemberOfAListIsTypeChecked() throws Exception {
        var facts = EditedFacts.shipped().inEntry(PRODUCTS, "doubao-offers-services",
                "objects: [search, translation, image-generation]", "objects: [search, china, image-generation]");

        assertThat(validate(facts)).containsExactly(error(OBJECT_TYPE, "doubao-offers-services/china", "china"));
    }

    @Test
    void monthlyUsersOfAPersonAreReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(USERS, "doubao-60-million-users", "subject: doubao", "subject: zhang-yiming");

        assertThat(validate(facts)).containsExactly(
                error(QUANTITY_SUBJECT_TYPE, "doubao-60-million-users", "zhang-yiming"));
    }

    @Test
    void comparingMonthlyUsersOfACompanyIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(USERS, "doubao-beats-ernie-bot", "object: ernie-bot", "object: baidu");

        assertThat(validate(facts)).containsExactly(error(COMPARED_TYPE, "doubao-beats-ernie-bot", "baidu"));
    }

    @Test
    void companyAsRichestPersonIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(COMPANY, "zhang-richest-in-china", "holder: zhang-yiming", "holder: bytedance");

        assertThat(validate(facts)).containsExactly(error(HOLDER_TYPE, "zhang-richest-in-china", "bytedance"));
    }

    @Test
    void entityOfAnUnknownTypeIsReportedOnceNotAtEveryUse() throws Exception {
        var facts = EditedFacts.shipped().inEntry("entities.yaml", "doubao", "type: chatbot", "type: chatbott");

        assertThat(validate(facts)).containsExactly(
                error(ReferenceRulesTest.KNOWN_TYPE, "doubao"));
    }
}
