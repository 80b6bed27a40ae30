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
 * How well factquiz serves an article it was not built for: of its plain claims (each with the
 * verdict a careful reader expects), how many the claim checker reads and how many of those it
 * judges as the reader does; and how many quiz questions survive verification. Each claim is read
 * on its own, so one unreadable sentence does not hide the verdicts of the others.
 */
public record ArticleScore(int claims, int read, int right, int questions, int dropped, List<String> wrong,
                           List<String> unread) {
    public ArticleScore {
        wrong = List.copyOf(wrong);
        unread = List.copyOf(unread);
    }

    /** Scores the claims of {@code claimsFile} and the quiz of {@code facts}, with the shipped rules of {@code rules}. */
    public static ArticleScore of(Path facts, Path rules, Path claimsFile) throws Exception {
        Knowledge knowledge = Knowledge.load(facts, rules);
        PhraseBook phrases = PhraseBookLoader.load(rules.resolve("language"), knowledge.facts());
        ClaimParser parser = new ClaimParser(knowledge.facts(), phrases);
        List<ClaimsReader.ReadClaim> readClaims = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        int total = 0;
        for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(claimsFile.toFile()).path("claims")) {
            total++;
            String id = entry.path("id").asText("claim-" + total);
            VerdictLabel expected = VerdictLabel.valueOf(entry.path("expect").asText().strip()
                    .toUpperCase(Locale.ROOT).replace(' ', '_'));
            ClaimParser.Reading reading = parser.read(id, entry.path("text").asText(), new Location(claimsFile.toString(), 0, 0));
            if (reading instanceof ClaimParser.Read r) {
                readClaims.add(new ClaimsReader.ReadClaim(r.claim(), expected));
            } else {
                unread.add(id + ": " + ((ClaimParser.Unreadable) reading).message());
            }
        }
        CheckResult result = ClaimChecker.check(knowledge, readClaims);
        List<String> wrong = new ArrayList<>();
        int right = 0;
        for (JudgedClaim judged : result.claims()) {
            if (judged.unexpected()) {
                wrong.add(judged.claim().id() + ": " + judged.label().label() + " (expected " + judged.expected().label()
                        + ")");
            } else {
                right++;
            }
        }
        QuizSet quiz = new QuizBuilder(knowledge, phrases,
                QuestionTemplatesLoader.load(rules.resolve("quiz").resolve("questions.yaml"))).build(1);
        return new ArticleScore(total, readClaims.size(), right, quiz.questions().size(), quiz.dropped().size(), wrong,
                unread);
    }

    @Override
    public String toString() {
        return "claims " + claims + ", read " + read + ", right " + right + "; quiz questions kept " + questions
                + ", dropped " + dropped;
    }

    /** {@code ArticleScore FACTS CLAIMS...}: prints each file's score, the wrong verdicts and unread claims. */
    public static void main(String[] args) throws Exception {
        for (int i = 1; i < args.length; i++) {
            ArticleScore score = of(Path.of(args[0]), Path.of("rules"), Path.of(args[i]));
            System.out.println(args[i] + ": " + score);
            score.wrong().forEach(w -> System.out.println("  wrong   " + w));
            score.unread().forEach(u -> System.out.println("  unread  " + u));
        }
    }

}
