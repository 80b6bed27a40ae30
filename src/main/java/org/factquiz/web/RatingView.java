package org.factquiz.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factquiz.learning.Reviews;
import org.factquiz.review.Rating;

/**
 * The rating part of a feedback page: for a right answer, a button per rating with when it would
 * bring the question back, the chosen one marked; for a wrong one, when the question comes back.
 */
public record RatingView(String action, boolean right, boolean open, List<Choice> choices, String chosen,
                         String chosenWhen, String message) {
    public RatingView {
        choices = List.copyOf(choices);
    }

    /** A rating button: the value sent, its words, when it brings the question back, whether it is the rating now. */
    public record Choice(String value, String label, String when, boolean current) {
    }

    static RatingView of(Reviews.Outcome outcome, Messages t, String status) {
        Instant at = outcome.review().reviewedAt();
        Rating current = outcome.review().rating();
        List<Choice> choices = new ArrayList<>();
        for (Map.Entry<Rating, Instant> choice : outcome.choices().entrySet()) {
            choices.add(new Choice(choice.getKey().key(), t.get("rating." + choice.getKey().key()),
                    When.from(at, choice.getValue(), t), choice.getKey() == current));
        }
        String chosenWhen = When.from(at, outcome.card().card().due(), t);
        String chosen = t.get("rating." + current.key());
        String message = switch (status == null ? "" : status) {
            case "rated" -> t.format("rating.saved", chosen, chosenWhen);
            case "closed" -> t.format("rating.closed", chosen);
            default -> "";
        };
        boolean open = outcome.rerateable() && outcome.review().correct();
        return new RatingView("/reviews/" + outcome.review().id() + "/rating", outcome.review().correct(), open, choices,
                chosen, chosenWhen, message);
    }

    /** The current rating's words in lower case, for running text. */
    public String chosenLower(Locale locale) {
        return chosen.toLowerCase(locale);
    }
}
