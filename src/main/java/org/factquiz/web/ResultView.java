package org.factquiz.web;

import java.util.List;
import org.factquiz.learning.TakenAttempt;

/** The end of a quiz: the score per topic and in all, and what to read again for each wrong answer. */
public record ResultView(int right, int answered, int total, List<TakenAttempt.TopicScore> topics, List<Reread> reread,
                         String continueLink) {
    public ResultView {
        topics = List.copyOf(topics);
        reread = List.copyOf(reread);
    }

    /** A wrongly answered question and its sentences. */
    public record Reread(int position, String prompt, List<FeedbackView.Quote> quotes) {
        public Reread {
            quotes = List.copyOf(quotes);
        }
    }

    public boolean finished() {
        return answered == total;
    }
}
