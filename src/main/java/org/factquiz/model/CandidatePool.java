package org.factquiz.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The ids a quiz rule may draw wrong answers from, collected once per pool by a rule (for example
 * {@code kind "type", of "company"}: every entity declared a company).
 *
 * <p>A question needs a handful of candidates, not all of them: joining every question with every
 * entity of a type would make quiz generation grow with the square of the fact base. So a rule takes
 * a {@link #sample} of bounded size, which is every candidate when the pool is small (as in a single
 * article) and otherwise a fixed selection that depends only on the question, so output stays
 * deterministic.
 */
public record CandidatePool(String kind, String of, List<String> ids) {
    public CandidatePool {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(of, "of");
        ids = List.copyOf(new TreeSet<>(ids));
    }

    public int size() {
        return ids.size();
    }

    /** The first id in sorted order other than the two excluded (a list of one, or empty). */
    public List<String> first(String excluded, String alsoExcluded) {
        return first(new String[] {excluded, alsoExcluded});
    }

    /** The first id in sorted order other than the three excluded (a list of one, or empty). */
    public List<String> first(String excluded, String alsoExcluded, String third) {
        return first(new String[] {excluded, alsoExcluded, third});
    }

    private List<String> first(String[] excluded) {
        for (String id : ids) {
            if (!isAny(id, excluded)) {
                return List.of(id);
            }
        }
        return List.of();
    }

    /** Up to {@code count} ids other than {@code excluded}, chosen by {@code question}. */
    public List<String> sample(String question, int count) {
        return sample(question, count, new String[0]);
    }

    /** Up to {@code count} ids other than {@code excluded}, chosen by {@code question}. */
    public List<String> sample(String question, int count, String excluded) {
        return sample(question, count, new String[] {excluded});
    }

    /** Up to {@code count} ids other than the two excluded, chosen by {@code question}. */
    public List<String> sample(String question, int count, String excluded, String alsoExcluded) {
        return sample(question, count, new String[] {excluded, alsoExcluded});
    }

    /** Up to {@code count} ids other than the three excluded, chosen by {@code question}. */
    public List<String> sample(String question, int count, String excluded, String alsoExcluded, String third) {
        return sample(question, count, new String[] {excluded, alsoExcluded, third});
    }

    /**
     * Every id but the excluded when at most {@code count} remain; otherwise {@code count} of them
     * drawn at random with a seed taken from {@code question} (String hash codes are fixed by the
     * language, so the same question draws the same ids on every run). Costs O(count), not O(pool).
     */
    private List<String> sample(String question, int count, String[] excluded) {
        Set<String> present = new HashSet<>();
        for (String id : excluded) {
            if (id != null && Collections.binarySearch(ids, id) >= 0) {
                present.add(id);
            }
        }
        if (ids.size() - present.size() <= count) {
            List<String> all = new ArrayList<>(ids.size());
            for (String id : ids) {
                if (!isAny(id, excluded)) {
                    all.add(id);
                }
            }
            return all;
        }
        SplittableRandom random = new SplittableRandom(question.hashCode() * 0x9E3779B97F4A7C15L);
        TreeSet<String> picked = new TreeSet<>();
        // Enough draws to find count ids even when the excluded take a few of the first tries.
        for (int tries = 0; picked.size() < count && tries < 8 * count + 16; tries++) {
            String id = ids.get(random.nextInt(ids.size()));
            if (!isAny(id, excluded)) {
                picked.add(id);
            }
        }
        return List.copyOf(picked);
    }

    private static boolean isAny(String id, String[] excluded) {
        for (String e : excluded) {
            if (id.equals(e)) {
                return true;
            }
        }
        return false;
    }
}
