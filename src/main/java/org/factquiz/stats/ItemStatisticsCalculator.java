package org.factquiz.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Computes {@link ItemStatistics} the way Moodle's {@code core_question\statistics\questions\calculator}
 * does: one pass for the means, one for the sums of squares and products, Cov_max from the two
 * series sorted, sample statistics over s - 1.
 *
 * <p>Moodle's attempts are all of one quiz. Ours may differ in length and questions, so the rest of
 * an attempt is taken as a share of what the rest could have earned, (X - x) / (X_max - x_max),
 * and the total as X / X_max. When every attempt has the same questions these differ from Moodle's
 * marks by one constant factor, which none of the statistics depends on: the figures are Moodle's.
 * An attempt that answered fewer than two questions has no rest to compare with and is left out.
 */
public final class ItemStatisticsCalculator {
    private ItemStatisticsCalculator() {
    }

    /** The statistics of each item, in the order of {@code items}, over the attempts that answered it. */
    public static List<ItemStatistics> calculate(List<ItemDefinition> items, List<AttemptResult> attempts) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (index.put(items.get(i).questionId(), i) != null) {
                throw new IllegalArgumentException("question " + items.get(i).questionId() + " is listed twice");
            }
        }
        int[] counts = new int[items.size()];
        List<AttemptResult> eligible = new ArrayList<>();
        for (AttemptResult attempt : attempts) {
            if (attempt.responses().size() >= 2) {
                eligible.add(attempt);
                for (ItemResponse response : attempt.responses()) {
                    Integer i = index.get(response.questionId());
                    if (i != null) {
                        counts[i]++;
                    }
                }
            }
        }
        Series[] series = new Series[items.size()];
        for (int i = 0; i < series.length; i++) {
            series[i] = new Series(counts[i]);
        }
        for (AttemptResult attempt : eligible) {
            double total = attempt.totalMark();
            double max = attempt.totalMaxMark();
            double overall = max > 0 ? total / max : 0;
            for (ItemResponse response : attempt.responses()) {
                Integer i = index.get(response.questionId());
                if (i != null) {
                    double restMax = max - response.maxMark();
                    series[i].add(response.mark(), restMax > 0 ? (total - response.mark()) / restMax : 0, overall);
                }
            }
        }
        double[] covarianceWithTotal = new double[items.size()];
        double sumOfRoots = 0;
        for (int i = 0; i < items.size(); i++) {
            covarianceWithTotal[i] = series[i].covarianceWithTotal();
            if (covarianceWithTotal[i] >= 0) {
                sumOfRoots += Math.sqrt(covarianceWithTotal[i]);
            }
        }
        List<ItemStatistics> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            double covariance = covarianceWithTotal[i];
            // Moodle: a question's effective weight is its share of the root covariances with the
            // total; it has none when that covariance is negative.
            OptionalDouble weight = sumOfRoots != 0 && covariance >= 0
                    ? OptionalDouble.of(100 * Math.sqrt(covariance) / sumOfRoots) : OptionalDouble.empty();
            result.add(series[i].statistics(items.get(i)).withEffectiveWeight(weight));
        }
        return result;
    }

    /** One item's marks, rest-of-attempt shares and attempt totals, in the order the attempts came. */
    private static final class Series {
        private final double[] marks;
        private final double[] rest;
        private final double[] total;
        private int size;

        Series(int capacity) {
            marks = new double[capacity];
            rest = new double[capacity];
            total = new double[capacity];
        }

        void add(double mark, double restShare, double totalShare) {
            marks[size] = mark;
            rest[size] = restShare;
            total[size] = totalShare;
            size++;
        }

        double covarianceWithTotal() {
            if (size < 2) {
                return Double.NaN;
            }
            double markMean = mean(marks);
            double totalMean = mean(total);
            double sum = 0;
            for (int k = 0; k < size; k++) {
                sum += (marks[k] - markMean) * (total[k] - totalMean);
            }
            return sum / (size - 1);
        }

        ItemStatistics statistics(ItemDefinition item) {
            int s = size;
            if (s == 0) {
                return new ItemStatistics(item.questionId(), 0, item.maxMark(), 0, OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
            }
            double markMean = mean(marks);
            double restMean = mean(rest);
            OptionalDouble facility = item.maxMark() != 0 ? OptionalDouble.of(markMean / item.maxMark()) : OptionalDouble.empty();
            if (s < 2) {
                return new ItemStatistics(item.questionId(), s, item.maxMark(), markMean, facility,
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
            }
            double[] sortedMarks = Arrays.copyOf(marks, s);
            double[] sortedRest = Arrays.copyOf(rest, s);
            Arrays.sort(sortedMarks);
            Arrays.sort(sortedRest);
            double markSquares = 0;
            double restSquares = 0;
            double products = 0;
            double sortedProducts = 0;
            for (int k = 0; k < s; k++) {
                double dx = marks[k] - markMean;
                double dy = rest[k] - restMean;
                markSquares += dx * dx;
                restSquares += dy * dy;
                products += dx * dy;
                sortedProducts += (sortedMarks[k] - markMean) * (sortedRest[k] - restMean);
            }
            double markVariance = markSquares / (s - 1);
            double restVariance = restSquares / (s - 1);
            double covariance = products / (s - 1);
            double covarianceMax = sortedProducts / (s - 1);
            OptionalDouble discrimination = markVariance * restVariance != 0
                    ? OptionalDouble.of(100 * covariance / Math.sqrt(markVariance * restVariance)) : OptionalDouble.empty();
            OptionalDouble efficiency = covarianceMax != 0
                    ? OptionalDouble.of(100 * covariance / covarianceMax) : OptionalDouble.empty();
            return new ItemStatistics(item.questionId(), s, item.maxMark(), markMean, facility,
                    OptionalDouble.of(Math.sqrt(markVariance)), discrimination, efficiency, OptionalDouble.empty());
        }

        private double mean(double[] values) {
            double sum = 0;
            for (int k = 0; k < size; k++) {
                sum += values[k];
            }
            return sum / size;
        }
    }
}
