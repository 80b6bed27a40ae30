package org.factquiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.FactBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules serve any fact base unchanged: no rule file names a predicate, measure, unit,
 * title or event of the shipped article (a role the vocabulary declares says what a rule needs),
 * the rules folder keeps no phrases of a domain, and no test fixture holds a copy of a shipped
 * rule file (a second domain needs its facts folder, and at most rules of its own).
 */
class RulesServeEveryArticleTest {
    private static final Path RULES = Path.of("rules");
    private static final Path FIXTURES = Path.of("src/test/resources");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)+");

    private static Set<String> vocabulary;

    @BeforeAll
    static void readTheShippedVocabulary() throws Exception {
        FactBase facts = FactsLoader.load(Path.of("facts"));
        vocabulary = new TreeSet<>();
        facts.predicates().forEach(p -> {
            vocabulary.add(p.id());
            if (p.inverse() != null) {
                vocabulary.add(p.inverse());
            }
        });
        facts.measures().forEach(m -> vocabulary.add(m.id()));
        facts.units().forEach(u -> vocabulary.add(u.id()));
        facts.titles().forEach(t -> vocabulary.add(t.id()));
        facts.events().forEach(e -> vocabulary.add(e.id()));
        facts.statements().stream().filter(s -> s instanceof org.factquiz.model.Event)
                .forEach(s -> vocabulary.add(((org.factquiz.model.Event) s).event()));
    }

    @Test
    void noRuleFileNamesAVocabularyIdOfTheShippedArticle() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path file : files(RULES, ".drl", ".dslr", ".dsl")) {
            hits.addAll(namedIds(file.toString(), Files.readString(file), file.toString().endsWith(".dsl")));
        }

        assertThat(vocabulary).contains("makes", "owns", "available-in", "launch", "monthly-active-users");
        assertThat(hits).as("vocabulary ids of the shipped article in rules/").isEmpty();
    }

    /**
     * In Java, only the ids no English word spells ("available-in", "monthly-active-users") tell a
     * vocabulary id apart: the language package rightly knows the words "makes" and "users".
     */
    @Test
    void noJavaSourceNamesAHyphenatedVocabularyIdOfTheShippedArticle() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            hits.addAll(namedIds(file.toString(), Files.readString(file), false).stream()
                    .filter(hit -> hit.substring(hit.lastIndexOf(": ") + 2).contains("-")).toList());
        }

        assertThat(hits).as("vocabulary ids of the shipped article in src/main/java").isEmpty();
    }

    @Test
    void theRulesFolderKeepsOnlyEachLanguagesOwnWords() throws Exception {
        assertThat(PhraseBookLoader.domainPhrasesIn(RULES.resolve("language"))).isEmpty();
    }

    @Test
    void theCheckFindsAnIdInCodeButNotInAComment() {
        String rule = """
                // "makes" in a comment is an example, not logic
                rule "A made thing has a maker"
                when
                    Holds( predicate == "makes" )
                    Holds( predicate == $p, object == available-in )
                then
                end
                """;

        assertThat(namedIds("sample.drl", rule, false))
                .containsExactly("sample.drl:4: \"makes\"", "sample.drl:5: available-in");
    }

    @Test
    void noFixtureHoldsACopyOfAShippedRuleFile() throws IOException {
        List<Path> shipped = files(RULES, ".drl", ".dslr", ".dsl");
        List<String> copies = new ArrayList<>();
        for (Path fixture : files(FIXTURES, ".drl", ".dslr", ".dsl")) {
            for (Path original : shipped) {
                if (isCopy(Files.readString(fixture), Files.readString(original))) {
                    copies.add(fixture + " copies " + original);
                }
            }
        }

        assertThat(shipped).hasSizeGreaterThan(20);
        assertThat(copies).as("fixtures holding a copy of a shipped rule file").isEmpty();
    }

    @Test
    void aRuleFileWithOnlyItsDomainWordsSwappedCountsAsACopy() throws IOException {
        String dates = Files.readString(RULES.resolve("consistency/dates.drl"));

        assertThat(isCopy(dates.replace("\"start\"", "\"opening\""), dates)).isTrue();
        assertThat(isCopy(Files.readString(FIXTURES.resolve("second-domain/facts/rules/consistency/library.drl")),
                dates)).isFalse();
    }

    /** Ids of the vocabulary a text names in code: as a whole string literal, or a hyphenated one anywhere. */
    private static List<String> namedIds(String file, String text, boolean dsl) {
        List<String> hits = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean inBlockComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inBlockComment) {
                int end = line.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 2);
                inBlockComment = false;
            }
            if (dsl && line.strip().startsWith("#")) {
                continue;
            }
            String code = withoutComment(line);
            if (code.contains("/*") && !code.contains("*/")) {
                inBlockComment = true;
                code = code.substring(0, code.indexOf("/*"));
            }
            Set<String> found = new HashSet<>();
            Matcher string = STRING.matcher(code);
            while (string.find()) {
                if (vocabulary.contains(string.group(1)) && found.add(string.group(1))) {
                    hits.add(file + ":" + (i + 1) + ": \"" + string.group(1) + "\"");
                }
            }
            Matcher token = TOKEN.matcher(code);
            while (token.find()) {
                if (vocabulary.contains(token.group()) && found.add(token.group())) {
                    hits.add(file + ":" + (i + 1) + ": " + token.group());
                }
            }
        }
        return hits;
    }

    /** The line up to a {@code //} comment that does not start inside a string. */
    private static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /**
     * A copy shares most of its code lines with the original: half or more of the original's lines
     * (a copy with a few words swapped, or a little added) or of its own (an excerpt).
     */
    private static boolean isCopy(String candidate, String original) {
        Set<String> theirs = codeLines(original);
        Set<String> ours = codeLines(candidate);
        if (theirs.isEmpty() || ours.isEmpty()) {
            return false;
        }
        long shared = ours.stream().filter(theirs::contains).count();
        return shared * 2 >= theirs.size() || (ours.size() >= 5 && shared * 2 >= ours.size());
    }

    private static Set<String> codeLines(String text) {
        Set<String> lines = new HashSet<>();
        for (String line : text.split("\n")) {
            String code = withoutComment(line).strip().replaceAll("\\s+", " ");
            if (code.length() > 8 && !code.startsWith("#") && !code.startsWith("import ") && !code.startsWith("package ")
                    && !code.equals("salience -10") && !code.equals("then") && !code.equals("when") && !code.equals("end")) {
                lines.add(code);
            }
        }
        return lines;
    }

    private static List<Path> files(Path root, String... extensions) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        }
    }
}
