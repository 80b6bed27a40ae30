package org.factquiz.web;

import java.util.List;
import org.factquiz.teaching.Table;

/**
 * The class page: a summary, the flagged questions in words, the class's scores over time (chart
 * and table), the learners, and the question set's downloads.
 */
public record TeacherView(String summary, List<String> flagged, String noneFlagged, String scoresChart, Table scores,
                          Table learners, List<Download> exports) {
    public TeacherView {
        flagged = List.copyOf(flagged);
        exports = List.copyOf(exports);
    }

    /** A file to download: its words and address. */
    public record Download(String text, String href) {
    }
}
