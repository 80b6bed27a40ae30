package org.factquiz.web;

import java.util.List;
import org.factquiz.model.Language;

/**
 * What every page's frame needs: its words, title, the form token, who is signed in (and whether
 * as a teacher), and where the language switch leads back to ({@code switchLanguage} false inside
 * a quiz, whose language was chosen at its start).
 *
 * @param errors the error summary's entries: a message and the id of the field it is about
 */
public record Page(Messages t, String title, String csrf, String userName, boolean guest, String path,
                   boolean switchLanguage, List<FieldError> errors, boolean teacher) {
    public Page {
        errors = List.copyOf(errors);
    }

    /** An entry of the error summary: its words and the field it links to. */
    public record FieldError(String field, String message) {
    }

    public Language language() {
        return t.language();
    }

    public String lang() {
        return t.language().code();
    }

    public String other() {
        return t.language() == Language.EN ? "de" : "en";
    }

    public boolean signedIn() {
        return userName != null;
    }

    /** The words for a key. */
    public String w(String key) {
        return t.get(key);
    }

    /** The words for a key, with values filled in. */
    public String f(String key, Object... values) {
        return t.format(key, values);
    }

    /** The page title as the browser shows it: errors first, so a screen reader hears them at once. */
    public String fullTitle() {
        String base = title + " – " + t.get("site.name");
        return errors.isEmpty() ? base : t.get("error.summary") + ": " + base;
    }

    /** The error about {@code field}, or null: shown beside the field it is about. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public Page withErrors(List<FieldError> newErrors) {
        return new Page(t, title, csrf, userName, guest, path, switchLanguage, newErrors, teacher);
    }

    /** This frame with another title. */
    public Page titled(String newTitle) {
        return new Page(t, newTitle, csrf, userName, guest, path, switchLanguage, errors, teacher);
    }
}
