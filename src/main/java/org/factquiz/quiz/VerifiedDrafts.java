package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factquiz.engine.SessionResult;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuestionDrop;
import org.factquiz.model.QuizOption;
import org.factquiz.model.RejectedOption;

/**
 * What the quiz session left: every draft by id, the options verification kept (in a fixed order),
 * and the reason each dropped draft was dropped for.
 */
record VerifiedDrafts(Map<String, QuestionDraft> drafts, Map<String, List<QuizOption>> options,
                      Map<String, QuestionDrop> drops) {

    static VerifiedDrafts of(SessionResult session) {
        Map<String, QuestionDraft> drafts = new TreeMap<>();
        session.all(QuestionDraft.class).forEach(d -> drafts.putIfAbsent(d.id(), d));
        Set<String> rejected = new HashSet<>();
        session.all(RejectedOption.class).forEach(r -> rejected.add(key(r.question(), r.role(), r.value())));
        Map<String, List<QuizOption>> options = new HashMap<>();
        for (QuizOption o : session.all(QuizOption.class)) {
            List<QuizOption> list = options.computeIfAbsent(o.question(), k -> new ArrayList<>());
            if (!rejected.contains(key(o.question(), o.role(), o.value()))
                    && list.stream().noneMatch(x -> x.role().equals(o.role()) && x.value().equals(o.value()))) {
                list.add(o);
            }
        }
        options.values().forEach(list -> list.sort(Comparator.comparing(QuizOption::role)
                .thenComparing(QuizOption::rank).thenComparing(QuizOption::value)));
        Map<String, QuestionDrop> drops = new TreeMap<>();
        session.all(QuestionDrop.class).forEach(d -> drops.merge(d.question(), d,
                (a, b) -> a.reason().compareTo(b.reason()) <= 0 ? a : b));
        return new VerifiedDrafts(drafts, options, drops);
    }

    List<QuizOption> optionsOf(String question) {
        return options.getOrDefault(question, List.of());
    }

    private static String key(String question, String role, String value) {
        return question + "|" + role + "|" + value;
    }
}
