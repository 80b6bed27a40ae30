package org.factquiz.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.Attempts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.learning.QuestionSet;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.ResponseReader;
import org.factquiz.learning.Reviews;
import org.factquiz.learning.TakenAttempt;
import org.factquiz.model.Language;
import org.factquiz.store.Answer;
import org.factquiz.store.Attempt;
import org.factquiz.store.User;

/** The quiz pages: start, question, answer, feedback, result, progress and the article. Each handler parses, calls a service, renders. */
final class QuizPages {
    private static final int DEFAULT_COUNT = 10;

    private final Pages pages;
    private final QuizCatalog catalog;
    private final Attempts attempts;
    private final Accounts accounts;
    private final BrowserSessions sessions;
    private final Reviews reviews;
    private final ReviewPages review;

    QuizPages(Pages pages, QuizCatalog catalog, Attempts attempts, Accounts accounts, BrowserSessions sessions,
              Reviews reviews, ReviewPages review) {
        this.pages = pages;
        this.catalog = catalog;
        this.attempts = attempts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.reviews = reviews;
        this.review = review;
    }

    void start(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        showStart(ctx, visit, HttpStatus.OK, visit.language(), Set.of(), Set.of(), DEFAULT_COUNT, List.of());
    }

    void begin(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        QuestionSet set = catalog.current();
        Language language = language(ctx.formParam("language"));
        Set<String> topics = new HashSet<>(ctx.formParams("topic"));
        Set<String> skills = new HashSet<>(ctx.formParams("skill"));
        if (language == null || !set.topics().containsAll(topics) || !QuestionSet.SKILLS.containsAll(skills)) {
            throw new MalformedRequest("unknown language, topic or skill");
        }
        Integer count = integer(ctx.formParam("count"));
        if (count == null || count < 1 || count > Attempts.MAX_QUESTIONS) {
            showStart(ctx, visit, HttpStatus.UNPROCESSABLE_CONTENT, language, topics, skills, DEFAULT_COUNT,
                    List.of(new Page.FieldError("count", Messages.of(visit.language()).format("start.count-invalid",
                            Attempts.MAX_QUESTIONS))));
            return;
        }
        User user = visit.user().orElse(null);
        if (user == null) {
            user = accounts.guest();
            visit = pages.visitors().replace(ctx, sessions.signIn(visit.session(), user.id()));
        }
        Optional<Attempt> started = attempts.start(user, new Attempts.Choice(language, List.copyOf(topics),
                List.copyOf(skills), count));
        if (started.isEmpty()) {
            showStart(ctx, visit, HttpStatus.UNPROCESSABLE_CONTENT, language, topics, skills, count,
                    List.of(new Page.FieldError("topic-" + set.topics().get(0), Messages.of(visit.language())
                            .get("start.no-questions"))));
            return;
        }
        Pages.seeOther(ctx, "/attempts/" + started.get().id() + "/questions/1");
    }

    void resume(Context ctx) {
        TakenAttempt taken = owned(ctx);
        Pages.seeOther(ctx, taken.nextOpen().map(p -> questionPath(taken, p)).orElse(resultPath(taken)));
    }

    void question(Context ctx) {
        TakenAttempt taken = owned(ctx);
        int position = position(ctx, taken);
        if (taken.answer(position).isPresent()) {
            Pages.seeOther(ctx, questionPath(taken, position) + "/feedback");
            return;
        }
        showQuestion(ctx, taken, position, Map.of(), List.of(), HttpStatus.OK);
    }

