package org.factquiz.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 21 FSRS-6 weights w0..w20. {@link #DEFAULT} is the default set of ts-fsrs 5.4.2 and py-fsrs
 * 6.3.1, the set FSRS-6 ships as its default (java-fsrs 1.0.0 still carries an older set).
 * Weights given by a user are kept within the bounds ts-fsrs keeps them in ({@link #of}).
 */
public final class Weights {
    /** The number of weights of FSRS-6. */
    public static final int COUNT = 21;

    /** The FSRS-6 default weights (ts-fsrs {@code default_w}); w20, the decay, is 0.1542. */
    public static final Weights DEFAULT = new Weights(new double[] {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542});

    private static final double INITIAL_STABILITY_MAX = 100.0;
    private static final double W17_W18_CEILING = 2.0;

    private final double[] w;

    private Weights(double[] w) {
        this.w = w;
    }

    /**
     * Weights as a user gives them, each clamped into the range the reference implementation
     * allows; with more than one relearning step, w17 and w18 are lowered so that the steps cannot
     * raise a lapsed card's stability above what it was (ts-fsrs {@code clipParameters}).
     */
    public static Weights of(List<Double> weights, int relearningSteps, boolean shortTerm) {
        if (weights.size() != COUNT) {
            throw new IllegalArgumentException("FSRS-6 takes " + COUNT + " weights, not " + weights.size());
        }
        double[] given = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            Double value = weights.get(i);
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("weight w" + i + " must be a finite number, not " + value);
            }
            given[i] = value;
        }
        double[][] bounds = bounds(shortTerm);
        if (relearningSteps > 1) {
            double w11 = clamp(given[11], bounds[11]);
            double w13 = clamp(given[13], bounds[13]);
            double w14 = clamp(given[14], bounds[14]);
            // A lapse gives S' = w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)); each relearning step may
            // multiply it by e^(w17·w18). For D = 1, R = 0.7, S = 1 all the steps together must not
            // exceed S, so w17·w18 <= -(ln w11 + ln(2^w13 - 1) + 0.3·w14) / steps.
            double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                    / relearningSteps;
            double ceiling = Math.min(Math.max(MemoryModel.round8(StrictMath.sqrt(Math.max(value, 0))), 0.01),
                    W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        double[] clipped = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            clipped[i] = clamp(given[i], bounds[i]);
        }
        return new Weights(clipped);
    }

    private static double[][] bounds(boolean shortTerm) {
        double s = INITIAL_STABILITY_MAX;
        return new double[][] {
                {MemoryModel.S_MIN, s}, {MemoryModel.S_MIN, s}, {MemoryModel.S_MIN, s}, {MemoryModel.S_MIN, s},
                {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8}, {0.001, 3.5},
                {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0}, {1.0, 6.0},
                {0.0, W17_W18_CEILING}, {0.0, W17_W18_CEILING}, {shortTerm ? 0.01 : 0.0, 0.8}, {0.1, 0.8}};
    }

    private static double clamp(double value, double[] range) {
        return Math.min(Math.max(value, range[0]), range[1]);
    }

    /** Weight w{@code i}. */
    public double w(int i) {
        return w[i];
    }

    /** The weights in order, w0 first. */
    public List<Double> asList() {
        List<Double> list = new ArrayList<>(COUNT);
        for (double value : w) {
            list.add(value);
        }
        return List.copyOf(list);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weights weights && Arrays.equals(w, weights.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return Arrays.toString(w);
    }
}
