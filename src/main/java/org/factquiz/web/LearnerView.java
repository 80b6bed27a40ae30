package org.factquiz.web;

import org.factquiz.teaching.Table;

/** A learner's page for the teacher: cards and what is due, scores over time (chart and table), the cards. */
public record LearnerView(String summary, String duePerTopic, String scoresChart, Table scores, Table cards, String base) {
}
