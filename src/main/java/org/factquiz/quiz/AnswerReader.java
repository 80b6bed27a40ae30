package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.model.Language;

/** Reads a learner's typed answer and judges it; empty when the answer cannot be read at all. */
public final class AnswerReader {
    private static final Set<String> TRUE_WORDS = Set.of("true", "t", "yes", "y", "richtig", "r", "wahr", "w", "ja", "j");
    private static final Set<String> FALSE_WORDS = Set.of("false", "f", "no", "n", "falsch", "nein");

    private AnswerReader() {
    }

    public static Optional<Boolean> judge(Question q, String line, Language language) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> valid = q.choices().stream().map(Question.Choice::id).toList();
        Question.Answer a = q.answer();
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                List<String> letters = tokens(text);
                if (letters.size() != 1 || !valid.contains(letters.get(0))) {
                    return Optional.empty();
                }
                return Optional.of(a.choices().contains(letters.get(0)));
            }
            case MULTIPLE_RESPONSE -> {
                List<String> letters = tokens(text);
                if (letters.isEmpty() || !valid.containsAll(letters)) {
                    return Optional.empty();
                }
                return Optional.of(new HashSet<>(letters).equals(new HashSet<>(a.choices())));
            }
            case TRUE_FALSE -> {
                String word = text.replaceAll("[).]$", "");
                boolean saidTrue = TRUE_WORDS.contains(word) || word.equals("a");
                boolean saidFalse = FALSE_WORDS.contains(word) || word.equals("b");
                if (saidTrue == saidFalse) {
                    return Optional.empty();
                }
                return Optional.of(saidTrue == a.truth());
            }
            case NUMERIC -> {
                Double value = parseNumber(text, language);
                if (value == null) {
                    return Optional.empty();
                }
                return Optional.of(Math.abs(value - a.number()) <= a.tolerance() + 1e-9);
            }
            case ORDERING, MATCHING -> {
                List<String> letters = tokens(text);
                int expected = a.choices().size();
                boolean allValid = valid.containsAll(letters);
                boolean complete = letters.size() == expected
                        && (q.type() == org.factquiz.model.QuestionType.MATCHING || new HashSet<>(letters).size() == expected);
                if (!allValid || !complete) {
                    return Optional.empty();
                }
                return Optional.of(letters.equals(a.choices()));
            }
            case CLOZE -> {
                return Optional.of(a.accepted().stream().anyMatch(w -> normal(w).equals(normal(line))));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[\\s,;)]+")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * Reads "60", "3.5" or "3,5" (a decimal comma in either language), and thousands grouped as
     * the language groups them: "1,000" in English, "1.000" in German.
     */
    static Double parseNumber(String text, Language language) {
        String t = text.strip().replace(" ", "");
        String grouping = language == Language.DE ? "\\." : ",";
        if (t.matches("\\d{1,3}(" + grouping + "\\d{3})+")) {
            t = t.replaceAll(grouping, "");
        } else {
            t = t.replace(',', '.');
        }
        // Plain digits only: Double.parseDouble would also take "NaN", "1e3" or "60f".
        return t.matches("-?\\d+(\\.\\d+)?") ? Double.parseDouble(t) : null;
    }

    static String number(Double value, Language language) {
        return Writer.number(value, language);
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[„“”\"'.,!?]", "");
    }
}
