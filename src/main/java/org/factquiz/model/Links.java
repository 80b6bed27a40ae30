package org.factquiz.model;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Helpers for quiz rules over links. */
public final class Links {
    private Links() {
    }

    /**
     * The statement ids of several links' {@code from} lists, in one sorted list without repeats,
     * leaving out those of {@code own} (a link's own reasons) and its outcome {@code to}: the reasons
     * the source gives for other things.
     */
    public static List<String> flatten(Collection<?> froms, List<String> own, String to) {
        TreeSet<String> out = new TreeSet<>();
        for (Object from : froms) {
            if (from instanceof Collection<?> ids) {
                ids.forEach(id -> out.add(String.valueOf(id)));
            }
        }
        own.forEach(out::remove);
        out.remove(to);
        return List.copyOf(out);
    }

    /** One of {@code ids} (a list of at most one), chosen by {@code question} so that the same facts pick the same. */
    public static List<String> oneOf(String question, Collection<?> ids) {
        return new CandidatePool("links", question, ids.stream().map(String::valueOf).toList()).sample(question, 1);
    }

    /** Two collections as one list, for a helper that takes facts of several kinds. */
    public static List<Object> joined(Collection<?> first, Collection<?> second) {
        List<Object> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The ids in their first order, each once. */
    public static List<String> distinct(List<String> ids) {
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }
}
