package org.factquiz.review;

/**
 * The FSRS-6 memory model: how retrievability falls with time, and how a review changes a card's
 * stability S and difficulty D. Ported from ts-fsrs 5.4.2 ({@code algorithm.ts}), whose schedules
 * the tests compare against: every intermediate result is rounded to 8 decimals where ts-fsrs
 * rounds it, and {@link StrictMath} gives the same bits on every machine.
 *
 * <p>With decay d = w20 and F = 0.9^(-1/d) - 1:
 * <ul>
 * <li>retrievability after t days: R(t, S) = (1 + F·t/S)^(-d), so R(S, S) = 0.9;
 * <li>interval for desired retention r: I = S/F·(r^(-1/d) - 1), rounded, within [1, maximum];
 * <li>first review: S0(G) = w[G-1], D0(G) = w4 - e^(w5·(G-1)) + 1 within [1, 10];
 * <li>difficulty: D' = w7·D0(4) + (1 - w7)·(D - w6·(G-3)·(10 - D)/9), within [1, 10];
 * <li>recall: S' = S·(1 + e^w8·(11 - D)·S^(-w9)·(e^(w10·(1-R)) - 1)·[w15 if Hard]·[w16 if Easy]);
 * <li>lapse: S' = min(w11·D^(-w12)·((S+1)^w13 - 1)·e^(w14·(1-R)), S/e^(w17·w18));
 * <li>same day: S' = S·e^(w17·(G - 3 + w18))·S^(-w19), never below S for Hard, Good and Easy.
 * </ul>
 */
public final class MemoryModel {
    /** The least stability a card can have, in days. */
    public static final double S_MIN = 0.001;
    /** The most stability a card can have, in days. */
    public static final double S_MAX = 36500.0;

    private final Weights w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    private final int maximumInterval;

    public MemoryModel(SchedulerSettings settings) {
        this.w = settings.weights();
        this.shortTerm = settings.shortTerm();
        this.maximumInterval = settings.maximumInterval();
        this.decay = -w.w(20);
        this.factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
        this.intervalModifier = round8((StrictMath.pow(settings.desiredRetention(), 1 / decay) - 1) / factor);
    }

    /** The chance of recalling a card of stability {@code s} after {@code t} days. */
    public double retrievability(double t, double s) {
        return round8(StrictMath.pow(1 + factor * t / s, decay));
    }

    /** Days until the next review of a card of stability {@code s}, at the desired retention. */
    public int interval(double s) {
        return (int) Math.min(Math.max(1, Math.round(s * intervalModifier)), maximumInterval);
    }

    /** The memory after a review {@code t} whole days after the last one, the first if {@code memory} is null. */
    public Memory next(Memory memory, long t, Rating rating, double r) {
        int g = rating.grade();
        if (memory == null) {
            return new Memory(initialStability(g), clamp(initialDifficulty(g), 1, 10));
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double next;
        if (t == 0 && shortTerm) {
            next = shortTermStability(s, g);
        } else if (rating == Rating.AGAIN) {
            double w17 = shortTerm ? w.w(17) : 0;
            double w18 = shortTerm ? w.w(18) : 0;
            next = clamp(round8(s / StrictMath.exp(w17 * w18)), S_MIN, forgetStability(d, s, r));
        } else {
            next = recallStability(d, s, r, g);
        }
        return new Memory(next, nextDifficulty(d, g));
    }

    /** Like {@link #next(Memory, long, Rating, double)}, with R computed from the elapsed days. */
    public Memory next(Memory memory, long t, Rating rating) {
        double r = memory == null ? 0 : retrievability(t, memory.stability());
        return next(memory, t, rating, r);
    }

    double initialStability(int g) {
        return Math.max(w.w(g - 1), 0.1);
    }

    double initialDifficulty(int g) {
        return round8(w.w(4) - StrictMath.exp((g - 1) * w.w(5)) + 1);
    }

    double nextDifficulty(double d, int g) {
        double delta = -w.w(6) * (g - 3);
        double damped = d + round8(delta * (10 - d) / 9);
        double reverted = round8(w.w(7) * initialDifficulty(Rating.EASY.grade()) + (1 - w.w(7)) * damped);
        return clamp(reverted, 1, 10);
    }

    double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == Rating.HARD.grade() ? w.w(15) : 1;
        double easyBonus = g == Rating.EASY.grade() ? w.w(16) : 1;
        double growth = StrictMath.exp(w.w(8)) * (11 - d) * StrictMath.pow(s, -w.w(9))
                * (StrictMath.exp((1 - r) * w.w(10)) - 1) * hardPenalty * easyBonus;
        return round8(clamp(s * (1 + growth), S_MIN, S_MAX));
    }

    double forgetStability(double d, double s, double r) {
        return round8(clamp(w.w(11) * StrictMath.pow(d, -w.w(12)) * (StrictMath.pow(s + 1, w.w(13)) - 1)
                * StrictMath.exp((1 - r) * w.w(14)), S_MIN, S_MAX));
    }

    double shortTermStability(double s, int g) {
        double increase = StrictMath.pow(s, -w.w(19)) * StrictMath.exp(w.w(17) * (g - 3 + w.w(18)));
        double kept = g >= Rating.HARD.grade() ? Math.max(increase, 1.0) : increase;
        return round8(clamp(s * kept, S_MIN, S_MAX));
    }

    static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** Rounds to 8 decimals as ts-fsrs's {@code roundTo(x, 8)} does (half up, as JavaScript's Math.round). */
    static double round8(double value) {
        return Math.round(value * 1e8) / 1e8;
    }

    /** A card's stability (days) and difficulty (1 to 10). */
    public record Memory(double stability, double difficulty) {
    }
}
