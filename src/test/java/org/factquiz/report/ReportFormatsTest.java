package org.factquiz.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.factquiz.SchemaCheck;
import org.factquiz.ShippedRules;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.DataText;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.model.Language;
import org.factquiz.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Each CI report format against its schema or parser, on a fact base with one broken count, and
 * the places in the reports against the lines of the facts file.
 */
class ReportFormatsTest {
    private static final Path USERS = Path.of("facts/statements/users.yaml");
    private static final Path SARIF_SCHEMA = Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json");
    private static final Path SUREFIRE_XSD = Path.of("src/test/resources/schemas/surefire-test-report.xsd");

    static Report validation;
    static Report ruleTests;
    static int countLine;
    static int countColumn;

    @BeforeAll
    static void validateABrokenCount() throws InputException, IOException {
        List<DataText> texts = new ArrayList<>();
        for (DataText text : FactsLoader.read(ShippedRules.FACTS)) {
            texts.add(text.file().endsWith("users.yaml")
                    ? new DataText(text.file(), text.text().replace("value: 60\n", "value: -60\n")) : text);
        }
        Knowledge knowledge = new Knowledge(FactsLoader.load(ShippedRules.FACTS, texts), ShippedRules.compiled());
        validation = ValidationReport.of(ValidationResult.of(knowledge), Language.EN);
        ruleTests = RuleTestReport.of(ShippedRules.shippedRun(), ShippedRules.compiled().rules());
        List<String> lines = Files.readAllLines(USERS);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("- id: doubao-60-million-users")) {
                countLine = i + 1;
                countColumn = lines.get(i).indexOf("id:") + 1;
            }
        }
        assertThat(countLine).isPositive();
    }

    @Test
    void junitXmlIsValidAgainstSurefiresSchemaWithOneTestcasePerRule() throws Exception {
        String xml = JunitXml.render(validation);

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SUREFIRE_XSD.toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        Element suite = parse(xml).getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(ShippedRules.compiled().rules().size()));
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList failures = suite.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failing = (Element) failures.item(0).getParentNode();
        assertThat(failing.getAttribute("name")).isEqualTo("A quantity is not negative");
        assertThat(failing.getAttribute("classname")).isEqualTo("consistency");
        assertThat(((Element) failures.item(0)).getAttribute("message")).isEqualTo("facts/statements/users.yaml:"
                + countLine + ":" + countColumn + ": 'doubao-60-million-users': monthly-active-users cannot be negative"
                + " (-60000000 users)");
    }

    @Test
    void junitXmlOfRuleTestsHasOneTestcasePerCase() throws Exception {
        String xml = JunitXml.render(ruleTests);

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SUREFIRE_XSD.toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        Element suite = parse(xml).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(ShippedRules.shippedRun().results().size()));
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) suite.getElementsByTagName("testcase").item(0)).getAttribute("classname"))
                .isEqualTo("rules/tests/certainty.yaml");
    }

    @Test
    void sarifIsValidAgainstTheSarifSchemaAndPointsAtTheFactsLine() throws IOException {
        String sarif = SarifLog.render(validation, "0.1.0");

        assertThat(SchemaCheck.errors(SARIF_SCHEMA, sarif, InputFormat.JSON)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        assertThat(run.get("results")).hasSize(1);
        assertThat(result.get("ruleId").asText()).isEqualTo("consistency/a-quantity-is-not-negative");
        assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
                .isEqualTo("consistency/a-quantity-is-not-negative");
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(ShippedRules.compiled().rules().size());
        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("facts/statements/users.yaml");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(countLine);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(countColumn);
        assertThat(result.at("/level").asText()).isEqualTo("error");
    }

    @Test
    void sarifOfRuleTestsIsValidAgainstTheSarifSchema() {
        assertThat(SchemaCheck.errors(SARIF_SCHEMA, SarifLog.render(ruleTests, "0.1.0"), InputFormat.JSON)).isEmpty();
    }

    @Test
    void sarifSchemaCheckRejectsALogWithoutVersion() {
        String broken = SarifLog.render(validation, "0.1.0").replace("\"version\" : \"2.1.0\",", "");

        assertThat(SchemaCheck.errors(SARIF_SCHEMA, broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void githubAnnotationPointsAtTheFactsLine() {
        assertThat(GithubAnnotations.render(validation)).isEqualTo("::error file=facts/statements/users.yaml,line="
                + countLine + ",col=" + countColumn + ",title=A quantity is not negative::'doubao-60-million-users':"
                + " monthly-active-users cannot be negative (-60000000 users)\n");
    }

    @Test
    void githubAnnotationEscapesWhatTheRunnerWouldReadAsSyntax() {
        assertThat(GithubAnnotations.data("50% done\nnext")).isEqualTo("50%25 done%0Anext");
        assertThat(GithubAnnotations.property("a, b: c")).isEqualTo("a%2C b%3A c");
    }

    @Test
    void jsonReportListsEveryCaseWithItsPlace() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(validation));

        assertThat(json.get("failed").asInt()).isEqualTo(1);
        JsonNode failing = null;
        for (JsonNode result : json.get("results")) {
            if (!result.get("passed").asBoolean()) {
                failing = result;
            }
        }
        assertThat(failing).isNotNull();
        assertThat(failing.at("/issues/0/locations/0").asText())
                .isEqualTo("facts/statements/users.yaml:" + countLine + ":" + countColumn);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(SarifLog.render(validation, "0.1.0")).isEqualTo(SarifLog.render(validation, "0.1.0"));
        assertThat(JunitXml.render(validation)).isEqualTo(JunitXml.render(validation));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
