package org.factquiz.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.model.Location;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.VerdictLabel;
import org.factquiz.quiz.QuizBuilder;
import org.factquiz.quiz.QuizSet;

/**
 * How well factquiz serves an article it was not built for, with the shipped rules: of its plain
 * claims (each with the verdict a careful reader expects), how many the claim checker reads and how
 * many of those it judges as the reader does; and how many quiz questions survive verification.
 * Each claim is read on its own, so one unreadable sentence does not hide the verdicts of the others.
 */
public final class ArticleScore {
    /** The claims of one file: how many, read, judged as expected; the wrong verdicts and unread claims. */
    public record Claims(int claims, int read, int right, List<String> wrong, List<String> unread) {
        public Claims {
            wrong = List.copyOf(wrong);
            unread = List.copyOf(unread);
        }

        @Override
        public String toString() {
            return claims + " claims, " + read + " read, " + right + " right";
        }
    }

    private final Knowledge knowledge;
    private final PhraseBook phrases;
    private final Path rules;

    public ArticleScore(Path facts, Path rules) throws Exception {
        this.knowledge = Knowledge.load(facts, rules);
        this.phrases = PhraseBookLoader.load(rules.resolve("language"), knowledge.facts());
        this.rules = rules;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** Reads and judges the claims of {@code claimsFile} (a claims file with text and expect). */
    public Claims claims(Path claimsFile) throws Exception {
        ClaimParser parser = new ClaimParser(knowledge.facts(), phrases);
        List<ClaimsReader.ReadClaim> read = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        int total = 0;
        for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(claimsFile.toFile()).path("claims")) {
            total++;
            String id = entry.path("id").asText("claim-" + total);
            VerdictLabel expected = VerdictLabel.valueOf(entry.path("expect").asText().strip()
                    .toUpperCase(Locale.ROOT).replace(' ', '_'));
            ClaimParser.Reading reading = parser.read(id, entry.path("text").asText(),
                    new Location(claimsFile.toString(), 0, 0));
            if (reading instanceof ClaimParser.Read r) {
                read.add(new ClaimsReader.ReadClaim(r.claim(), expected, r.unknowns()));
            } else {
                unread.add(id + ": " + ((ClaimParser.Unreadable) reading).message());
            }
        }
        CheckResult result = ClaimChecker.check(knowledge, read);
        List<String> wrong = new ArrayList<>();
        for (JudgedClaim judged : result.claims()) {
            if (judged.unexpected()) {
                wrong.add(judged.claim().id() + ": " + judged.label().label() + " (expected "
                        + judged.expected().label() + ")");
            }
        }
        return new Claims(total, read.size(), read.size() - wrong.size(), wrong, unread);
    }

    /** The verdict of each sentence, judged in one session, by sentence. */
    public java.util.Map<String, VerdictLabel> verdicts(List<String> sentences) throws Exception {
        ClaimsReader reader = new ClaimsReader(knowledge.facts(), new ClaimParser(knowledge.facts(), phrases));
        CheckResult result = ClaimChecker.check(knowledge, reader.fromSentences(sentences));
        java.util.Map<String, VerdictLabel> verdicts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            verdicts.put(sentences.get(i), result.claims().get(i).label());
        }
        return verdicts;
    }

    /** The article's verified quiz (seed 1). */
    public QuizSet quiz() throws Exception {
        return new QuizBuilder(knowledge, phrases,
                QuestionTemplatesLoader.load(rules.resolve("quiz").resolve("questions.yaml"))).build(1);
    }

    /** {@code ArticleScore FACTS CLAIMS...}: prints each file's score with its wrong verdicts and unread claims. */
    public static void main(String[] args) throws Exception {
        ArticleScore score = new ArticleScore(Path.of(args[0]), Path.of("rules"));
        for (int i = 1; i < args.length; i++) {
            Claims claims = score.claims(Path.of(args[i]));
            System.out.println(args[i] + ": " + claims);
            claims.wrong().forEach(w -> System.out.println("  wrong   " + w));
            claims.unread().forEach(u -> System.out.println("  unread  " + u));
        }
        QuizSet quiz = score.quiz();
        System.out.println("quiz: " + quiz.questions().size() + " questions kept, " + quiz.dropped().size() + " dropped");
    }
}
