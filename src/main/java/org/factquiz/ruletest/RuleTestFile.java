package org.factquiz.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The shape of a rule-test file as editors write it (documented in docs/editing.md, schema in
 * docs/schema/rule-tests.schema.json). {@code facts} names the fact base its cases start from
 * ({@code shipped}, or a folder relative to the file); without it they start from the base the run is given. Further expectations (verdicts, questions) will be new
 * fields of {@link ExpectEntry}, so existing files stay valid.
 */
record RuleTestFile(String facts, List<CaseEntry> cases) {

    /** One case: where the facts start, what changes, what the rules must find. */
    record CaseEntry(String name, String rule, JsonNode start, PatchEntry patch, ExpectEntry expect) {
    }

    /** Facts removed and changed by id, and facts added (written like a facts file). */
    record PatchEntry(List<String> remove, Map<String, ObjectNode> change, ObjectNode add) {
    }

    /** All findings the rules must make, and ids of facts the rules must derive (others may be derived too). */
    record ExpectEntry(List<FindingEntry> findings, List<String> derived) {
    }

    record FindingEntry(String rule, List<String> facts, String severity) {
    }
}
