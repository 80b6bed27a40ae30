package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.FactBase;
import org.factquiz.model.PartialDate;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.TitleClaim;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims files: sentences or fields, every name checked against the facts before anything is judged. */
class ClaimsReaderTest {
    private static ClaimsReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadVocabulary() throws InputException {
        FactBase facts = FactsLoader.load(ShippedKnowledge.FACTS);
        reader = new ClaimsReader(facts, ShippedKnowledge.parser(facts));
    }

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private List<String> problems(Path path) {
        InputException thrown = catchThrowableOfType(InputException.class, () -> reader.fromFile(path));
        assertThat(thrown).as("problems reading %s", path).isNotNull();
        return thrown.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void structuredFieldsBecomeTheClaimTheySay() throws Exception {
        Path path = file("claims.yaml", """
                claims:
                  - id: users
                    kind: quantity
                    subject: doubao
                    measure: monthly-active-users
                    comparator: about
                    value: 65
                    scale: million
                    tolerance: 0.05
                    expect: not enough info
                  - kind: relation
                    subject: bytedance
                    predicate: hires-talent-from
                    object: rival-companies
                    since: 2021
                  - kind: title
                    subject: bytedance
                    title: largest-customer
                    of: nvidia
                    scope: asia
                    according-to: industry-insiders
                    possibly: true
                """);

        List<ClaimsReader.ReadClaim> claims = reader.fromFile(path);

        assertThat(claims).hasSize(3);
        assertThat(claims.get(0).expected()).isEqualTo(VerdictLabel.NOT_ENOUGH_INFO);
        assertThat(claims.get(0).claim()).isInstanceOfSatisfying(QuantityClaim.class, q -> {
            assertThat(q.value()).isEqualTo(new ClaimedValue(ClaimedValue.Comparator.ABOUT, 65e6, 0.05));
            assertThat(q.unit()).isEqualTo("users");
            assertThat(q.text()).isEqualTo("doubao monthly-active-users about 65 million (±5%)");
        });
        assertThat(claims.get(1).claim().id()).isEqualTo("claim-2");
        assertThat(claims.get(1).claim()).isInstanceOfSatisfying(RelationClaim.class,
                r -> assertThat(r.since()).isEqualTo(new PartialDate(2021, 0)));
        assertThat(claims.get(2).claim()).isInstanceOfSatisfying(TitleClaim.class, t -> {
            assertThat(t.key()).isEqualTo("largest-customer|nvidia|asia");
            assertThat(t.accordingTo()).isEqualTo("industry-insiders");
            assertThat(t.possibly()).isTrue();
        });
        assertThat(claims.get(2).claim().location().toString()).isEqualTo(path + ":16:5");
    }

    @Test
    void jsonClaimsFilesAreReadLikeYaml() throws Exception {
        Path path = file("claims.json", """
                {"claims": [
                  {"id": "maker", "text": "Baidu makes Ernie Bot", "expect": "SUPPORTED"},
                  {"id": "launch", "kind": "event", "subject": "doubao", "event": "launch", "date": "2023-08"}
                ]}
                """);

        List<ClaimsReader.ReadClaim> claims = reader.fromFile(path);

        assertThat(claims).extracting(c -> c.claim().id()).containsExactly("maker", "launch");
        assertThat(claims.get(0).expected()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void everyProblemInAFileIsReportedAtItsPlace() throws Exception {
        Path path = file("claims.yaml", """
                claims:
                  - id: a
                    kind: quantity
                    subject: doubao
                    measure: monthly-active-users
                    value: 60
                    scale: milion
                  - id: a
                    kind: quantity
                    subject: doubao
                    measure: monthly-active-user
                    comparator: roughly
                    value: 60
                  - id: c
                    kind: quantity
                    subject: doubao
                    measure: monthly-active-users
                    comparator: about
                    value: 60
                    tolerance: 10
                  - id: d
                    kind: quantity
                    subject: doubao
                    measure: monthly-active-users
                    value: 60
                    unit: dollars
                  - id: e
                    kind: event
                    subject: doubao
                    event: launch
                    date: August 2023
                  - id: f
                    kind: rumour
                    subject: doubao
                  - id: g
                    subject: doubao
                """);

        assertThat(problems(path)).containsExactly(
                path + ":7:12: unknown scale 'milion'",
                path + ":8:5: claim id 'a' is used twice (first at " + path + ":2:5)",
                path + ":11:14: unknown measure 'monthly-active-user' (did you mean 'monthly-active-users'?)",
                path + ":12:17: unknown comparator 'roughly'; expected one of: =, >, <, >=, <=, about",
                path + ":20:16: tolerance is a fraction from 0 to below 1 (0.1 = 10%), not 10.0",
                path + ":26:11: measure 'monthly-active-users' is counted in 'users', not 'dollars'",
                path + ":31:11: 'August 2023' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
                path + ":33:11: unknown kind 'rumour'; expected one of: relation, quantity, comparison, title, event",
                path + ":35:5: claim 'g' needs 'text' (a sentence) or 'kind' (relation, quantity, comparison, title,"
                        + " event)");
    }

    @Test
    void fileWithoutClaimsIsUnusable() throws Exception {
        assertThat(problems(file("empty.yaml", "claims: []\n")))
                .containsExactly(dir.resolve("empty.yaml") + ":1:1: no claims: the file needs a 'claims:' list");
    }
}
