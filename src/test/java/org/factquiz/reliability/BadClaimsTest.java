package org.factquiz.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.UnusableInput.assertUnusable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.load.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad claims and of facts that would make claims come out wrong, run as
 * {@code factquiz check}: never a silent SUPPORTED, never a 100 KB error line; exit 2 with the place.
 */
class BadClaimsTest {
    static final String RULES = ShippedRules.RULES.toString();
    static final String FACTS = ShippedRules.FACTS.toString();

    @TempDir
    Path dir;

    /** The shipped facts with Doubao's 60 million users made 1e400: "file:line:column" of that value. */
    private String infiniteUsers(Path facts) throws IOException {
        ShippedRules.copy(ShippedRules.FACTS, facts);
        Path users = facts.resolve("statements/users.yaml");
        List<String> lines = Files.readAllLines(users);
        int line = lines.indexOf("    value: 60") + 1;
        assertThat(line).as("Doubao's users in the shipped facts").isPositive();
        Files.writeString(users, Files.readString(users).replaceFirst("\n    value: 60\n", "\n    value: 1e400\n"));
        return "facts/statements/users.yaml:" + line + ":12";
    }

    @Test
    void infiniteValueInTheFactsIsUnusableInputNotASupportedClaim() throws IOException {
        Path facts = dir.resolve("facts");
        String place = infiniteUsers(facts);

        assertUnusable(dir, List.of(place + ": field 'statements[0].value': '1e400' is not a finite number: write a"
                + " number such as 60, with 'scale' (million, billion) for large ones"),
                "check", "--facts", facts.toString(), "--rules", RULES, "Doubao has more than 1000000 million users");
    }

    @Test
    void infiniteValueInAClaimsFileIsAnErrorAtItsLine() throws IOException {
        Path claims = Files.writeString(dir.resolve("claims.yaml"), """
                claims:
                  - kind: quantity
                    subject: doubao
                    measure: monthly-active-users
                    value: .inf
                """);

        assertUnusable(dir, List.of("claims.yaml:5:12: field 'claims[0].value': '.inf' is not a finite number: write a"
                + " number such as 60, with 'scale' (million, billion) for large ones"),
                "check", "--facts", FACTS, "--rules", RULES, "--claims", claims.toString());
    }

    @Test
    void hundredKilobyteClaimIsRefusedAndQuotedAsAShortExcerpt() {
        String claim = "Doubao has more users than " + "Ernie Bot and ".repeat(7_500) + "Baidu";

        Cli.Run run = assertUnusable(dir, List.of("claim 1: a claim is one sentence of at most 1000 characters, and this"
                + " one has 105032: \"Doubao has more users than Ernie Bot and Ernie Bot and Ernie Bot and Ernie Bot …"
                + " Ernie Bot and Baidu (105032 characters)\""), "check", "--facts", FACTS, "--rules", RULES, claim);

        assertThat(run.err().length()).isLessThan(300);
    }

    @Test
    void longClaimInAClaimsFileIsRefusedAtItsLine() throws IOException {
        Path claims = Files.writeString(dir.resolve("claims.yaml"), "claims:\n  - text: \"Doubao is "
                + "very ".repeat(400) + "popular\"\n");

        assertUnusable(dir, List.of("claims.yaml:2:11: a claim is one sentence of at most 1000 characters, and this one"
                + " has 2017: \"Doubao is very very very very very very very very very very very very very very …"
                + " very very popular (2017 characters)\""),
                "check", "--facts", FACTS, "--rules", RULES, "--claims", claims.toString());
    }

    @Test
    void claimsFromAStreamThatNeverEndsStopAtTheSizeLimit() {
        assertUnusable(dir, List.of("/dev/zero: file has more than " + InputFile.maxBytes() / (1024 * 1024) + " MB, the"
                + " limit for one input file (FACTQUIZ_MAX_FILE_MB raises it)"),
                "check", "--facts", FACTS, "--rules", RULES, "--claims", "/dev/zero");
    }
}
