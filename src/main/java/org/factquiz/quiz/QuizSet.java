package org.factquiz.quiz;

import java.util.List;
import java.util.Map;

/**
 * The verified questions from one fact base, the drafts the engine dropped and why, the facts no
 * question reaches and why, and measures of giveaways.
 */
public record QuizSet(List<Question> questions, List<Dropped> dropped, List<Uncovered> uncovered, Stats stats) {
    public QuizSet {
        questions = List.copyOf(questions);
        dropped = List.copyOf(dropped);
        uncovered = List.copyOf(uncovered);
    }

    /** A draft that did not become a question. */
    public record Dropped(String question, String type, String reason, String rule) {
    }

    /** A fact no question reaches. */
    public record Uncovered(String fact, String reason) {
    }

    /**
     * Measures of the set a teacher would check. Giveaways over the 4-choice questions: how often the
     * key sits in each position, and how often it is the longest choice (a learner's shortcut when it
     * is much above 1 in 4), in English and per language. Balance: the share of true/false questions,
     * the share of them that are false, and the share testing understanding or inference; how many
     * questions test each skill, and the fewest items of an ordering question (0 when there is none).
     */
    public record Stats(int questions, Map<String, Integer> perType, Map<String, Integer> keyPositions,
                        double largestKeyPositionShare, double keyIsLongestShare,
                        Map<String, Double> keyIsLongestShareByLanguage, Map<String, Integer> perSkill,
                        double trueFalseShare, double falseTrueFalseShare, double understandingOrInferenceShare,
                        int fewestOrderingItems) {
        public Stats {
            perType = Map.copyOf(perType);
            keyPositions = Map.copyOf(keyPositions);
            keyIsLongestShareByLanguage = Map.copyOf(keyIsLongestShareByLanguage);
            perSkill = Map.copyOf(perSkill);
        }
    }
}
