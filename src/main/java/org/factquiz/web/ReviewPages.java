package org.factquiz.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.ResponseReader;
import org.factquiz.learning.Reviews;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Rating;
import org.factquiz.review.ReviewQueue;
import org.factquiz.store.CardReview;

/**
 * The review pages: what is due, one due question at a time (always as the facts ask it now), the
 * feedback with the rating buttons, the rating itself (also from a quiz's feedback page), the
 * notice about retired questions and the desired-retention setting. Handlers parse, call
 * {@link Reviews}, render.
 */
final class ReviewPages {
    private final Pages pages;
    private final Reviews reviews;
    private final QuizCatalog catalog;
    private final Clock clock;

    ReviewPages(Pages pages, Reviews reviews, QuizCatalog catalog, Clock clock) {
        this.pages = pages;
        this.reviews = reviews;
        this.catalog = catalog;
        this.clock = clock;
    }

    void overview(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        Messages t = Messages.of(visit.language());
        String user = visit.userId();
        if (user == null) {
            pages.render(ctx, "review.jte", pages.frame(ctx, "review.title"), "review",
                    new ReviewView(false, 0, 0, "", "", List.of(), List.of(), ""));
            return;
        }
        ReviewQueue queue = reviews.queue(user);
        List<ReviewView.Notice> notices = new ArrayList<>();
        for (Reviews.Retired retired : reviews.untoldRetirements(user)) {
            String asked = retired.learned().map(q -> q.prompt().get(visit.language())).orElse(retired.card().questionId());
            if (retired.card().retirement().reason() == LearnerCard.Retirement.Reason.ANSWER_CHANGED) {
                String now = retired.now().map(q -> String.join("; ", AnswerWords.correct(q, visit.language(), t))).orElse("");
                notices.add(new ReviewView.Notice(t.format("review.retired-changed", asked), now.isEmpty() ? ""
                        : t.format("review.retired-changed-now", now)));
            } else {
                notices.add(new ReviewView.Notice(t.format("review.retired-gone", asked), ""));
            }
        }
        String next = queue.nextDue().map(at -> When.from(clock.instant(), at, t)).orElse("");
        String start = queue.due().isEmpty() ? "" : "/review/cards/" + queue.due().get(0).questionId();
        boolean hasCards = !queue.due().isEmpty() || queue.later() > 0 || !notices.isEmpty();
        String saved = ctx.queryParamMap().containsKey("saved")
                ? t.format("review.retention-saved", percent(reviews.retention(user), t)) : "";
        pages.render(ctx, "review.jte", pages.frame(ctx, "review.title"), "review", new ReviewView(hasCards,
                queue.due().size(), queue.later(), next, start, notices, retentions(user, t), saved));
    }

    void card(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        String user = visit.userId();
        Optional<Reviews.DueCard> due = user == null ? Optional.empty() : reviews.due(user, ctx.pathParam("question"));
        if (due.isEmpty()) {
            Pages.seeOther(ctx, "/review");
            return;
        }
        showCard(ctx, visit, due.get(), Map.of(), List.of(), HttpStatus.OK);
    }

