package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.SessionResult;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuestionDrop;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.QuizRequest;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;

/**
 * Builds the question set: runs the quiz rules (which propose drafts and verify every option
 * through the claim rules), words the surviving drafts ({@link QuestionWording}), balances the set
 * ({@link SetBalance}) and counts it ({@link QuizCounts}). The order of choices comes from the seed;
 * which questions exist, and their ids, do not.
 */
public final class QuizBuilder {
    private final Knowledge knowledge;
    private final QuestionWording wording;
    private final Writer writer;

    public QuizBuilder(Knowledge knowledge, PhraseBook phrases, QuestionTemplates templates) {
        this.knowledge = knowledge;
        this.writer = new Writer(knowledge.facts(), phrases, templates);
        Map<String, Statement> statements = new HashMap<>();
        knowledge.facts().statements().forEach(s -> statements.putIfAbsent(s.id(), s));
        this.wording = new QuestionWording(writer, statements, new GapWording(writer, knowledge.facts()),
                new Giveaways(knowledge.facts()));
    }

    /**
     * Of several wrong versions of a fact, the most plausible first: one whose substituted subject
     * does the same kind of thing elsewhere in the facts ("Initech makes the chatbot": Initech makes
     * another chatbot), then by id.
     */
    private Comparator<Question> plausibleFirst(VerifiedDrafts verified) {
        return Comparator.<Question>comparingInt(q -> {
            QuestionDraft d = verified.drafts().get(q.id());
            String subject = d == null ? null : d.slots().get("subject");
            String predicate = d == null ? null : d.slots().get("predicate");
            return -(int) knowledge.facts().statements().stream().filter(s -> s instanceof Relation r
                    && r.subject().equals(subject) && r.predicate().equals(predicate)).count();
        }).thenComparing(Question::id);
    }

    public QuizSet build(long seed) {
        SessionResult session = knowledge.run(List.of(new QuizRequest()));
        VerifiedDrafts verified = VerifiedDrafts.of(session);
        List<Question> questions = new ArrayList<>();
        List<QuizSet.Dropped> dropped = new ArrayList<>();
        for (QuestionDraft draft : verified.drafts().values()) {
            QuestionDrop drop = verified.drops().get(draft.id());
            if (drop != null) {
                dropped.add(new QuizSet.Dropped(draft.id(), draft.type().label(), drop.reason(), drop.rule()));
                continue;
            }
            try {
                questions.add(wording.word(draft, verified.optionsOf(draft.id()), new Random(seed ^ draft.id().hashCode())));
            } catch (QuestionWording.CannotWord e) {
                dropped.add(new QuizSet.Dropped(draft.id(), draft.type().label(), e.getMessage(), draft.rule()));
            }
        }
        List<Question> spares = new ArrayList<>();
        questions = SetBalance.withoutRepeats(questions, dropped);
        questions = SetBalance.oneWrongVersionPerFact(questions, plausibleFirst(verified), dropped, spares);
        questions = SetBalance.sameAnswers(questions, dropped);
        questions = SetBalance.oneGapPerSentence(questions, dropped);
        questions = SetBalance.trueFalseShare(questions, dropped, spares);
        try {
            questions = StatementGroups.group(questions, spares, writer, dropped, seed);
        } catch (QuestionWording.CannotWord e) {
            // Without the template the statements stay separate, as dropped true/false questions.
        }
        questions = SetBalance.keyPositions(questions, seed);
        questions = SetBalance.orders(questions, seed);
        dropped.sort(java.util.Comparator.comparing(QuizSet.Dropped::question));
        return new QuizSet(questions, dropped, QuizCounts.uncovered(knowledge.facts(), questions, verified.drafts(),
                dropped), QuizCounts.stats(questions));
    }
}
