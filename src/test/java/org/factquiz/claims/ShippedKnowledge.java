package org.factquiz.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.InputException;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.FactBase;
import org.factquiz.model.PhraseBook;

/**
 * The shipped facts and rules, and mutations of them, ready to judge claims with. Compiling the
 * rules takes a second or two, so test classes build one of these and share it.
 */
record ShippedKnowledge(Knowledge knowledge, ClaimsReader reader, ClaimParser parser) {
    static final Path FACTS = Path.of("facts");
    static final Path RULES = Path.of("rules");

    private static ShippedKnowledge shared;

    /** The shipped facts and rules, compiled once for every test class that only reads them. */
    static synchronized ShippedKnowledge shared() throws InputException {
        if (shared == null) {
            shared = load(FACTS);
        }
        return shared;
    }

    static ShippedKnowledge load(Path facts) throws InputException {
        Knowledge knowledge = Knowledge.load(facts, RULES);
        ClaimParser parser = parser(knowledge.facts());
        return new ShippedKnowledge(knowledge, new ClaimsReader(knowledge.facts(), parser), parser);
    }

    static ClaimParser parser(FactBase facts) throws InputException {
        PhraseBook phrases = PhraseBookLoader.load(RULES.resolve("language"), facts);
        return new ClaimParser(facts, phrases);
    }

    /** A copy of the shipped facts folder below {@code dir}, with one more file of facts in it. */
    static Path factsWith(Path dir, String fileName, String yaml) {
        Path copy = dir.resolve("facts");
        try (Stream<Path> walk = Files.walk(FACTS)) {
            for (Path from : walk.toList()) {
                Path to = copy.resolve(FACTS.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            Files.writeString(copy.resolve("statements").resolve(fileName), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Judges sentences, each claim in the same session. */
    CheckResult check(String... sentences) throws InputException {
        return ClaimChecker.check(knowledge, reader.fromSentences(List.of(sentences)));
    }

    /** Judges one sentence alone. */
    JudgedClaim judge(String sentence) throws InputException {
        return check(sentence).claims().get(0);
    }
}