    void answer(Context ctx) {
        TakenAttempt taken = owned(ctx);
        int position = position(ctx, taken);
        if (taken.answer(position).isPresent()) {
            Pages.seeOther(ctx, questionPath(taken, position) + "/feedback?again");
            return;
        }
        Map<String, List<String>> fields = ctx.formParamMap();
        ResponseReader.Reading reading = ResponseReader.read(taken.question(position), fields, taken.attempt().language());
        if (reading instanceof ResponseReader.Malformed malformed) {
            throw new MalformedRequest(malformed.reason());
        }
        if (reading instanceof ResponseReader.Unanswered unanswered) {
            Messages t = Messages.of(taken.attempt().language());
            QuestionForm form = QuestionForm.of(taken.attempt().id(), position, taken.size(), taken.question(position), catalog,
                    taken.attempt().language(), t, fields);
            showQuestion(ctx, taken, position, fields, List.of(new Page.FieldError(form.firstInputId(),
                    t.get(unanswered.message()))), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        Attempts.Recorded recorded = attempts.answer(taken, position, (ResponseReader.Given) reading);
        Pages.seeOther(ctx, questionPath(taken, position) + "/feedback"
                + (recorded == Attempts.Recorded.ALREADY_ANSWERED ? "?again" : ""));
    }

    void feedback(Context ctx) {
        TakenAttempt taken = owned(ctx);
        int position = position(ctx, taken);
        Optional<Answer> answer = taken.answer(position);
        if (answer.isEmpty()) {
            Pages.seeOther(ctx, questionPath(taken, position));
            return;
        }
        Messages t = Messages.of(taken.attempt().language());
        Page page = pages.frame(ctx, pages.visitors().visit(ctx), taken.attempt().language(), "feedback.title", false);
        page = page.titled(t.format("feedback.title", position, taken.size()));
        String status = ctx.queryParamMap().containsKey("rated") ? "rated"
                : ctx.queryParamMap().containsKey("closed") ? "closed" : "";
        RatingView rating = reviews.outcome(taken.attempt().userId(), taken.attempt().id() + "-" + position)
                .map(o -> RatingView.of(o, t, status)).orElse(null);
        pages.render(ctx, "feedback.jte", page, "feedback",
                FeedbackView.of(taken, position, answer.get(), ctx.queryParamMap().containsKey("again"), t,
                        catalog.articles()), "rating", rating);
    }

    void result(Context ctx) {
        TakenAttempt taken = owned(ctx);
        Page page = pages.frame(ctx, pages.visitors().visit(ctx), taken.attempt().language(), "result.title", false);
        List<ResultView.Reread> reread = taken.reread().stream().map(r -> new ResultView.Reread(r.position(),
                r.question().prompt().get(taken.attempt().language()), FeedbackView.quotes(r.question(), catalog.articles()))).toList();
        String next = taken.nextOpen().map(p -> questionPath(taken, p)).orElse("");
        pages.render(ctx, "result.jte", page, "result", new ResultView(taken.right(), taken.answers().size(), taken.size(),
                named(taken.scoreByTopic(), taken.attempt().language()), reread, next));
    }

    void progress(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        pages.render(ctx, "progress.jte", pages.frame(ctx, "progress.title"), "rows", history(visit));
    }

    void article(Context ctx) {
        pages.render(ctx, "article.jte", pages.frame(ctx, "article.title"), "articles", catalog.articles());
    }

    /** The scores per topic, each topic by its name in the quiz's language. */
    private List<TakenAttempt.TopicScore> named(List<TakenAttempt.TopicScore> scores, Language l) {
        return scores.stream().map(s -> new TakenAttempt.TopicScore(catalog.topicName(s.topic(), l), s.right(), s.asked()))
                .toList();
    }

    private void showStart(Context ctx, Visit visit, HttpStatus status, Language quizLanguage, Set<String> topics,
                           Set<String> skills, int count, List<Page.FieldError> errors) {
        QuestionSet set = catalog.current();
        Messages t = Messages.of(visit.language());
        List<StartView.Choice> topicChoices = set.topics().stream()
                .map(topic -> new StartView.Choice(topic, "topic-" + topic, catalog.topicName(topic, visit.language()),
                        topics.contains(topic))).toList();
        List<StartView.Choice> skillChoices = set.skills().stream()
                .map(skill -> new StartView.Choice(skill, "skill-" + skill, t.get("skill." + skill), skills.contains(skill)))
                .toList();
        StartView view = new StartView(set.articles(), set.questions().size(), quizLanguage.code(), topicChoices,
                skillChoices, count, Attempts.MAX_QUESTIONS, history(visit), review.dueCount(visit));
        pages.render(ctx, status, "start.jte", pages.frame(ctx, "start.title").withErrors(errors), "start", view);
    }

    private List<ProgressRow> history(Visit visit) {
        if (visit.userId() == null) {
            return List.of();
        }
        Messages t = Messages.of(visit.language());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(t.locale()).withZone(ZoneId.systemDefault());
        List<ProgressRow> rows = new ArrayList<>();
        for (TakenAttempt taken : attempts.history(visit.userId())) {
            boolean done = taken.complete();
            String link = done ? resultPath(taken) : questionPath(taken, taken.nextOpen().orElse(1));
            rows.add(new ProgressRow(when.format(taken.attempt().startedAt()), t.get("language." + taken.attempt().language()
                    .code()), taken.right(), taken.answers().size(), taken.size(), done, link));
        }
        return rows;
    }

    private void showQuestion(Context ctx, TakenAttempt taken, int position, Map<String, List<String>> sent,
                              List<Page.FieldError> errors, HttpStatus status) {
        Language l = taken.attempt().language();
        Messages t = Messages.of(l);
        Page frame = pages.frame(ctx, pages.visitors().visit(ctx), l, "question.title", false);
        Page page = frame.titled(t.format("question.title", position, taken.size())).withErrors(errors);
        pages.render(ctx, status, "question.jte", page, "form",
                QuestionForm.of(taken.attempt().id(), position, taken.size(), taken.question(position), catalog, l, t, sent));
    }

    /** The attempt of the path, if it is the visitor's; anyone else's is not found, like one that does not exist. */
    private TakenAttempt owned(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        return attempts.find(ctx.pathParam("attempt"), visit.userId()).orElseThrow(NotFound::new);
    }

    private static int position(Context ctx, TakenAttempt taken) {
        Integer position = integer(ctx.pathParam("position"));
        if (position == null || !taken.hasPosition(position)) {
            throw new NotFound();
        }
        return position;
    }

    private static String questionPath(TakenAttempt taken, int position) {
        return "/attempts/" + taken.attempt().id() + "/questions/" + position;
    }

    private static String resultPath(TakenAttempt taken) {
        return "/attempts/" + taken.attempt().id() + "/result";
    }

    static Language language(String code) {
        if (code == null) {
            return null;
        }
        for (Language l : Language.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }

    private static Integer integer(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }
}
