package org.factquiz.web;

/** A request our pages never send (an option a question lacks, an unknown topic): 400, logged at DEBUG only. */
final class MalformedRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedRequest(String reason) {
        super(reason, null, false, false);
    }
}
