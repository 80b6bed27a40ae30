package org.factquiz.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.model.Language;
import org.factquiz.store.User;

/** Signing up, in and out, continuing as a guest, and choosing the pages' language. */
final class AccountPages {
    private final Pages pages;
    private final Accounts accounts;
    private final BrowserSessions sessions;

    AccountPages(Pages pages, Accounts accounts, BrowserSessions sessions) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void signInPage(Context ctx) {
        pages.render(ctx, "sign-in.jte", pages.frame(ctx, "account.sign-in"), "form", new AccountForm("", false));
    }

    void signUpPage(Context ctx) {
        pages.render(ctx, "sign-up.jte", pages.frame(ctx, "account.sign-up"), "form",
                new AccountForm("", isGuest(pages.visitors().visit(ctx))));
    }

    void signIn(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        String name = ctx.formParam("name");
        Accounts.Outcome outcome = accounts.signIn(name, ctx.formParam("password"), pages.visitors().client(ctx));
        if (outcome.user().isEmpty()) {
            Messages t = Messages.of(visit.language());
            long minutes = Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60);
            List<Page.FieldError> errors = outcome.problems().stream()
                    .map(p -> new Page.FieldError(p.field(), t.format(p.message(), minutes))).toList();
            HttpStatus status = outcome.retryAfter().isZero() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.TOO_MANY_REQUESTS;
            pages.render(ctx, status, "sign-in.jte", pages.frame(ctx, "account.sign-in").withErrors(errors), "form",
                    new AccountForm(name == null ? "" : name, false));
            return;
        }
        pages.visitors().replace(ctx, sessions.signIn(visit.session(), outcome.user().get().id()));
        Pages.seeOther(ctx, "/");
    }

    void signUp(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        String name = ctx.formParam("name");
        Optional<User> guest = visit.user().filter(User::isGuest);
        Accounts.Outcome outcome = accounts.signUp(name, ctx.formParam("password"), ctx.formParam("confirmation"), guest);
        if (outcome.user().isEmpty()) {
            Messages t = Messages.of(visit.language());
            List<Page.FieldError> errors = outcome.problems().stream()
                    .map(p -> new Page.FieldError(p.field(), t.get(p.message()))).toList();
            pages.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "sign-up.jte",
                    pages.frame(ctx, "account.sign-up").withErrors(errors), "form",
                    new AccountForm(name == null ? "" : name, guest.isPresent()));
            return;
        }
        pages.visitors().replace(ctx, sessions.signIn(visit.session(), outcome.user().get().id()));
        Pages.seeOther(ctx, "/");
    }

    void guest(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        if (visit.user().isEmpty()) {
            pages.visitors().replace(ctx, sessions.signIn(visit.session(), accounts.guest().id()));
        }
        Pages.seeOther(ctx, "/");
    }

    void signOut(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        sessions.signOut(visit.session());
        pages.visitors().replace(ctx, sessions.open(visit.language()));
        Pages.seeOther(ctx, "/");
    }

    /** {@code /language/de?back=/article}: the pages in another language, back where the learner was. */
    void language(Context ctx) {
        Language language = QuizPages.language(ctx.pathParam("language"));
        if (language == null) {
            throw new NotFound();
        }
        Visit visit = pages.visitors().visit(ctx);
        pages.visitors().changed(ctx, sessions.withLanguage(visit.session(), language));
        String back = ctx.queryParam("back");
        // Only a path of this site: never a redirect elsewhere ("//host", "/\host", "https:").
        boolean local = back != null && back.matches("/(?![/\\\\])[A-Za-z0-9/_\\-]*");
        Pages.seeOther(ctx, local ? back : "/");
    }

    private static boolean isGuest(Visit visit) {
        return visit.user().map(User::isGuest).orElse(false);
    }
}
