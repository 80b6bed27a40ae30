package org.factquiz.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.store.Role;
import org.factquiz.store.User;

/** Renders a page: the frame's {@link Page} and the page's own model, through its template. */
final class Pages {
    /** The request attribute that says a page of ours is the response (an error mapper leaves it alone). */
    static final String RENDERED = "factquiz.rendered";
    private final Templates templates = new Templates();
    private final Visitors visitors;

    Pages(Visitors visitors) {
        this.visitors = visitors;
    }

    Visitors visitors() {
        return visitors;
    }

    /** The frame of a page in the visitor's language. */
    Page frame(Context ctx, String titleKey) {
        Visit visit = visitors.visit(ctx);
        return frame(ctx, visit, visit.language(), titleKey, true);
    }

    /** The frame of a page in a given language ({@code switchable} false inside a quiz). */
    Page frame(Context ctx, Visit visit, Language language, String titleKey, boolean switchable) {
        Messages t = Messages.of(language);
        String name = visit.user().filter(u -> !u.isGuest()).map(User::name).orElse(null);
        boolean guest = visit.user().map(User::isGuest).orElse(false);
        String path = ctx.path();
        boolean teacher = visit.user().map(u -> u.role() == Role.TEACHER).orElse(false);
        return new Page(t, t.get(titleKey), visit.session().csrfToken(), name, guest, path, switchable, List.of(), teacher);
    }

    void render(Context ctx, String template, Page page, Object... nameValues) {
        render(ctx, HttpStatus.OK, template, page, nameValues);
    }

    void render(Context ctx, HttpStatus status, String template, Page page, Object... nameValues) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            model.put((String) nameValues[i], nameValues[i + 1]);
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render(template, model));
        ctx.attribute(RENDERED, true);
    }

    /** An error page: not found, bad request, expired form, our failure. */
    void problem(Context ctx, HttpStatus status, String titleKey, String textKey) {
        problem(ctx, status, titleKey, textKey, List.of());
    }

    /** An error page with the problems named, one per line (a rule's file:line and what went wrong). */
    void problem(Context ctx, HttpStatus status, String titleKey, String textKey, List<String> details) {
        Visit visit = visitors.visit(ctx);
        Page page = frame(ctx, visit, visit.language(), titleKey, true);
        render(ctx, status, "problem.jte", page, "text", page.w(textKey), "details", details);
    }

    /** A redirect after a POST or to where a page really is: 303, so the browser GETs it. */
    static void seeOther(Context ctx, String path) {
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }
}
