package org.factquiz.web;

import java.util.List;

/**
 * The review page: how many questions are due and where to start, how many come later and when,
 * the questions retired since the learner's last visit, and the desired-retention setting.
 */
public record ReviewView(boolean hasCards, int due, int later, String nextWhen, String start, List<Notice> retired,
                         List<RetentionChoice> retentions, String saved) {
    public ReviewView {
        retired = List.copyOf(retired);
        retentions = List.copyOf(retentions);
    }

    /** A retired question: what it asked, and how it reads now (empty when gone). */
    public record Notice(String text, String now) {
    }

    /** A desired retention to choose: its value, words and whether it is the learner's now. */
    public record RetentionChoice(String value, String inputId, String label, boolean checked) {
    }
}
