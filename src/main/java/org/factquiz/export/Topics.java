package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factquiz.quiz.Question;

/**
 * Questions grouped by topic, the way a question bank files them: topics in name order, the quiz
 * order kept within each. The category of a topic sits below one named after the article.
 */
final class Topics {
    private Topics() {
    }

    static Map<String, List<Question>> grouped(List<Question> questions) {
        Map<String, List<Question>> byTopic = new TreeMap<>();
        for (Question q : questions) {
            byTopic.computeIfAbsent(q.topic(), k -> new ArrayList<>()).add(q);
        }
        return byTopic;
    }

    /** Moodle's category path "title/topic"; a slash inside a name is written twice, as Moodle reads it. */
    static String moodleCategory(String title, String topic) {
        return oneLine(title).replace("/", "//") + "/" + oneLine(topic).replace("/", "//");
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