    void answer(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        String user = visit.userId();
        String question = ctx.pathParam("question");
        Integer reps = number(ctx.pathParam("reps"));
        Optional<Reviews.DueCard> due = user == null || reps == null ? Optional.empty() : reviews.due(user, question);
        if (due.isEmpty() || due.get().card().card().reps() != reps) {
            // Answered already (a second submit, or another tab): show what became of the first answer.
            Pages.seeOther(ctx, user == null ? "/review" : latestFeedback(user, question));
            return;
        }
        Map<String, List<String>> fields = ctx.formParamMap();
        ResponseReader.Reading reading = ResponseReader.read(due.get().question(), fields, visit.language());
        if (reading instanceof ResponseReader.Malformed malformed) {
            throw new MalformedRequest(malformed.reason());
        }
        if (reading instanceof ResponseReader.Unanswered unanswered) {
            Messages t = Messages.of(visit.language());
            QuestionForm form = form(visit, due.get(), fields, t);
            showCard(ctx, visit, due.get(), fields, List.of(new Page.FieldError(form.firstInputId(),
                    t.get(unanswered.message()))), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        Optional<String> review = reviews.answer(user, question, reps, (ResponseReader.Given) reading);
        Pages.seeOther(ctx, review.map(id -> "/review/answers/" + id).orElse(latestFeedback(user, question)));
    }

    void feedback(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        String user = visit.userId();
        Reviews.Outcome outcome = user == null ? null : reviews.outcome(user, ctx.pathParam("review"))
                .filter(o -> o.review().source() == CardReview.Source.REVIEW).orElse(null);
        if (outcome == null) {
            throw new NotFound();
        }
        Language l = visit.language();
        Messages t = Messages.of(l);
        Question q = outcome.question();
        ReviewQueue queue = reviews.queue(user);
        String next = queue.due().isEmpty() ? "/review" : "/review/cards/" + queue.due().get(0).questionId();
        FeedbackView view = new FeedbackView(1, 1, outcome.review().correct(), false, q.prompt().get(l),
                AnswerWords.given(q, outcome.review().response(), l), AnswerWords.correct(q, l, t), FeedbackView.quotes(q, catalog.articles()), FeedbackView.chain(q, l), next, queue.due().isEmpty());
        pages.render(ctx, "feedback.jte", pages.frame(ctx, "review.feedback-title"), "feedback", view,
                "rating", RatingView.of(outcome, t, status(ctx)),
                "nextLabel", t.get(queue.due().isEmpty() ? "review.done" : "review.next"));
    }

    /** The learner's own rating of a review, from a quiz's feedback page or the review's. */
    void rate(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        String user = visit.userId();
        Reviews.Outcome outcome = user == null ? null : reviews.outcome(user, ctx.pathParam("review")).orElse(null);
        if (outcome == null) {
            throw new NotFound();
        }
        Rating rating;
        try {
            rating = Rating.named(String.valueOf(ctx.formParam("rating")));
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest("not a rating: " + ctx.formParam("rating"));
        }
        if (!outcome.choices().containsKey(rating)) {
            throw new MalformedRequest("a wrong answer is rated again, not " + rating);
        }
        boolean rated = reviews.rate(user, outcome.review().id(), rating);
        Pages.seeOther(ctx, feedbackPath(outcome) + (rated ? "?rated" : "?closed"));
    }

    void acknowledge(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        if (visit.userId() != null) {
            reviews.acknowledgeRetirements(visit.userId());
        }
        Pages.seeOther(ctx, "/review");
    }

    void settings(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        if (visit.userId() == null) {
            Pages.seeOther(ctx, "/review");
            return;
        }
        double retention;
        try {
            retention = Double.parseDouble(String.valueOf(ctx.formParam("retention")));
        } catch (NumberFormatException e) {
            throw new MalformedRequest("not a retention: " + ctx.formParam("retention"));
        }
        if (!reviews.setRetention(visit.userId(), retention)) {
            throw new MalformedRequest("not a retention to choose: " + retention);
        }
        Pages.seeOther(ctx, "/review?saved");
    }

    /** How many cards are due for the visitor, for the start page and the menu; 0 without a user. */
    int dueCount(Visit visit) {
        return visit.userId() == null ? 0 : reviews.queue(visit.userId()).due().size();
    }

    private void showCard(Context ctx, Visit visit, Reviews.DueCard due, Map<String, List<String>> sent,
                          List<Page.FieldError> errors, HttpStatus status) {
        Messages t = Messages.of(visit.language());
        int count = reviews.queue(visit.userId()).due().size();
        Page page = pages.frame(ctx, visit, visit.language(), "review.title", false)
                .titled(t.format("review.card-title", count)).withErrors(errors);
        pages.render(ctx, status, "question.jte", page, "form", form(visit, due, sent, t));
    }

    private QuestionForm form(Visit visit, Reviews.DueCard due, Map<String, List<String>> sent, Messages t) {
        return QuestionForm.of("review", 1, 1, due.question(), catalog, visit.language(), t, sent)
                .withAction("/review/cards/" + due.card().questionId() + "/" + due.card().card().reps());
    }

    private String latestFeedback(String user, String question) {
        return reviews.outcome(user, reviews.latestReviewId(user, question).orElse(""))
                .map(ReviewPages::feedbackPath).orElse("/review");
    }

    private static String feedbackPath(Reviews.Outcome outcome) {
        CardReview.Source source = outcome.review().source();
        if (source == CardReview.Source.QUIZ) {
            return "/attempts/" + outcome.review().attemptId() + "/questions/" + outcome.review().position() + "/feedback";
        }
        return "/review/answers/" + outcome.review().id();
    }

    private static String status(Context ctx) {
        if (ctx.queryParamMap().containsKey("rated")) {
            return "rated";
        }
        return ctx.queryParamMap().containsKey("closed") ? "closed" : "";
    }

    private List<ReviewView.RetentionChoice> retentions(String user, Messages t) {
        double mine = reviews.retention(user);
        List<ReviewView.RetentionChoice> choices = new ArrayList<>();
        for (double r : Reviews.RETENTIONS) {
            String label = percent(r, t) + (r == reviews.defaultRetention() ? " (" + t.get("review.retention-default") + ")" : "");
            String value = Double.toString(r);
            choices.add(new ReviewView.RetentionChoice(value, "retention-" + value.replace('.', '-'), label, r == mine));
        }
        return choices;
    }

    private static String percent(double share, Messages t) {
        NumberFormat format = NumberFormat.getPercentInstance(t.locale());
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    private static Integer number(String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.valueOf(text) : null;
    }
}
