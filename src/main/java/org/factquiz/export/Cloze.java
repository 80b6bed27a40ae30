package org.factquiz.export;

/** Where the gap of a cloze question is: the prompt marks it with three underscores. */
final class Cloze {
    static final String GAP = "___";

    private Cloze() {
    }

    /** The prompt before and after the gap; a prompt without a marker gets its gap at the end. */
    static String[] around(String prompt) {
        int gap = prompt.indexOf(GAP);
        return gap < 0 ? new String[] {prompt + " ", ""}
                : new String[] {prompt.substring(0, gap), prompt.substring(gap + GAP.length())};
    }
}
