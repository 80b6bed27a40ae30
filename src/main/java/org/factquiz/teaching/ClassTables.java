package org.factquiz.teaching;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.factquiz.stats.CardSummary;
import org.factquiz.stats.LearnerSummary;
import org.factquiz.teaching.Table.Cell;
import org.factquiz.teaching.Table.Column;

/** The class as tables: every learner at a glance, and one learner's cards. */
public final class ClassTables {
    private ClassTables() {
    }

    /** The learners, each name linking to {@code linkPrefix} + the learner's id. */
    public static Table learners(List<LearnerSummary> learners, String linkPrefix, ZoneId zone, Words w) {
        List<Column> columns = List.of(new Column(w.get("col.learner"), false), new Column(w.get("col.quizzes"), true),
                new Column(w.get("col.answers"), true), new Column(w.get("col.right"), true),
                new Column(w.get("col.cards"), true), new Column(w.get("col.due"), true),
                new Column(w.get("col.last"), false));
        List<List<Cell>> rows = new ArrayList<>();
        for (LearnerSummary learner : learners) {
            rows.add(List.of(Cell.link(learner.name(), linkPrefix + learner.learnerId()), ItemTables.count(learner.quizzes()),
                    ItemTables.count(learner.answers()), learner.answers() == 0 ? Cell.none()
                            : ItemTables.share(OptionalDouble.of(learner.score()), w), ItemTables.count(learner.cards()),
                    ItemTables.count(learner.due()), time(learner.lastActive(), zone, w)));
        }
        return new Table("learners", w.get("table.learners.caption"), columns, rows);
    }

    /** A learner's active cards. */
    public static Table cards(String learner, List<CardSummary> cards, ZoneId zone, Words w) {
        List<Column> columns = List.of(new Column(w.get("col.question"), false), new Column(w.get("col.id"), false),
                new Column(w.get("col.topic"), false), new Column(w.get("col.due-date"), false),
                new Column(w.get("col.recall"), true), new Column(w.get("col.reps"), true),
                new Column(w.get("col.lapses"), true), new Column(w.get("col.state"), false));
        List<List<Cell>> rows = new ArrayList<>();
        for (CardSummary card : cards) {
            rows.add(List.of(Cell.text(card.prompt()), Cell.text(card.questionId()), Cell.text(card.topic()),
                    time(card.due(), zone, w), ItemTables.share(OptionalDouble.of(card.retrievability()), w),
                    ItemTables.count(card.reps()), ItemTables.count(card.lapses()),
                    new Cell(w.get("state." + card.state()), card.state())));
        }
        return new Table("cards", w.format("table.cards.caption", learner), columns, rows);
    }

    /** A time as the reader's language writes it on the page; ISO 8601 in the CSV. */
    static Cell time(Instant at, ZoneId zone, Words w) {
        if (at == null) {
            return new Cell(w.get("never"), "");
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(w.locale()).withZone(zone);
        return new Cell(format.format(at), at.atZone(zone).toOffsetDateTime().toString());
    }
}
