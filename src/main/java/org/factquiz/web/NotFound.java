package org.factquiz.web;

/** The page does not exist, or is not the visitor's (another learner's attempt looks exactly like none). */
final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound() {
        super("not found", null, false, false);
    }
}
