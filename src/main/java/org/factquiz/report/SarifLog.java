package org.factquiz.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.factquiz.model.Location;

/**
 * A report as SARIF 2.1.0: one run whose {@code tool.driver.rules} lists the rules and whose
 * results are the issues, each pointing at the file, line and column of the facts (or test case)
 * it concerns. File names relative to the working directory become URIs relative to
 * {@code %SRCROOT%} (the repository root when the command runs there, as code-scanning services
 * expect); the log holds no absolute path of the machine that wrote it.
 */
public final class SarifLog {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifLog() {
    }

    public static String render(Report report, String version) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "factquiz");
        driver.put("version", version);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (ReportRule rule : report.rules()) {
            index.put(rule.id(), index.size());
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", rule.id());
            descriptor.putObject("shortDescription").put("text", rule.name());
            descriptor.putObject("fullDescription").put("text", rule.description().isEmpty() ? rule.name()
                    : rule.description());
            if (rule.definedAt().line() > 0) {
                ObjectNode properties = descriptor.putObject("properties");
                properties.put("definedAt", rule.definedAt().toString());
            }
        }
        ArrayNode results = run.putArray("results");
        for (ReportCase testCase : report.cases()) {
            for (ReportIssue issue : testCase.issues()) {
                ObjectNode result = results.addObject();
                if (issue.ruleId() != null) {
                    result.put("ruleId", issue.ruleId());
                    Integer at = index.get(issue.ruleId());
                    if (at != null) {
                        result.put("ruleIndex", at);
                    }
                }
                result.put("level", issue.level().label());
                result.putObject("message").put("text", issue.message());
                ArrayNode locations = result.putArray("locations");
                var places = issue.locations().isEmpty() && testCase.location().line() > 0
                        ? java.util.List.of(testCase.location()) : issue.locations();
                for (Location place : places) {
                    ObjectNode physical = physical(place);
                    if (place == places.get(0) && issue.end() != null && issue.end().line() > 0) {
                        ObjectNode region = (ObjectNode) physical.get("region");
                        region.put("endLine", issue.end().line());
                        region.put("endColumn", issue.end().column());
                    }
                    locations.addObject().set("physicalLocation", physical);
                }
                if (issue.suppressed() != null) {
                    ObjectNode suppression = result.putArray("suppressions").addObject();
                    suppression.put("kind", issue.suppressed().inSource() ? "inSource" : "external");
                    if (!issue.suppressed().justification().isEmpty()) {
                        suppression.put("justification", issue.suppressed().justification());
                    }
                }
            }
        }
        return FindingsJson.Json.write(log);
    }

    private static ObjectNode physical(Location place) {
        ObjectNode physical = MAPPER.createObjectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        Path path = Path.of(place.file());
        if (path.isAbsolute()) {
            artifact.put("uri", path.toUri().toString());
        } else {
            artifact.put("uri", relativeUri(place.file()));
            artifact.put("uriBaseId", "%SRCROOT%");
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", place.line());
        if (place.column() > 0) {
            region.put("startColumn", place.column());
        }
        return physical;
    }

    private static String relativeUri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }
}
