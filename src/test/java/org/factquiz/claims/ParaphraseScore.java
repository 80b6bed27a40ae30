package org.factquiz.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factquiz.engine.Knowledge;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.VerdictLabel;

/**
 * A table of claims with the verdicts a careful reader gives them, read and judged: how many the
 * reader reads (a claim, not "cannot read"), how many of those get the expected verdict, and which
 * do not, by language. All are judged in one session, as `check --claims` judges a file.
 */
record ParaphraseScore(int claims, int read, int right, List<Row> rows) {
    /** One claim of the table and what became of it. */
    record Row(String text, VerdictLabel expected, VerdictLabel verdict, Language language, String problem,
               List<String> about) {
        boolean read() {
            return verdict != null;
        }

        boolean right() {
            return verdict == expected;
        }
    }

    static ParaphraseScore of(Path table, Knowledge knowledge, ClaimParser parser) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<ClaimsReader.ReadClaim> read = new ArrayList<>();
        List<Integer> readRows = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(table.toFile()).path("claims")) {
            String text = entry.path("text").asText();
            VerdictLabel expected = VerdictLabel.valueOf(entry.path("expect").asText().strip().toUpperCase(Locale.ROOT)
                    .replace(' ', '_'));
            List<String> about = new ArrayList<>();
            JsonNode a = entry.path("about");
            if (a.isArray()) {
                a.forEach(n -> about.add(n.asText()));
            } else if (!a.isMissingNode()) {
                about.add(a.asText());
            }
            ClaimParser.Reading reading = parser.read("paraphrase-" + i, text, new Location(table.toString(), i + 1, 0));
            if (reading instanceof ClaimParser.Read r) {
                read.add(new ClaimsReader.ReadClaim(r.claim(), expected, r.unknowns()));
                readRows.add(rows.size());
                languages.add(r.language());
                rows.add(new Row(text, expected, null, r.language(), null, about));
            } else {
                rows.add(new Row(text, expected, null, null, ((ClaimParser.Unreadable) reading).message(), about));
            }
            i++;
        }
        CheckResult result = ClaimChecker.check(knowledge, read);
        for (int k = 0; k < read.size(); k++) {
            Row row = rows.get(readRows.get(k));
            JudgedClaim judged = result.claims().get(k);
            rows.set(readRows.get(k), new Row(row.text(), row.expected(), judged.label(), languages.get(k),
                    judged.verdict().reasonEn(), row.about()));
        }
        int right = (int) rows.stream().filter(r -> r.read() && r.right()).count();
        return new ParaphraseScore(rows.size(), read.size(), right, rows);
    }

    /** "443 claims, 400 read (90.3%), 350 right (79.0%)". */
    String summary() {
        return String.format(Locale.ROOT, "%d claims, %d read (%.1f%%), %d right (%.1f%%)", claims, read,
                100.0 * read / claims, right, 100.0 * right / claims);
    }

    /** Every claim not read, or read with another verdict, one a line. */
    List<String> misses() {
        List<String> misses = new ArrayList<>();
        for (Row r : rows) {
            if (!r.read()) {
                misses.add("unread  " + r.text() + "  -- " + r.problem());
            } else if (!r.right()) {
                misses.add("wrong   " + r.text() + "  -- " + r.verdict().label() + ", expected " + r.expected().label()
                        + (r.problem() == null || r.problem().isEmpty() ? "" : " (" + r.problem() + ")"));
            }
        }
        return misses;
    }
}
